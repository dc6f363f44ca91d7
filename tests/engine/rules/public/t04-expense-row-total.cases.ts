// t04/expense-row-total: each expense row's 合计 on 04 is the sum of its three fund columns, on the 朝阳 sample and
// on 文旅局 (文化旅游体育与传媒支出 paid from 一般公共预算 and 政府性基金).
import { t04ExpenseRowTotal } from "../../../../src/engine/rules/public/t04-expense-row-total";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(t04ExpenseRowTotal, {
  valid: [
    { name: "the sample: every 合计 equals its 一般公共预算财政拨款", tables: () => sample() },
    { name: "文旅局 as published: two funds on one row", tables: () => realTables("2025-putuo-wenlvju") },
  ],
  invalid: [
    {
      name: "swapped digits in a category's 合计 (1837.28 → 1873.28)",
      tables: () => sample([["04", "out.201", "total", "1,873.28"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "04", "out.201", "total"), severity: "error" }],
    },
    {
      name: "文旅局's 政府性基金 part of 文化旅游体育与传媒支出 37 too high",
      tables: () => realTables("2025-putuo-wenlvju", [["04", "out.207", "gov", "+37"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "04", "out.207", "total"), severity: "error" }],
    },
    {
      name: "a 合计 0.01 above its fund column: a 尾差",
      tables: () => sample([["04", "out.210", "total", "66.99"]]),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "04", "out.210", "total"), severity: "rounding" }],
    },
    {
      name: "a category's 合计 left blank: fill offers 247.92",
      tables: () => sample([["04", "out.208", "total", ""]]),
      findings: (tables) => [{ messageId: "fillable", cell: addressOf(tables, "04", "out.208", "total"), severity: "info" }],
    },
  ],
});
