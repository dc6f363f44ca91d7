// x/05-06: 05's 合计 基本支出 = 06's 人员经费合计 + 公用经费合计, on the 朝阳 sample and on the real reports;
// 社会工作部 prints a real 尾差 here.
import { x0506 } from "../../../../src/engine/rules/public/x-05-06";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(x0506, {
  valid: [
    { name: "the sample: 05 基本支出 1672.09 = 1374.42 + 297.67", tables: () => sample() },
    { name: "文旅局 as published", tables: () => realTables("2025-putuo-wenlvju") },
    { name: "生态环境局 as published", tables: () => realTables("2025-putuo-shengtai") },
    { name: "a blank 人员经费合计 counts as what fill writes", tables: () => sample([["06", "personnelTotal", "amount", ""]]) },
  ],
  invalid: [
    {
      name: "swapped digits in 人员经费合计 (1374.42 → 1347.42): wrong on 05's 基本支出",
      tables: () => sample([["06", "personnelTotal", "amount", "1,347.42"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "05", "total", "basic"), severity: "error" }],
    },
    {
      name: "社会工作部 as published: 05 基本支出 0.01 off 06's two totals, a 尾差",
      tables: () => realTables("2024-putuo-shehuigongzuobu"),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "05", "total", "basic"), severity: "rounding" }],
    },
    {
      name: "公用经费合计 0.01 higher: a 尾差",
      tables: () => sample([["06", "publicTotal", "amount", "297.68"]]),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "05", "total", "basic"), severity: "rounding" }],
    },
  ],
});
