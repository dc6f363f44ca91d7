// t07/vehicle: 07's 公务用车购置及运行费 = 运行维护费 + 购置费, on the 朝阳 sample and 文旅局.
import { t07Vehicle } from "../../../../src/engine/rules/public/t07-vehicle";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(t07Vehicle, {
  valid: [
    { name: "the sample: 公务用车购置及运行费 = 运行维护费 (56.99 and 56.98)", tables: () => sample() },
    { name: "文旅局 as published", tables: () => realTables("2025-putuo-wenlvju") },
  ],
  invalid: [
    {
      name: "运行维护费 决算数 typed 56.89 for 56.98",
      tables: () => sample([["07", "vehicleOps", "actual", "56.89"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "07", "vehicle", "actual"), severity: "error" }],
    },
    {
      name: "a 购置费 预算数 of 0.01 left out: a 尾差",
      tables: () => sample([["07", "vehiclePurchase", "budget", "0.01"]]),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "07", "vehicle", "budget"), severity: "rounding" }],
    },
    {
      name: "文旅局's 公务用车购置费 决算数 37 where the total has none",
      tables: () => realTables("2025-putuo-wenlvju", [["07", "vehiclePurchase", "actual", "+37"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "07", "vehicle", "actual"), severity: "error" }],
    },
    {
      name: "公务用车购置及运行费 决算数 left blank: fill offers 56.98",
      tables: () => sample([["07", "vehicle", "actual", ""]]),
      findings: (tables) => [{ messageId: "fillable", cell: addressOf(tables, "07", "vehicle", "actual"), severity: "info" }],
    },
  ],
});
