// What the pane asks of the engine, as plain functions: the worker runs them off the page's thread, and the pane runs
// them itself where no worker can start. The .xlsx reader and the fill writer, which patches the opened file's package
// (no exceljs on either path), are loaded only when a file is opened.
import { CellEdit } from "../../engine/edits";
import { planFill } from "../../engine/fill";
import { WorkbookGrid } from "../../engine/grid";
import { checkWorkbook, CheckResult } from "../../engine/index";
import { narrativeDraft } from "./narrative-hook";

export interface EngineOutcome {
  result: CheckResult;
  /** What 一键填充 would write. */
  edits: CellEdit[];
  /** The 情况说明 draft, one string per paragraph; null when not available. */
  narrative: string[] | null;
}

export function checkGrid(grid: WorkbookGrid): EngineOutcome {
  const result = checkWorkbook(grid);
  const { edits } = planFill(grid);
  return { result, edits, narrative: narrativeDraft(grid) };
}

export async function checkXlsx(data: ArrayBuffer | Uint8Array, name: string): Promise<EngineOutcome> {
  const { gridFromXlsx } = await import(/* webpackChunkName: "xlsx-read" */ "../../xlsx/read");
  return checkGrid(await gridFromXlsx(data, name));
}

export async function fillXlsx(data: ArrayBuffer | Uint8Array, edits: CellEdit[]): Promise<Uint8Array> {
  const { applyEditsToXlsx } = await import(/* webpackChunkName: "xlsx-write" */ "../../xlsx/write");
  return applyEditsToXlsx(data, edits);
}
