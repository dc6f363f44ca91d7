// End to end on the three real Shanghai reports (tests/fixtures/real): the whole check of each committed workbook
// gives, for the nine tables, exactly the discrepancies written down by hand in <id>.discrepancies.md (rule, cell,
// class, expected and actual), and nothing else: no recognition problem, no other table finding.
import { checkWorkbook } from "../../src/engine";
import { recognizePublicTables } from "../../src/engine/recognize/public";
import { REPORT_RULES } from "../../src/engine/rules/report";
import { PUBLIC_KINDS } from "../../src/engine/tables";
import { REAL_IDS, realGrid, realReport, writtenTableDiscrepancies } from "../fixtures/real/fixtures";
import { isFigure } from "../fixtures/real/model";

const TABLE_KINDS = new Set<string>(PUBLIC_KINDS);
/** The whole-report rules (notes, years, template text) are held to each report's 全文审阅 list by their own test. */
const WHOLE_REPORT_RULES = new Set(REPORT_RULES.map((rule) => rule.meta.id));

describe.each(REAL_IDS)("%s", (id) => {
  let result: ReturnType<typeof checkWorkbook>;
  beforeAll(async () => {
    result = checkWorkbook(await realGrid(id));
  });

  it("recognises all nine tables and 情况说明", () => {
    expect(result.tables.map((t) => t.kind)).toEqual([...PUBLIC_KINDS, "narrative"]);
    expect(result.findings.filter((f) => f.rule === "table/recognition")).toEqual([]);
  });

  it("reads every table figure the report prints", async () => {
    const { tables } = recognizePublicTables(await realGrid(id));
    const report = realReport(id);
    for (const printed of report.tables) {
      const table = tables.find((t) => t.kind === printed.kind)!;
      const read = table.rows.flatMap((r) => Object.values(r.cells)).filter((c) => c?.state === "amount");
      const figures = printed.body.flat().filter(isFigure);
      expect({ kind: printed.kind, read: read.length }).toEqual({ kind: printed.kind, read: figures.length });
    }
  });

  it("finds exactly the table discrepancies written down by hand", () => {
    const found = result.findings
      .filter((f) => f.table !== undefined && TABLE_KINDS.has(f.table) && !WHOLE_REPORT_RULES.has(f.rule))
      .map((f) => ({ rule: f.rule, sheet: f.sheet, cell: f.cell, severity: f.severity, expected: f.expected, actual: f.actual }));
    const written = writtenTableDiscrepancies(id);
    expect(written.length).toBeGreaterThan(0);
    const order = (a: { sheet: string; cell: string; rule: string }, b: { sheet: string; cell: string; rule: string }) =>
      `${a.sheet}!${a.cell} ${a.rule}`.localeCompare(`${b.sheet}!${b.cell} ${b.rule}`);
    expect([...found].sort(order)).toEqual([...written].sort(order));
  });

  it("calls none of the tables' figures an error", () => {
    expect(result.findings.filter((f) => f.table !== undefined && TABLE_KINDS.has(f.table) && f.severity === "error")).toEqual([]);
  });
});
