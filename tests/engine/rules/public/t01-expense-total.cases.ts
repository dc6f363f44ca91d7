// t01/expense-total: the real reports' 01 (every 本年支出合计 the exact sum of its categories), and the 朝阳
// sample's, whose categories add up to 2259.72 against a printed 2259.73 (domain.md §8's 尾差).
import { t01ExpenseTotal } from "../../../../src/engine/rules/public/t01-expense-total";
import { REAL_IDS } from "../../../fixtures/real/fixtures";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(t01ExpenseTotal, {
  valid: REAL_IDS.map((id) => ({ name: `${id} as published`, tables: () => realTables(id) })),
  invalid: [
    {
      name: "the sample as published: categories 2259.72 vs 本年支出合计 2259.73, a 尾差",
      tables: () => sample(),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "01", "out.total", "amount"), severity: "rounding" }],
    },
    {
      name: "swapped digits in a category (一般公共服务支出 1837.28 → 1873.28)",
      tables: () => sample([["01", "out.201", "amount", "1,873.28"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "01", "out.total", "amount"), severity: "error" }],
    },
    {
      name: "生态环境局's 节能环保支出 37 too high",
      tables: () => realTables("2025-putuo-shengtai", [["01", "out.211", "amount", "+37"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "01", "out.total", "amount"), severity: "error" }],
    },
    {
      name: "本年支出合计 left blank: fill offers 2259.72",
      tables: () => sample([["01", "out.total", "amount", ""]]),
      findings: (tables) => [{ messageId: "fillable", cell: addressOf(tables, "01", "out.total", "amount"), severity: "info" }],
    },
  ],
});
