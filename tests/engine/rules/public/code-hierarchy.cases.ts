// sum/code-hierarchy: each 类/款/合计 row of 02, 03, 05, 08, 09 is the sum of the rows below it, on a real report
// and on the 朝阳 sample, whose 基本支出 类 rows add up to 1672.10 against a 合计 of 1672.09 (domain.md §8).
import { codeHierarchy } from "../../../../src/engine/rules/public/code-hierarchy";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(codeHierarchy, {
  valid: [{ name: "社会工作部 as published", tables: () => realTables("2024-putuo-shehuigongzuobu") }],
  invalid: [
    {
      name: "the sample as published: 基本支出 类 rows 1672.10 vs 合计 1672.09 in 03 and 05, a 尾差",
      tables: () => sample(),
      findings: (tables) => [
        { messageId: "rounding", cell: addressOf(tables, "03", "total", "basic"), severity: "rounding" },
        { messageId: "rounding", cell: addressOf(tables, "05", "total", "basic"), severity: "rounding" },
      ],
    },
    {
      name: "swapped digits in a 项 (1116.80 → 1161.80): its 款 is wrong",
      tables: () => sample([["03", "2013101", "basic", "1,161.80"]]),
      findings: (tables) => [
        { messageId: "mismatch", cell: addressOf(tables, "03", "20131", "basic"), severity: "error" },
        { messageId: "rounding", cell: addressOf(tables, "03", "total", "basic"), severity: "rounding" },
        { messageId: "rounding", cell: addressOf(tables, "05", "total", "basic"), severity: "rounding" },
      ],
    },
    {
      name: "社会工作部: a 类's 本年支出合计 37 too high, against its 款 and against 合计",
      tables: () => realTables("2024-putuo-shehuigongzuobu", [["03", "201", "total", "+37"]]),
      findings: (tables) => [
        { messageId: "mismatch", cell: addressOf(tables, "03", "201", "total"), severity: "error" },
        { messageId: "mismatch", cell: addressOf(tables, "03", "total", "total"), severity: "error" },
      ],
    },
    {
      name: "a 款 and its 类 left blank in 05: fill offers both",
      tables: () =>
        sample([
          ["05", "20805", "basic", ""],
          ["05", "208", "basic", ""],
        ]),
      findings: (tables) => [
        { messageId: "fillable", cell: addressOf(tables, "05", "20805", "basic"), severity: "info" },
        { messageId: "fillable", cell: addressOf(tables, "05", "208", "basic"), severity: "info" },
        { messageId: "rounding", cell: addressOf(tables, "03", "total", "basic"), severity: "rounding" },
        { messageId: "rounding", cell: addressOf(tables, "05", "total", "basic"), severity: "rounding" },
      ],
    },
  ],
});
