// t07/total: 07's 合计 (预算数 and 决算数) = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费, on the 朝阳
// sample and 文旅局, as published and with a figure changed.
import { t07Total } from "../../../../src/engine/rules/public/t07-total";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(t07Total, {
  valid: [
    { name: "the sample: 57.99 = 1.00 + 56.99 and 57.40 = 0.42 + 56.98", tables: () => sample() },
    { name: "文旅局 as published (07 on one horizontal row)", tables: () => realTables("2025-putuo-wenlvju") },
  ],
  invalid: [
    {
      name: "swapped digits in 公务接待费 决算数 (0.42 → 0.24)",
      tables: () => sample([["07", "reception", "actual", "0.24"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "07", "total", "actual"), severity: "error" }],
    },
    {
      name: "文旅局's 公务接待费 预算数 37 too high",
      tables: () => realTables("2025-putuo-wenlvju", [["07", "reception", "budget", "+37"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "07", "total", "budget"), severity: "error" }],
    },
    {
      name: "合计 预算数 0.01 above its parts: a 尾差",
      tables: () => sample([["07", "total", "budget", "58.00"]]),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "07", "total", "budget"), severity: "rounding" }],
    },
    {
      name: "合计 预算数 left blank: fill offers 57.99",
      tables: () => sample([["07", "total", "budget", ""]]),
      findings: (tables) => [{ messageId: "fillable", cell: addressOf(tables, "07", "total", "budget"), severity: "info" }],
    },
  ],
});
