// Every committed fixture workbook (alone, and the sample with each companion) gives exactly the findings, claims,
// tables and fill edits committed in findings-snapshot.json. A refactor must leave this byte-identical; a change
// that means to change a finding regenerates the snapshot (`npx ts-node --transpile-only
// tests/tools/findings-snapshot.ts`) and its diff is read in review.
import * as fs from "fs";
import { nameOf, SNAPSHOT_PATH, snapshotCases, snapshotOf } from "../tools/findings-snapshot";

const committed = JSON.parse(fs.readFileSync(SNAPSHOT_PATH, "utf8")) as Record<string, unknown>;
const cases = snapshotCases();

jest.setTimeout(60_000);

test("the snapshot covers exactly the fixture cases there are", () => {
  expect(cases.map(nameOf).sort()).toEqual(Object.keys(committed).sort());
});

test.each(cases.map((c) => [c.workbook + (c.previous ? ` + ${c.previous}` : "") + (c.budget ? ` + ${c.budget}` : ""), c] as const))(
  "%s gives the committed findings",
  async (_name, c) => {
    const { name, result } = await snapshotOf(c);
    expect(result).toEqual(committed[name]);
  }
);

// What a check lists as 可填充 is what one click of fill writes, no more and no less, with the same value and format:
// the committed findings and edits (equal to today's engine by the tests above) hold it for every case, the blanked
// workbooks above all.
test("in every case, a check offers to fill exactly the cells fill writes, with the values and formats fill writes", () => {
  type Written = { sheet: string; cell: string; shown: string; numFmt?: string };
  type Snapshot = { findings: { fix?: Written }[]; fill: Written[] };
  const written = (list: Written[]) => list.map((c) => `${c.sheet}!${c.cell} = ${c.shown} (${c.numFmt ?? "@"})`).sort();
  for (const [name, snapshot] of Object.entries(committed as Record<string, Snapshot>)) {
    const offered = written(snapshot.findings.flatMap((f) => (f.fix ? [f.fix] : [])));
    expect({ name, cells: offered }).toEqual({ name, cells: written(snapshot.fill) });
  }
});
