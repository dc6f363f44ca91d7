// (h) fill: the plan of every edit (planFill) on the sample with each derived cell blanked and on the consolidated
// book of 20 departments × 15 sheets blanked the same way, with how many times the rules ran: once per department
// (the planner before issue 15 reran recognition and rules once per check-and-fill pass, 5 passes on both books).
import { planFill } from "../../src/engine/fill";
import { WorkbookGrid } from "../../src/engine/grid";
import { withDerivedBlanked } from "../tools/blank-derived";

export async function benchFill(
  books: { label: string; grid: WorkbookGrid }[],
  median: (runs: number, action: () => unknown) => Promise<number>,
  runs: number
): Promise<string[]> {
  const lines = ["| workbook | blanked cells | edits | rule runs (one per department) | plan time |", "| --- | --- | --- | --- | --- |"];
  for (const book of books) {
    const { grid, blanked } = withDerivedBlanked(book.grid);
    const plan = planFill(grid);
    const time = await median(runs, () => planFill(grid));
    lines.push(`| ${book.label} | ${blanked} | ${plan.edits.length} | ${plan.ruleRuns} | ${time.toFixed(1)} ms |`);
  }
  return lines;
}
