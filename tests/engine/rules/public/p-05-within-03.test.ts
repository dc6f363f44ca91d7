import { p05Within03 } from "../../../../src/engine/rules/public/p-05-within-03";
import { sample } from "./sample";
import { addressOf, at, run } from "./tables";

describe("p/05-within-03", () => {
  it("passes the sample: 05 equals 03 row for row", () => {
    expect(run(p05Within03, sample())).toEqual([]);
  });

  it("warns when a 05 figure exceeds the 03 figure of its code (1116.80 → 1161.80)", () => {
    const tables = sample([["05", "2013101", "basic", "1,161.80"]]);
    const findings = run(p05Within03, tables);
    expect(findings.map((f) => `${f.severity} ${at(f)} ${f.expected}/${f.actual}`)).toEqual([
      `warning ${addressOf(tables, "05", "2013101", "basic")} 1116.80/1161.80`,
    ]);
    expect(findings[0].related).toEqual([addressOf(tables, "03", "2013101", "basic")]);
    expect(findings[0].messageId).toBe("exceeds");
    // The wording names the column, the other table and both figures.
    expect(findings[0].message).toContain("不应超过支出决算表（公开03表）同一科目的基本支出：1161.80 超过 1116.80");
  });

  it("accepts a 05 figure below the 03 one (the rest is paid from other funds)", () => {
    expect(run(p05Within03, sample([["05", "2080501", "total", "30.00"]]))).toEqual([]);
  });

  it("calls an excess within the rounding of the two figures a 尾差, beyond it a warning", () => {
    expect(run(p05Within03, sample([["05", "2101102", "total", "8.12"]])).map((f) => `${f.messageId} ${f.severity}`)).toEqual([
      "exceedsByRounding rounding",
    ]);
    expect(run(p05Within03, sample([["05", "2101102", "total", "8.14"]])).map((f) => `${f.messageId} ${f.severity}`)).toEqual([
      "exceeds warning",
    ]);
  });

  it("compares with 0 when 03 lacks the code", () => {
    const tables = sample([["05", "2013199", "total", "5.00"]]);
    const findings = run(p05Within03, tables);
    expect(findings.map((f) => `${f.severity} ${at(f)} ${f.expected}/${f.actual}`)).toEqual([
      `warning ${addressOf(tables, "05", "2013199", "total")} 0.00/5.00`,
    ]);
  });

  it("skips without table 03", () => {
    expect(run(p05Within03, sample([], ["05"]))).toEqual([]);
  });
});
