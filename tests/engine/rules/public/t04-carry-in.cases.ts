// t04/carry-in: 04's 年初财政拨款结转和结余 is the sum of its three rows below. The 朝阳 sample has none at all; the
// invalid cases give it 结转 figures taken from the sample's own 07 预算数 (57.99 = 56.99 + 1.00).
import { t04CarryIn } from "../../../../src/engine/rules/public/t04-carry-in";
import { ruleCases } from "../harness";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(t04CarryIn, {
  valid: [
    { name: "the sample: no 年初财政拨款结转和结余 at all", tables: () => sample() },
    {
      name: "a 年初 total that is the sum of its rows",
      tables: () =>
        sample([
          ["04", "in.carryIn", "amount", "57.99"],
          ["04", "in.carryIn.gpb", "amount", "56.99"],
          ["04", "in.carryIn.gov", "amount", "1.00"],
        ]),
    },
  ],
  invalid: [
    {
      name: "a 国有资本经营 row left out of the 年初 total",
      tables: () =>
        sample([
          ["04", "in.carryIn", "amount", "57.99"],
          ["04", "in.carryIn.gpb", "amount", "56.99"],
          ["04", "in.carryIn.gov", "amount", "1.00"],
          ["04", "in.carryIn.soe", "amount", "0.30"],
        ]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "04", "in.carryIn", "amount"), severity: "error" }],
    },
    {
      name: "a 年初 total 0.01 short of its rows: a 尾差",
      tables: () =>
        sample([
          ["04", "in.carryIn", "amount", "57.98"],
          ["04", "in.carryIn.gpb", "amount", "56.99"],
          ["04", "in.carryIn.gov", "amount", "1.00"],
        ]),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "04", "in.carryIn", "amount"), severity: "rounding" }],
    },
    {
      name: "the 年初 total left blank under a filled row: fill offers it",
      tables: () => sample([["04", "in.carryIn.gpb", "amount", "56.99"]]),
      findings: (tables) => [{ messageId: "fillable", cell: addressOf(tables, "04", "in.carryIn", "amount"), severity: "info" }],
    },
  ],
});
