// t03/row-total: 本年支出合计 = 基本支出 + 项目支出 (+ 上缴上级, 经营, 对附属单位补助) on 03, on a real report
// and on the 朝阳 sample, whose 合计 row carries domain.md §8's 尾差.
import { t03RowTotal } from "../../../../src/engine/rules/public/t03-row-total";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(t03RowTotal, {
  valid: [{ name: "社会工作部 as published", tables: () => realTables("2024-putuo-shehuigongzuobu") }],
  invalid: [
    {
      name: "the sample as published: 合计 1672.09 + 587.63 = 2259.72 vs 2259.73, a 尾差",
      tables: () => sample(),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "03", "total", "total"), severity: "rounding" }],
    },
    {
      name: "swapped digits in a 项目支出 (587.63 → 578.63): its row's total is wrong",
      tables: () => sample([["03", "2013102", "project", "578.63"]]),
      findings: (tables) => [
        { messageId: "mismatch", cell: addressOf(tables, "03", "2013102", "total"), severity: "error" },
        { messageId: "rounding", cell: addressOf(tables, "03", "total", "total"), severity: "rounding" },
      ],
    },
    {
      name: "社会工作部: a 本年支出合计 37 too high",
      tables: () => realTables("2024-putuo-shehuigongzuobu", [["03", "total", "total", "+37"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "03", "total", "total"), severity: "error" }],
    },
    {
      name: "a 项's 本年支出合计 left blank: fill offers 132.85",
      tables: () => sample([["03", "2013150", "total", ""]]),
      findings: (tables) => [
        { messageId: "fillable", cell: addressOf(tables, "03", "2013150", "total"), severity: "info" },
        { messageId: "rounding", cell: addressOf(tables, "03", "total", "total"), severity: "rounding" },
      ],
    },
  ],
});
