// (g) fill: the plan of every edit (planFill) on the sample with each derived cell blanked and on the consolidated
// book of 20 departments × 15 sheets blanked the same way, with the check-and-fill passes it took (the baseline
// for issue 15's single-pass planner: today's planner reruns recognition and rules once per pass).
import { runRules } from "../../src/engine";
import { planFill } from "../../src/engine/fill";
import { parseAddress, WorkbookGrid } from "../../src/engine/grid";
import { recognizeDepartments } from "../../src/engine/recognize";
import { FigureCell } from "../../src/engine/tables";

/** The grid with every derived cell that holds a non-zero amount blanked (as tests/engine/fill.test.ts does). */
export function withDerivedBlanked(grid: WorkbookGrid): { grid: WorkbookGrid; blanked: number } {
  const cells = new Map<string, FigureCell>();
  for (const department of recognizeDepartments(grid)) {
    runRules(department.tables, undefined, undefined, (cell) => cells.set(`${cell.sheet}!${cell.address}`, cell));
  }
  const derived = [...cells.values()].filter((cell) => cell.state === "amount" && !cell.amount!.value.isZero());
  const copy: WorkbookGrid = { ...grid, sheets: grid.sheets.map((s) => ({ ...s, cells: s.cells.map((r) => (r ? [...r] : r)) })) };
  const byName = new Map(copy.sheets.map((sheet) => [sheet.name, sheet]));
  for (const cell of derived) {
    const sheet = byName.get(cell.sheet)!;
    const { row, col } = parseAddress(cell.address);
    if (sheet.cells[row - 1]) sheet.cells[row - 1][col - 1] = undefined;
  }
  return { grid: copy, blanked: derived.length };
}

export async function benchFill(
  books: { label: string; grid: WorkbookGrid }[],
  median: (runs: number, action: () => unknown) => Promise<number>,
  runs: number
): Promise<string[]> {
  const lines = ["| workbook | blanked cells | edits | passes | plan time |", "| --- | --- | --- | --- | --- |"];
  for (const book of books) {
    const { grid, blanked } = withDerivedBlanked(book.grid);
    const plan = planFill(grid);
    const time = await median(runs, () => planFill(grid));
    lines.push(`| ${book.label} | ${blanked} | ${plan.edits.length} | ${plan.passes} | ${time.toFixed(1)} ms |`);
  }
  return lines;
}
