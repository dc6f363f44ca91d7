// The sample and its companions (tests/fixtures/previous, built by build-previous.ts) as grids, and the check with them.
import * as fs from "fs";
import * as path from "path";
import { CheckResult, checkWorkbook, DEFAULT_SETTINGS } from "../../../src/engine";
import { WorkbookGrid } from "../../../src/engine/grid";
import { referenceInputsOf } from "../../../src/engine/reference/inputs";
import { gridFromXlsx } from "../../../src/xlsx/read";
import { SAMPLE_PATH } from "../../fixtures/build-sample";
import { BUDGET_PATH, FAILING_BUDGET_PATH, PREVIOUS_DIR, PREVIOUS_PATH } from "../../fixtures/previous/build-previous";

export { BUDGET_PATH, FAILING_BUDGET_PATH, PREVIOUS_PATH };

// Each check here reads the sample and one or two companions: more than jest's 5 s on a loaded machine.
jest.setTimeout(30_000);

const grids = new Map<string, Promise<WorkbookGrid>>();

/** A fixture's grid, read once per test file; a fresh copy each time (tests may edit it). */
export async function gridOf(file: string): Promise<WorkbookGrid> {
  const full = path.isAbsolute(file) ? file : path.join(PREVIOUS_DIR, file);
  if (!grids.has(full)) grids.set(full, gridFromXlsx(fs.readFileSync(full), path.basename(full)));
  return structuredClone(await grids.get(full)!);
}

export const sampleGrid = () => gridOf(SAMPLE_PATH);

/** The sample checked with last year's and/or the budget workbook (file names under tests/fixtures/previous). */
export async function checkWith(previous?: string | WorkbookGrid, budget?: string | WorkbookGrid, current?: WorkbookGrid): Promise<CheckResult> {
  const read = async (g: string | WorkbookGrid | undefined) => (typeof g === "string" ? gridOf(g) : g);
  const inputs = referenceInputsOf({ previous: await read(previous), budget: await read(budget) });
  return checkWorkbook(current ?? (await sampleGrid()), DEFAULT_SETTINGS, inputs);
}

/** The 无法核对 findings that ask for a figure of `column`. */
export function unverifiable(result: CheckResult, column: "上年决算数" | "年初预算数" | "本年决算数") {
  return result.findings.filter((f) => f.rule === "narrative/unverifiable" && f.message.includes(`缺少${column}`));
}
