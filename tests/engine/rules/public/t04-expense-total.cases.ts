// t04/expense-total: 04's 本年支出合计, column by column, is the sum of the categories: on the real reports exactly,
// on the 朝阳 sample 2259.72 against a printed 2259.73 in the 合计 and 一般公共预算 columns (domain.md §8).
import { t04ExpenseTotal } from "../../../../src/engine/rules/public/t04-expense-total";
import { REAL_IDS } from "../../../fixtures/real/fixtures";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(t04ExpenseTotal, {
  valid: REAL_IDS.map((id) => ({ name: `${id} as published`, tables: () => realTables(id) })),
  invalid: [
    {
      name: "the sample as published: 2259.72 vs 2259.73 in two columns, each a 尾差",
      tables: () => sample(),
      findings: (tables) => [
        { messageId: "rounding", cell: addressOf(tables, "04", "out.total", "total"), severity: "rounding" },
        { messageId: "rounding", cell: addressOf(tables, "04", "out.total", "gpb"), severity: "rounding" },
      ],
    },
    {
      name: "swapped digits in a category's 一般公共预算 (107.54 → 170.54): wrong in that column",
      tables: () => sample([["04", "out.221", "gpb", "170.54"]]),
      findings: (tables) => [
        { messageId: "rounding", cell: addressOf(tables, "04", "out.total", "total"), severity: "rounding" },
        { messageId: "mismatch", cell: addressOf(tables, "04", "out.total", "gpb"), severity: "error" },
      ],
    },
    {
      name: "文旅局's 城乡社区支出 (政府性基金) 37 too high",
      tables: () => realTables("2025-putuo-wenlvju", [["04", "out.212", "gov", "+37"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "04", "out.total", "gov"), severity: "error" }],
    },
    {
      name: "the 一般公共预算 and 合计 columns of 本年支出合计 left blank: fill offers the fund column, the row total the other",
      tables: () =>
        sample([
          ["04", "out.total", "gpb", ""],
          ["04", "out.total", "total", ""],
        ]),
      findings: (tables) => [{ messageId: "fillable", cell: addressOf(tables, "04", "out.total", "gpb"), severity: "info" }],
    },
  ],
});
