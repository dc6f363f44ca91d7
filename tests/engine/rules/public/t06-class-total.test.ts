import { t06ClassTotal } from "../../../../src/engine/rules/public/t06-class-total";
import { sample } from "./sample";
import { addressOf, at, names, run } from "./tables";

describe("t06/class-total", () => {
  it("finds the sample's three 尾差: 301 1256.62 vs 1256.61, 302 295.68 vs 295.67, 303 117.82 vs 117.81", () => {
    const tables = sample();
    const findings = run(t06ClassTotal, tables);
    expect(findings.map((f) => `${f.severity} ${at(f)} ${f.expected}/${f.actual}`)).toEqual([
      `rounding ${addressOf(tables, "06", "301", "amount")} 1256.62/1256.61`,
      `rounding ${addressOf(tables, "06", "303", "amount")} 117.82/117.81`,
      `rounding ${addressOf(tables, "06", "302", "amount")} 295.68/295.67`,
    ]);
    expect(findings.map((f) => f.messageId)).toEqual(["rounding", "rounding", "rounding"]);
    // The wording names the 类 by code and name.
    expect(findings[0].message).toContain("“301 工资福利支出”应等于其下各款之和");
  });

  it("calls swapped digits in a 款 an error on its 类, naming it", () => {
    const tables = sample([["06", "30101", "amount", "319.82"]]);
    const errors = run(t06ClassTotal, tables).filter((f) => f.severity === "error");
    expect(errors.map((f) => `${at(f)} ${f.expected}/${f.actual}`)).toEqual([`${addressOf(tables, "06", "301", "amount")} 1184.62/1256.61`]);
    expect(names(errors[0], addressOf(tables, "06", "30101", "amount"))).toBe(true);
  });

  it("calls a 0.03 gap over two parts an error", () => {
    const tables = sample([
      ["06", "310", "amount", "2.03"],
      ["06", "31003", "amount", "0.00"],
    ]);
    expect(run(t06ClassTotal, tables).filter((f) => at(f) === addressOf(tables, "06", "310", "amount")).map((f) => f.severity)).toEqual([
      "error",
    ]);
  });

  it("offers to fill a blank 类", () => {
    const tables = sample([["06", "310", "amount", ""]]);
    const fills = run(t06ClassTotal, tables).filter((f) => f.messageId === "fillable");
    expect(fills.map((f) => `${at(f)} ${f.expected}`)).toEqual([`${addressOf(tables, "06", "310", "amount")} 2.00`]);
    expect(fills[0].fix).toMatchObject({ kind: "number", shown: "2.00" });
  });
});
