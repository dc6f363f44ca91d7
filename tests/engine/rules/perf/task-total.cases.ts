// perf/task-total on the national form's 整体 sheet of 机要中心, whose 年度主要任务 table ends in a 金额合计 row: as
// published, with a figure of that row changed as reports get it wrong (the committed copy's 预算数, a total off by
// 0.01, 分值 and 得分 that no longer add up), and with its cells left blank for fill.
import { Decimal, roundTo } from "../../../../src/engine/decimal";
import { cellAddress, parseAddress, SheetGrid } from "../../../../src/engine/grid";
import { taskTotal } from "../../../../src/engine/rules/perf/task-total";
import { addressOf, unit1, unit2 } from "../../perf/sample-sheets";
import { ruleCases } from "../harness";
import { cellAt, cleared, copyName, copyOf, copyTables, nationalBook, nationalSheet, reworked, tablesOf } from "./case-tables";

const UNIT_2 = "机要中心";
const TOTAL = "金额合计";
const changedBudget = copyOf("task-total.xlsx");

/** 机要中心's national sheet with the 金额合计 row's figure under `header` changed. */
async function totalReworked(header: string, change: (value: Decimal) => Decimal): Promise<SheetGrid> {
  const sheet = await nationalSheet(UNIT_2);
  return reworked(sheet, addressOf(sheet, TOTAL, header), change);
}

async function totalCleared(header: string): Promise<SheetGrid> {
  const sheet = await nationalSheet(UNIT_2);
  return cleared(sheet, addressOf(sheet, TOTAL, header));
}

/** 机要中心's national sheet with every task's 预算数 and the 金额合计 row's left blank (a table not yet filled in). */
async function issuedColumnCleared(): Promise<SheetGrid> {
  let sheet = await nationalSheet(UNIT_2);
  const { row: totalRow, col } = parseAddress(addressOf(sheet, TOTAL, "预算数"));
  let header = totalRow - 1;
  while (header > 0 && sheet.cells[header - 1]?.[col - 1]?.value !== "预算数") header--;
  for (let row = header + 1; row <= totalRow; row++) sheet = cleared(sheet, cellAddress(row, col));
  return sheet;
}

export const cases = ruleCases(taskTotal, {
  valid: [
    { name: "the national forms as built from the sample: 204.26, 179.43, 87.84%, 40 and 34.52 add up", tables: async () => tablesOf(...(await nationalBook()).sheets) },
    { name: "the sample's own 整体 sheets, which have no 合计 row", tables: () => tablesOf(unit1(), unit2()) },
    {
      name: "no task shows a 预算数 and neither does 金额合计: no 0.00 to fill, no 执行率 to work out",
      tables: async () => tablesOf(await issuedColumnCleared()),
    },
  ],
  invalid: [
    {
      name: `${copyName(changedBudget)}: its 执行率 no longer follows either`,
      tables: () => copyTables(changedBudget),
      findings: (t) => [
        { messageId: "mismatch", cell: cellAt(t, UNIT_2, TOTAL, "预算数"), severity: "error" },
        { messageId: "mismatch", cell: cellAt(t, UNIT_2, TOTAL, "执行率"), severity: "error" },
      ],
    },
    {
      name: "a 预算数 total 0.01 above the tasks' sum: a 尾差 of three rounded amounts",
      tables: async () => tablesOf(await totalReworked("预算数", (v) => v.plus("0.01"))),
      findings: (t) => [{ messageId: "roundingInRange", cell: cellAt(t, UNIT_2, TOTAL, "预算数"), severity: "rounding" }],
    },
    {
      name: "the 分值 total 5 points above the tasks' 分值",
      tables: async () => tablesOf(await totalReworked("分值", (v) => v.plus(5))),
      findings: (t) => [{ messageId: "sumMismatch", cell: cellAt(t, UNIT_2, TOTAL, "分值"), severity: "error" }],
    },
    {
      name: "the 得分 total 0.5 above the tasks' 得分",
      tables: async () => tablesOf(await totalReworked("得分", (v) => v.plus("0.5"))),
      findings: (t) => [{ messageId: "sumMismatch", cell: cellAt(t, UNIT_2, TOTAL, "得分"), severity: "error" }],
    },
    {
      name: "the 得分 total 0.01 above the tasks' 得分: within the rounding of 11.7 (13.3 × 88% = 11.704)",
      tables: async () => tablesOf(await totalReworked("得分", (v) => v.plus("0.01"))),
      findings: (t) => [{ messageId: "sumRounding", cell: cellAt(t, UNIT_2, TOTAL, "得分"), severity: "rounding" }],
    },
    {
      name: "the 执行率 total shown in whole percent (87.84% as 88.00%): fewer decimals, a 尾差",
      tables: async () => tablesOf(await totalReworked("执行率", (v) => roundTo(v, 2))),
      findings: (t) => [{ messageId: "roundingCoarser", cell: cellAt(t, UNIT_2, TOTAL, "执行率"), severity: "rounding" }],
    },
    ...["预算数", "执行率", "分值", "得分"].map((header) => ({
      name: `the 金额合计 row's ${header} left blank: fill offers the sum`,
      tables: async () => tablesOf(await totalCleared(header)),
      findings: (t: Parameters<typeof cellAt>[0]) => [{ messageId: "fillable", cell: cellAt(t, UNIT_2, TOTAL, header), severity: "info" as const }],
    })),
  ],
});
