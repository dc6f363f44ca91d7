/// <reference types="office-js" />
// The pane's entry point. In Excel, Office.onReady reports the Excel host and the pane works on the open workbook;
// opened in a plain browser, office.js reports no host (or did not load at all), and the pane works on .xlsx files.
import { createRoot } from "react-dom/client";
import { ExcelHost } from "../excel/host";
import { App } from "./App";
import { PaneBackend } from "./backend";
import { workerEngine } from "./engine/client";
import { ExcelBackend } from "./excel-backend";
import { FileBackend } from "./file-backend";

/** Lets the page repaint (progress lines) between chunks of work on the main thread. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Whether the page runs inside Excel. Gives up waiting for office.js after a few seconds (offline, blocked). */
async function insideExcel(): Promise<boolean> {
  const office = (window as { Office?: typeof Office }).Office;
  if (!office?.onReady) return false;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000));
  const info = await Promise.race([office.onReady(), timeout]);
  return info !== null && info.host === office.HostType.Excel && typeof Excel !== "undefined";
}

async function start(): Promise<void> {
  const engine = workerEngine();
  const backend: PaneBackend = (await insideExcel()) ? new ExcelBackend(new ExcelHost({ pause }), engine) : new FileBackend(engine);
  document.documentElement.dataset.mode = backend.mode;
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root");
  createRoot(container).render(<App backend={backend} />);
}

void start();
