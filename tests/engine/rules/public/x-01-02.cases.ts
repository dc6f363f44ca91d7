// x/01-02: 01's income rows restated in 02's 合计 row, on the 朝阳 sample and the real reports, as published and with a
// figure changed on one side.
import { x0102 } from "../../../../src/engine/rules/public/x-01-02";
import { REAL_IDS } from "../../../fixtures/real/fixtures";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(x0102, {
  valid: [
    { name: "the sample: 2259.73 on both tables, all of it 财政拨款", tables: () => sample() },
    ...REAL_IDS.map((id) => ({ name: `${id} as published`, tables: () => realTables(id) })),
  ],
  invalid: [
    {
      name: "swapped digits in 02's 合计 (2259.73 → 2295.73): wrong on 01's 本年收入合计",
      tables: () => sample([["02", "total", "total", "2,295.73"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "01", "in.total", "amount"), severity: "error" }],
    },
    {
      name: "a 政府性基金 income on 01 that 02's 财政拨款收入 lacks",
      tables: () => sample([["01", "in.gov", "amount", "10.00"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "02", "total", "fiscal"), severity: "error" }],
    },
    {
      name: "文旅局's 政府性基金预算财政拨款收入 0.01 higher on 01: a 尾差 against 02's 财政拨款收入",
      tables: () => realTables("2025-putuo-wenlvju", [["01", "in.gov", "amount", "+0.01"]]),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "02", "total", "fiscal"), severity: "rounding" }],
    },
  ],
});
