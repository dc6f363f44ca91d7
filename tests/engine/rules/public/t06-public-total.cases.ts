// t06/public-total: 06's 公用经费合计 = 302 + 307 + 310 + 312 + 399, on the 朝阳 sample and two real reports; 生态环境局
// prints a real 尾差 here.
import { t06PublicTotal } from "../../../../src/engine/rules/public/t06-public-total";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(t06PublicTotal, {
  valid: [
    { name: "the sample: 公用经费合计 297.67 = 295.67 + 2.00", tables: () => sample() },
    { name: "社会工作部 as published", tables: () => realTables("2024-putuo-shehuigongzuobu") },
    { name: "文旅局 as published", tables: () => realTables("2025-putuo-wenlvju") },
  ],
  invalid: [
    {
      name: "swapped digits in 公用经费合计 (297.67 → 279.67)",
      tables: () => sample([["06", "publicTotal", "amount", "279.67"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "06", "publicTotal", "amount"), severity: "error" }],
    },
    {
      name: "生态环境局 as published: 公用经费合计 0.01 off its 类, a 尾差",
      tables: () => realTables("2025-putuo-shengtai"),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "06", "publicTotal", "amount"), severity: "rounding" }],
    },
    {
      name: "公用经费合计 left blank: fill offers 297.67",
      tables: () => sample([["06", "publicTotal", "amount", ""]]),
      findings: (tables) => [{ messageId: "fillable", cell: addressOf(tables, "06", "publicTotal", "amount"), severity: "info" }],
    },
  ],
});
