// x/04-01: 04's three 财政拨款 income rows restated from 01, on the 朝阳 sample and the real reports.
import { x0401 } from "../../../../src/engine/rules/public/x-04-01";
import { REAL_IDS } from "../../../fixtures/real/fixtures";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(x0401, {
  valid: [
    { name: "the sample: 一般公共预算财政拨款 2259.73 in both", tables: () => sample() },
    ...REAL_IDS.map((id) => ({ name: `${id} as published`, tables: () => realTables(id) })),
  ],
  invalid: [
    {
      name: "swapped digits on 04 (2259.73 → 2295.73)",
      tables: () => sample([["04", "in.gpb", "amount", "2,295.73"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "04", "in.gpb", "amount"), severity: "error" }],
    },
    {
      name: "a 政府性基金 income on 01 that 04 leaves blank",
      tables: () => sample([["01", "in.gov", "amount", "3.00"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "04", "in.gov", "amount"), severity: "error" }],
    },
    {
      name: "文旅局's 政府性基金预算财政拨款 0.01 higher on 04: a 尾差",
      tables: () => realTables("2025-putuo-wenlvju", [["04", "in.gov", "amount", "+0.01"]]),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "04", "in.gov", "amount"), severity: "rounding" }],
    },
  ],
});
