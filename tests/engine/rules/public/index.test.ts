import { PUBLIC_RULES } from "../../../../src/engine/rules/public";
import { RULE_IDS } from "../../../../src/engine/figures/ids";
import { sample } from "./sample";
import { addressOf, at, run } from "./tables";

describe("PUBLIC_RULES", () => {
  it("has one rule per id, each with its Chinese title and docs", () => {
    const ids = PUBLIC_RULES.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.values(RULE_IDS).sort());
    for (const rule of PUBLIC_RULES) {
      expect(rule.meta.title).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.meta.docs).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.meta.titleEn).toBeTruthy();
    }
    expect(ids).toContain("sum/code-hierarchy");
  });

  it("finds on the sample's tables 01–09 exactly the 尾差 of domain.md §8, no error and no warning", () => {
    const tables = sample();
    const findings = run(PUBLIC_RULES, tables);
    const expected = [
      // 01 (and 04, in its 合计 and 一般公共预算 columns): categories 2259.72 vs 本年支出合计 2259.73.
      ["t01/expense-total", addressOf(tables, "01", "out.total", "amount"), "2259.72", "2259.73"],
      ["t04/expense-total", addressOf(tables, "04", "out.total", "total"), "2259.72", "2259.73"],
      ["t04/expense-total", addressOf(tables, "04", "out.total", "gpb"), "2259.72", "2259.73"],
      // 01/04 卫生健康支出 66.98 vs code 210 66.99 in 03/05.
      ["x/01-03", addressOf(tables, "01", "out.210", "amount"), "66.99", "66.98"],
      ["x/04-05", addressOf(tables, "04", "out.210", "gpb"), "66.99", "66.98"],
      // 03 and 05 合计: 1672.09 + 587.63 = 2259.72 vs 2259.73; 基本支出 类 rows 1672.10 vs 1672.09.
      ["t03/row-total", addressOf(tables, "03", "total", "total"), "2259.72", "2259.73"],
      ["t05/row-total", addressOf(tables, "05", "total", "total"), "2259.72", "2259.73"],
      ["sum/code-hierarchy", addressOf(tables, "03", "total", "basic"), "1672.10", "1672.09"],
      ["sum/code-hierarchy", addressOf(tables, "05", "total", "basic"), "1672.10", "1672.09"],
      // 06: 301, 302, 303 parts vs their 类.
      ["t06/class-total", addressOf(tables, "06", "301", "amount"), "1256.62", "1256.61"],
      ["t06/class-total", addressOf(tables, "06", "302", "amount"), "295.68", "295.67"],
      ["t06/class-total", addressOf(tables, "06", "303", "amount"), "117.82", "117.81"],
      // 06 30110 48.73 vs 05 2101101 + 2101102 = 48.74.
      ["p/06-05-social-security", addressOf(tables, "06", "30110", "amount"), "48.74", "48.73"],
    ].map(([rule, cell, expectedFigure, actualFigure]) => `${rule} rounding ${cell} ${expectedFigure}/${actualFigure}`);
    const got = findings.map((f) => `${f.rule} ${f.severity} ${at(f)} ${f.expected}/${f.actual}`);
    expect(got.sort()).toEqual(expected.sort());
    for (const finding of findings) expect(finding.messageId).toBe("rounding");
  });

  it("words every finding in Chinese, naming what the figure should be", () => {
    const findings = run(PUBLIC_RULES, sample([["03", "2013101", "basic", "1,161.80"]]));
    const errors = findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.messageId).toBe("mismatch");
      expect(error.message).toMatch(/应为 \d+\.\d{2}，实为 \d+\.\d{2}/);
    }
  });
});
