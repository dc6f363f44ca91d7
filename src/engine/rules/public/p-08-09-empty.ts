// Plausibility: 08 has figures exactly when 01 shows 政府性基金预算财政拨款收入, and 09 exactly when 01 shows
// 国有资本经营预算财政拨款收入. One without the other usually means a table left out or a figure on the wrong row.
import { showAmount } from "../../amount";
import { Rule } from "../../rule";
import { FigureCell, PublicKind, amountIn } from "../../tables";
import { isInvalid, relatedOf } from "../support";
import { figuresOf, isEmptyTable, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { tableName } from "../../figures/layout";

const FUNDS: { kind: PublicKind; income: string; label: string }[] = [
  { kind: "08", income: "in.gov", label: "政府性基金预算财政拨款收入" },
  { kind: "09", income: "in.soe", label: "国有资本经营预算财政拨款收入" },
];

export const p0809Empty: Rule = {
  meta: {
    id: RULE_IDS.p0809Empty,
    severity: "warning",
    title: "政府性基金、国有资本经营预算支出表与收入是否一致为空",
    titleEn: "Tables 08 and 09 are empty exactly when table 01 shows no such income",
    docs: "01表政府性基金预算财政拨款收入为空时08表应为空，反之亦然；国有资本经营预算财政拨款收入与09表同理。",
    messages: {
      // 01 shows the income, the table of its spending is empty.
      tableEmpty: "{{income}}为 {{amount}}，但{{table}}为空",
      // The table has figures, 01 shows no such income.
      incomeMissing: "{{table}}有数，但{{table01}}的{{income}}为空",
    },
  },
  check(context) {
    const figures = figuresOf(context.tables);
    if (!figures.usable("01")) return;
    for (const fund of FUNDS) {
      const table = figures.table(fund.kind);
      if (!table) continue;
      const incomeCell = figures.cell(ref("01", fund.income, "amount"));
      if (isInvalid(incomeCell)) continue;
      const income = amountIn(incomeCell);
      const hasIncome = !!income && !income.value.isZero();
      const empty = isEmptyTable(table);
      if (hasIncome && empty && incomeCell) {
        context.report({
          severity: "warning",
          table: "01",
          sheet: incomeCell.sheet,
          cell: incomeCell.address,
          related: [],
          expected: null,
          actual: showAmount(income),
          messageId: "tableEmpty",
          data: { income: fund.label, amount: showAmount(income), table: tableName(fund.kind) },
        });
      }
      if (!hasIncome && !empty) {
        const figure = firstFigure(table.rows.flatMap((row) => Object.values(row.cells)));
        const at = incomeCell ?? figure;
        if (!at) continue;
        context.report({
          severity: "warning",
          table: at === incomeCell ? "01" : fund.kind,
          sheet: at.sheet,
          cell: at.address,
          related: figure && figure !== at ? relatedOf(at, [figure]) : [],
          expected: null,
          actual: null,
          messageId: "incomeMissing",
          data: { table: tableName(fund.kind), table01: tableName("01"), income: fund.label },
        });
      }
    }
  },
};

/** The first non-zero figure of a table, to point at. */
function firstFigure(cells: (FigureCell | undefined)[]): FigureCell | undefined {
  return cells.find((cell) => {
    const amount = amountIn(cell);
    return !!amount && !amount.value.isZero();
  });
}
