// t01/income-total on the 朝阳 sample's 01 收入支出决算总表: as published, and with 本年收入合计 or an income row
// changed as real reports get them wrong.
import { t01IncomeTotal } from "../../../../src/engine/rules/public/t01-income-total";
import { ruleCases } from "../harness";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(t01IncomeTotal, {
  valid: [{ name: "the sample: 本年收入合计 2259.73 = 一般公共预算财政拨款收入 2259.73", tables: () => sample() }],
  invalid: [
    {
      name: "swapped digits in 本年收入合计 (2259.73 → 2295.73)",
      tables: () => sample([["01", "in.total", "amount", "2,295.73"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "01", "in.total", "amount"), severity: "error" }],
    },
    {
      name: "一般公共预算财政拨款收入 0.01 short: a 尾差 on the total",
      tables: () => sample([["01", "in.gpb", "amount", "2,259.72"]]),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "01", "in.total", "amount"), severity: "rounding" }],
    },
    {
      name: "本年收入合计 left blank: fill offers the sum of the income rows",
      tables: () => sample([["01", "in.total", "amount", ""]]),
      findings: (tables) => [{ messageId: "fillable", cell: addressOf(tables, "01", "in.total", "amount"), severity: "info" }],
    },
  ],
});
