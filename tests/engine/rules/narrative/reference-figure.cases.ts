// narrative/reference-figure: the sample's 参考数据 (its 财政拨款 year-start budgets) typed as text figures or as
// numbers; then a cell that is no number — typed with a word (“约…”), a formula whose link broke (#REF!),
// and a cell the reader could not say why of (a FigureCell marked invalid without a problem).
import { narrativeReferenceFigure } from "../../../../src/engine/rules/narrative/reference-figure";
import { WorkbookTables } from "../../../../src/engine/rule";
import { YEAR_START_BUDGETS } from "../../../fixtures/sample-data";
import { SAMPLE_BUDGETS, sampleTables } from "../../narrative/sample-tables";
import { ruleCases } from "../harness";
import { SHEHUI } from "./case-tables";
import { real } from "./real-run";

/** The sample's 参考数据 with its 合计 row's 年初预算数 (D2) replaced. */
const withTotal = (value: (typeof SAMPLE_BUDGETS)[number][number]) => sampleTables({ reference: [SAMPLE_BUDGETS[0], ["合计", null, null, value], ...SAMPLE_BUDGETS.slice(2)] });

/** The tables with 参考数据!D2 invalid and no reason given. */
function withoutReason(tables: WorkbookTables): WorkbookTables {
  const reference = tables.reference!;
  const entries = reference.entries.map((entry) =>
    entry.item === "合计" ? { ...entry, figures: { ...entry.figures, 年初预算数: { ...entry.figures.年初预算数!, problem: undefined } } } : entry
  );
  return { ...tables, reference: { ...reference, entries } };
}

export const cases = ruleCases(narrativeReferenceFigure, {
  valid: [
    { name: "the sample's year-start budgets typed as text figures", tables: () => sampleTables({ reference: SAMPLE_BUDGETS }) },
    { name: "the sample's 合计 typed as a number", tables: () => withTotal(Number(YEAR_START_BUDGETS.total)) },
    { name: "社会工作部 without 参考数据", tables: async () => (await real(SHEHUI)).tables },
  ],
  invalid: [
    {
      name: "the 合计 typed with a word before its figure (“约…”)",
      tables: () => withTotal(`约${YEAR_START_BUDGETS.total}`),
      findings: [{ messageId: "unreadable", cell: "参考数据!D2", severity: "error" }],
    },
    {
      name: "the 合计 a formula whose link to the budget workbook broke (#REF!)",
      tables: () => withTotal({ error: "#REF!" }),
      findings: [{ messageId: "unreadable", cell: "参考数据!D2", severity: "error" }],
    },
    {
      name: "the 合计 invalid with no reason given",
      tables: () => withoutReason(withTotal(`约${YEAR_START_BUDGETS.total}`)),
      findings: [{ messageId: "notANumber", cell: "参考数据!D2", severity: "error" }],
    },
  ],
});
