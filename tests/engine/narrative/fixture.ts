// The sample workbook (tests/fixtures/sample.xlsx) read the way the CLI reads it, for tests that go through the real
// recognisers. Read once per test file.
import * as path from "path";
import { WorkbookGrid } from "../../../src/engine/grid";
import { readWorkbookFile } from "../../../src/xlsx/node";

const SAMPLE = path.join(__dirname, "../../fixtures/sample.xlsx");

let cached: Promise<WorkbookGrid> | undefined;

/** A fresh copy of the sample's grid (sheets and rows copied, so a test may change them). */
export async function sampleGrid(): Promise<WorkbookGrid> {
  cached ??= readWorkbookFile(SAMPLE);
  const grid = await cached;
  return { ...grid, sheets: grid.sheets.map((s) => ({ ...s, cells: s.cells.map((row) => (row ? [...row] : row)) })) };
}
