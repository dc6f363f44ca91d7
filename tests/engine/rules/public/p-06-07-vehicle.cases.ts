// p/06-07-vehicle: 06's 公务用车运行维护费 (30231, 基本支出 only) does not exceed 07's 决算数, on the 朝阳 sample and
// the real reports.
import { p0607Vehicle } from "../../../../src/engine/rules/public/p-06-07-vehicle";
import { REAL_IDS } from "../../../fixtures/real/fixtures";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(p0607Vehicle, {
  valid: [
    { name: "the sample: 30231 56.98 ≤ 07 运行维护费 决算数 56.98", tables: () => sample() },
    ...REAL_IDS.map((id) => ({ name: `${id} as published`, tables: () => realTables(id) })),
  ],
  invalid: [
    {
      name: "swapped digits in 30231 (56.98 → 59.68): above 07",
      tables: () => sample([["06", "30231", "amount", "59.68"]]),
      findings: (tables) => [{ messageId: "exceeds", cell: addressOf(tables, "06", "30231", "amount"), severity: "warning" }],
    },
    {
      name: "07's 决算数 0.01 lower: a 尾差",
      tables: () => sample([["07", "vehicleOps", "actual", "56.97"]]),
      findings: (tables) => [{ messageId: "exceedsByRounding", cell: addressOf(tables, "06", "30231", "amount"), severity: "rounding" }],
    },
  ],
});
