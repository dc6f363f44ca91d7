// The findings, claims and fill edits of every committed fixture workbook, as one JSON document: the guard that a
// change meant to leave behaviour alone (a refactor, a moved helper, a new fill planner) changes no finding.
// `npm run snapshot:findings` (tests/tools/findings-snapshot.ts) writes tests/engine/findings-snapshot.json; tests/engine/findings-snapshot.test.ts
// compares today's engine with it. Regenerate only when a change means to change a finding, and read the diff.
import * as fs from "fs";
import * as path from "path";
import { checkWorkbook } from "../../src/engine";
import { planFill } from "../../src/engine/fill";
import { parseAddress, WorkbookGrid } from "../../src/engine/grid";
import { referenceInputsOf } from "../../src/engine/reference/inputs";
import { gridFromXlsx } from "../../src/xlsx/read";
import { withDerivedBlanked } from "./blank-derived";
import { consolidatedBuffer } from "../fixtures/consolidated";

const FIXTURES = path.join(__dirname, "..", "fixtures");
export const SNAPSHOT_PATH = path.join(__dirname, "..", "engine", "findings-snapshot.json");

const xlsxIn = (dir: string) =>
  fs
    .readdirSync(path.join(FIXTURES, dir))
    .filter((name) => name.endsWith(".xlsx"))
    .sort()
    .map((name) => `${dir}/${name}`);

/** A consolidated book of three of the sample's departments (fixtures/consolidated.ts), built, not committed. */
const CONSOLIDATED = "consolidated-3.xlsx";

async function gridOf(relative: string): Promise<WorkbookGrid> {
  if (relative === CONSOLIDATED) return gridFromXlsx(new Uint8Array(await consolidatedBuffer(3)), CONSOLIDATED);
  return gridFromXlsx(fs.readFileSync(path.join(FIXTURES, relative)), path.basename(relative));
}

export interface SnapshotCase {
  workbook: string;
  previous?: string;
  budget?: string;
  /** Every derived cell blanked first (tools/blank-derived.ts): fill then has the whole workbook to rebuild. */
  blanked?: boolean;
}

/** Every committed fixture on its own, and the sample with each companion (and with both). */
export function snapshotCases(): SnapshotCase[] {
  const previousDir = xlsxIn("previous");
  const previous = previousDir.filter((name) => /\/previous-/.test(name));
  const budget = previousDir.filter((name) => /\/budget-/.test(name));
  const alone = ["sample.xlsx", CONSOLIDATED, ...xlsxIn("real"), ...xlsxIn("perf-national"), ...previousDir].map((workbook) => ({ workbook }));
  // Fill's whole work on every workbook that has derived cells: the guard of fill's planner.
  const blanked = ["sample.xlsx", CONSOLIDATED, ...xlsxIn("real"), ...xlsxIn("perf-national")].map((workbook) => ({ workbook, blanked: true }));
  return [
    ...alone,
    ...blanked,
    ...previous.map((p) => ({ workbook: "sample.xlsx", previous: p })),
    ...budget.map((b) => ({ workbook: "sample.xlsx", budget: b })),
    ...previous.flatMap((p) => budget.map((b) => ({ workbook: "sample.xlsx", previous: p, budget: b }))),
  ];
}

export function nameOf(c: SnapshotCase): string {
  return [c.workbook, c.blanked && "(派生单元格清空)", c.previous && `--previous ${c.previous}`, c.budget && `--budget ${c.budget}`].filter(Boolean).join(" ");
}

/** One case's findings, claims and fill edits as JSON carries them. */
export async function snapshotOf(c: SnapshotCase): Promise<{ name: string; result: unknown }> {
  const read = await gridOf(c.workbook);
  const grid = c.blanked ? withDerivedBlanked(read).grid : read;
  const inputs = referenceInputsOf({
    previous: c.previous ? await gridOf(c.previous) : undefined,
    budget: c.budget ? await gridOf(c.budget) : undefined,
  });
  const checked = checkWorkbook(grid, undefined, inputs);
  const fill = planFill(grid, undefined, inputs);
  // Fill's edits in sheet and cell order: what counts is which cells get which values (they never overlap), not
  // the order a planner worked them out in.
  const sheetOrder = new Map(grid.sheets.map((sheet, index) => [sheet.name, index]));
  const edits = [...fill.edits].sort((a, b) => {
    const [pa, pb] = [parseAddress(a.cell), parseAddress(b.cell)];
    return (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || pa.row - pb.row || pa.col - pb.col;
  });
  const result = { findings: checked.findings, claims: checked.claims, tables: checked.tables, fill: edits };
  return { name: nameOf(c), result: JSON.parse(JSON.stringify(result)) };
}

export async function snapshotAll(): Promise<Record<string, unknown>> {
  const all: Record<string, unknown> = {};
  for (const c of snapshotCases()) {
    const { name, result } = await snapshotOf(c);
    all[name] = result;
  }
  return all;
}

if (require.main === module) {
  snapshotAll().then((all) => {
    fs.writeFileSync(SNAPSHOT_PATH, JSON.stringify(all, null, 1) + "\n");
    console.log(`${Object.keys(all).length} cases → ${path.relative(process.cwd(), SNAPSHOT_PATH)}`);
  });
}
