/** @jest-environment jsdom */
// 上年决算工作簿… and 本年预算工作簿… under ⋯: the pane reads them with the real engine (in the page here, in the worker
// in a browser), checks again, and the sentences that needed them are checked. Nothing is sent anywhere.
import * as fs from "fs";
import { TextDecoder, TextEncoder } from "util";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { recognizeWorkbook } from "../../src/engine/recognize";
import { findRow } from "../../src/engine/tables";
import { App } from "../../src/taskpane/App";
import { inlineEngine } from "../../src/taskpane/engine/client";
import { FileBackend } from "../../src/taskpane/file-backend";
import { SAMPLE_PATH } from "../fixtures/build-sample";
import { BUDGET_PATH, PREVIOUS_PATH } from "../fixtures/previous/build-previous";

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
beforeAll(() => {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
  // The real .xlsx reader runs here; jsdom lacks the TextDecoder every browser has.
  Object.assign(globalThis, { TextDecoder, TextEncoder });
});

function choose(testId: string, filePath: string, name: string): void {
  const bytes = fs.readFileSync(filePath);
  const file = new File([new Uint8Array(bytes)], name);
  Object.defineProperty(file, "arrayBuffer", { value: async () => new Uint8Array(bytes).buffer });
  fireEvent.change(screen.getByTestId(testId), { target: { files: [file] } });
}

async function menuItem(name: string): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "更多操作" }));
  fireEvent.click(await screen.findByRole("menuitem", { name }));
}

const infoCount = () => Number(/\d+/.exec(screen.getByTestId("count-info").textContent ?? "")?.[0] ?? NaN);

describe("the pane with last year's and the budget workbook", () => {
  it("reads them under ⋯ and checks the sentences that needed them", async () => {
    const saved: { name: string; bytes: Uint8Array }[] = [];
    render(<App backend={new FileBackend(inlineEngine())} saveFile={(name, bytes) => saved.push({ name, bytes })} />);
    choose("file-input", SAMPLE_PATH, "朝阳市委办公室2024决算.xlsx");
    await screen.findByTestId("count-info", undefined, { timeout: 20_000 });
    const before = infoCount();

    await menuItem("上年决算工作簿…");
    choose("companion-input", PREVIOUS_PATH, "2023决算.xlsx");
    expect(await screen.findByText(/已读取上年决算工作簿“2023决算.xlsx”/, undefined, { timeout: 20_000 })).toBeTruthy();
    await waitFor(() => expect(infoCount()).toBeLessThan(before));
    const afterPrevious = infoCount();

    await menuItem("本年预算工作簿…");
    choose("companion-input", BUDGET_PATH, "2024预算.xlsx");
    expect(await screen.findByText(/已读取本年预算工作簿“2024预算.xlsx”/, undefined, { timeout: 20_000 })).toBeTruthy();
    await waitFor(() => expect(infoCount()).toBeLessThan(afterPrevious));

    // The same as `juesuan reference-template --previous --budget`: the workbook with 参考数据, filled from both.
    await menuItem("下载参考数据表");
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 20_000 });
    expect(saved[0].name).toBe("朝阳市委办公室2024决算（参考数据）.xlsx");
    // Imported here: the reader needs the TextDecoder set up above.
    const { gridFromXlsx } = await import("../../src/xlsx/read");
    const grid = await gridFromXlsx(saved[0].bytes, saved[0].name);
    const sheet = grid.sheets.find((s) => s.name === "参考数据")!;
    const previous = recognizeWorkbook(await gridFromXlsx(fs.readFileSync(PREVIOUS_PATH), "上年.xlsx"));
    const grand = findRow(previous.public["01"]!, "in.grand")!.cells.amount!.amount!.value.toNumber();
    expect(sheet.cells.find((row) => row?.[0]?.value === "收入总计")?.[2]?.value).toBe(grand);
  }, 60_000);
});
