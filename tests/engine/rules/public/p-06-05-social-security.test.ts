import { p0605SocialSecurity } from "../../../../src/engine/rules/public/p-06-05-social-security";
import { sample } from "./sample";
import { addressOf, at, names, run } from "./tables";

describe("p/06-05-social-security", () => {
  it("finds the sample's 尾差: 30110 48.73 vs 2101101 + 2101102 = 48.74, and nothing else", () => {
    const tables = sample();
    const findings = run(p0605SocialSecurity, tables);
    expect(findings.map((f) => `${f.severity} ${at(f)} ${f.expected}/${f.actual}`)).toEqual([
      `rounding ${addressOf(tables, "06", "30110", "amount")} 48.74/48.73`,
    ]);
    expect(findings[0].related.sort()).toEqual(
      [addressOf(tables, "05", "2101101", "basic"), addressOf(tables, "05", "2101102", "basic")].sort()
    );
  });

  it("warns when 住房公积金 differs from 2210201 (107.54 → 170.54)", () => {
    const tables = sample([["06", "30113", "amount", "170.54"]]);
    const warnings = run(p0605SocialSecurity, tables).filter((f) => f.severity === "warning");
    expect(warnings.map((f) => `${at(f)} ${f.expected}/${f.actual}`)).toEqual([`${addressOf(tables, "06", "30113", "amount")} 107.54/170.54`]);
    expect(warnings[0].messageId).toBe("mismatch");
    // The wording names the 06 款 by name and code.
    expect(warnings[0].message).toContain("住房公积金（30113）应等于");
  });

  it("warns when the 05 row changes, naming it", () => {
    const tables = sample([["05", "2080801", "basic", "45.97"]]);
    const [warning] = run(p0605SocialSecurity, tables).filter((f) => f.severity === "warning");
    expect(at(warning)).toBe(addressOf(tables, "06", "30304", "amount"));
    expect(names(warning, addressOf(tables, "05", "2080801", "basic"))).toBe(true);
  });

  it("calls a 0.03 gap over the two 医疗 rows a warning, not a 尾差", () => {
    const findings = run(p0605SocialSecurity, sample([["06", "30110", "amount", "48.71"]]));
    expect(findings.map((f) => f.severity)).toEqual(["warning"]);
  });

  it("says nothing when a matching 05 row has 项目支出", () => {
    const tables = sample([
      ["06", "30113", "amount", "100.00"],
      ["05", "2210201", "project", "7.54"],
    ]);
    expect(run(p0605SocialSecurity, tables).filter((f) => f.cell === addressOf(tables, "06", "30113", "amount").split("!")[1])).toEqual([]);
  });
});
