// (g) fill: the plan of every edit (planFill) on the sample with each derived cell blanked and on the consolidated
// book of 20 departments × 15 sheets blanked the same way, with the check-and-fill passes it took (the baseline
// for issue 15's single-pass planner: today's planner reruns recognition and rules once per pass).
import { planFill } from "../../src/engine/fill";
import { WorkbookGrid } from "../../src/engine/grid";
import { withDerivedBlanked } from "../tools/blank-derived";

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
