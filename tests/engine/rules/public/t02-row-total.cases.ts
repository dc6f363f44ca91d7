// t02/row-total on the 朝阳 sample's 02 收入决算表: as published, and with a figure changed as real reports get them
// wrong (swapped digits, a tail of 0.01, a total left blank).
import { t02RowTotal } from "../../../../src/engine/rules/public/t02-row-total";
import { ruleCases } from "../harness";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(t02RowTotal, {
  valid: [{ name: "the sample: every 本年收入合计 equals its 财政拨款收入", tables: () => sample() }],
  invalid: [
    {
      name: "swapped digits in a leaf's total (1116.80 → 1161.80)",
      tables: () => sample([["02", "2013101", "total", "1,161.80"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "02", "2013101", "total"), severity: "error" }],
    },
    {
      name: "a 财政拨款收入 0.01 short of its 类's total: a 尾差",
      tables: () => sample([["02", "210", "fiscal", "66.98"]]),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "02", "210", "total"), severity: "rounding" }],
    },
    {
      name: "the 合计 row's 本年收入合计 left blank: fill offers 2259.73",
      tables: () => sample([["02", "total", "total", ""]]),
      findings: (tables) => [{ messageId: "fillable", cell: addressOf(tables, "02", "total", "total"), severity: "info" }],
    },
  ],
});
