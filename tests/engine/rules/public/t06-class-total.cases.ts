// t06/class-total: each economic 类 of 06 is the sum of its 款. Every report at hand prints a 尾差 somewhere here
// (the 朝阳 sample three), so the valid case is the sample with those 类 printed as the exact sums of their 款.
import { t06ClassTotal } from "../../../../src/engine/rules/public/t06-class-total";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(t06ClassTotal, {
  valid: [
    {
      name: "the sample with 301, 302, 303 printed as the sums of their 款 (1256.62, 295.68, 117.82)",
      tables: () =>
        sample([
          ["06", "301", "amount", "1,256.62"],
          ["06", "302", "amount", "295.68"],
          ["06", "303", "amount", "117.82"],
        ]),
    },
  ],
  invalid: [
    {
      name: "the sample as published: 301, 302, 303 each 0.01 below their 款, three 尾差",
      tables: () => sample(),
      findings: (tables) => [
        { messageId: "rounding", cell: addressOf(tables, "06", "301", "amount"), severity: "rounding" },
        { messageId: "rounding", cell: addressOf(tables, "06", "302", "amount"), severity: "rounding" },
        { messageId: "rounding", cell: addressOf(tables, "06", "303", "amount"), severity: "rounding" },
      ],
    },
    {
      name: "社会工作部 as published: 302 商品和服务支出 0.01 off the sum of its 款, a 尾差",
      tables: () => realTables("2024-putuo-shehuigongzuobu"),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "06", "302", "amount"), severity: "rounding" }],
    },
    {
      name: "swapped digits in a 款 (基本工资 391.82 → 319.82): its 类 is wrong",
      tables: () => sample([["06", "30101", "amount", "319.82"]]),
      findings: (tables) => [
        { messageId: "mismatch", cell: addressOf(tables, "06", "301", "amount"), severity: "error" },
        { messageId: "rounding", cell: addressOf(tables, "06", "302", "amount"), severity: "rounding" },
        { messageId: "rounding", cell: addressOf(tables, "06", "303", "amount"), severity: "rounding" },
      ],
    },
    {
      name: "a 类 left blank: fill offers 2.00",
      tables: () => sample([["06", "310", "amount", ""]]),
      findings: (tables) => [
        { messageId: "fillable", cell: addressOf(tables, "06", "310", "amount"), severity: "info" },
        { messageId: "rounding", cell: addressOf(tables, "06", "301", "amount"), severity: "rounding" },
        { messageId: "rounding", cell: addressOf(tables, "06", "302", "amount"), severity: "rounding" },
        { messageId: "rounding", cell: addressOf(tables, "06", "303", "amount"), severity: "rounding" },
      ],
    },
  ],
});
