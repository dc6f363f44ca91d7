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

// `npx ts-node --transpile-only tests/bench/fill.ts`: part (h) alone, without building the bundle first.
if (require.main === module) {
  (async () => {
    const fs = await import("fs");
    const { gridFromXlsx } = await import("../../src/xlsx/read");
    const { SAMPLE_PATH } = await import("../fixtures/build-sample");
    const { consolidatedBuffer } = await import("../fixtures/consolidated");
    const consolidated = await gridFromXlsx(new Uint8Array(await consolidatedBuffer(20)), "consolidated.xlsx");
    const books = [
      { label: "sample.xlsx (15 sheets)", grid: await gridFromXlsx(fs.readFileSync(SAMPLE_PATH), "sample.xlsx") },
      { label: `consolidated 20 × 15 sheets (${consolidated.sheets.length})`, grid: consolidated },
    ];
    const median = async (runs: number, action: () => unknown) => {
      action(); // warm-up, as bench.ts does
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = process.hrtime.bigint();
        action();
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
    };
    for (const line of await benchFill(books, median, Number(process.env.BENCH_RUNS ?? 7))) console.log(line);
  })();
}
