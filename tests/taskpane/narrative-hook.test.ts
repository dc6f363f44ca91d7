import { readWorkbookFile } from "../../src/xlsx/node";
import { narrativeDraft } from "../../src/taskpane/engine/narrative-hook";
import { checkGrid } from "../../src/taskpane/engine/core";
import { decodeEdit, decodeResult, encodeEdit, encodeResult } from "../../src/taskpane/engine/codec";
import path from "path";

const SAMPLE = path.resolve(__dirname, "../fixtures/sample.xlsx");

describe("the pane's engine calls", () => {
  it("drafts 情况说明 from the sample's tables", async () => {
    const grid = await readWorkbookFile(SAMPLE);
    const draft = narrativeDraft(grid);
    expect(draft).not.toBeNull();
    expect(draft!.join("\n")).toContain("2259.73");
    // The check hands the same draft to the pane.
    expect(checkGrid(grid).narrative).toEqual(draft);
  });

  it("sends findings and edits through the worker boundary and gets Decimals back", async () => {
    const grid = await readWorkbookFile(SAMPLE);
    // The 03 sheet's 201 row without its 本年支出合计: fill plans 1837.28 there.
    const sheet = grid.sheets.find((s) => s.name.startsWith("03"))!;
    const row = sheet.cells.findIndex((cells) => cells.some((cell) => cell?.value === 1837.28));
    const col = sheet.cells[row].findIndex((cell) => cell?.value === 1837.28);
    sheet.cells[row] = sheet.cells[row].map((cell, c) => (c === col ? undefined : cell));
    const outcome = checkGrid(grid);
    // Across postMessage a Decimal would arrive as a plain object: the codec sends strings and rebuilds Decimals.
    const wired = JSON.parse(JSON.stringify({ result: encodeResult(outcome.result), edits: outcome.edits.map(encodeEdit) }));
    const edits = wired.edits.map(decodeEdit);
    const result = decodeResult(wired.result);
    expect(edits.map((e: { shown: string }) => e.shown)).toEqual(outcome.edits.map((e) => e.shown));
    const fillEdit = edits.find((e: { cell: string }) => e.cell === outcome.edits[0].cell);
    expect(fillEdit.kind === "number" && fillEdit.value.equals(1837.28)).toBe(true);
    const fix = result.findings.find((f) => f.fix)!.fix!;
    expect(fix.kind === "number" && fix.value.toFixed(2)).toBe("1837.28");
    expect(result.summary).toEqual(outcome.result.summary);
  });
});
