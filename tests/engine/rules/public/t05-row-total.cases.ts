// t05/row-total: 05's 本年支出小计 = 基本支出 + 项目支出, on a real report and on the 朝阳 sample, whose 合计 row
// carries domain.md §8's 尾差.
import { t05RowTotal } from "../../../../src/engine/rules/public/t05-row-total";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(t05RowTotal, {
  valid: [{ name: "社会工作部 as published", tables: () => realTables("2024-putuo-shehuigongzuobu") }],
  invalid: [
    {
      name: "the sample as published: 合计 1672.09 + 587.63 = 2259.72 vs 2259.73, a 尾差",
      tables: () => sample(),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "05", "total", "total"), severity: "rounding" }],
    },
    {
      name: "swapped digits in a 基本支出 (40.63 → 46.03)",
      tables: () => sample([["05", "2101101", "basic", "46.03"]]),
      findings: (tables) => [
        { messageId: "mismatch", cell: addressOf(tables, "05", "2101101", "total"), severity: "error" },
        { messageId: "rounding", cell: addressOf(tables, "05", "total", "total"), severity: "rounding" },
      ],
    },
    {
      name: "a 款's 小计 left blank: fill offers 107.54",
      tables: () => sample([["05", "22102", "total", ""]]),
      findings: (tables) => [
        { messageId: "fillable", cell: addressOf(tables, "05", "22102", "total"), severity: "info" },
        { messageId: "rounding", cell: addressOf(tables, "05", "total", "total"), severity: "rounding" },
      ],
    },
  ],
});
