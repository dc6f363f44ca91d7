import { checkWorkbook } from "../../../../src/engine";
import { DEFAULT_SETTINGS } from "../../../../src/engine/rule";
import { shehuiWithinOnePercent } from "./budget-wording.cases";
import { findText, findingsOf, realGrid, sampleGrid, withText } from "./real";

const RULE = "report/budget-wording";

describe("report/budget-wording: 基本持平 within the tolerance, a reason after 主要原因", () => {
  it("is silent on the real reports and the sample", async () => {
    for (const grid of [await realGrid("2024-putuo-shehuigongzuobu"), await realGrid("2025-putuo-shengtai"), await realGrid("2025-putuo-wenlvju"), await sampleGrid()]) {
      expect(findingsOf(grid, RULE)).toEqual([]);
    }
  });

  it("finds a reason left out after “主要原因：” in 社会工作部's item line", async () => {
    const grid = await realGrid("2024-putuo-shehuigongzuobu");
    const line = findText(grid, /支出决算为[^。]*。决算数小于全年预算数的主要原因：[^。]+。$/);
    const findings = findingsOf(withText(grid, line, (t) => t.replace(/(主要原因：)[^。]+。$/, "$1。")), RULE);
    expect(findings.map((f) => [f.severity, f.cell, f.messageId])).toEqual([["warning", line.address, "reasonMissing"]]);
  });

  it("finds “基本持平” for 文旅局's item whose actual is more than 1% from its budget, and not within a wider tolerance", async () => {
    const grid = await realGrid("2025-putuo-wenlvju");
    const line = findText(grid, /年初预算为\s*[1-9][\d.]*\s*万元，支出决算为\s*[\d.]+\s*万元。决算数小于预算数的主要原因：[^。]+。$/);
    const edited = withText(grid, line, (t) => t.replace(/决算数小于预算数的主要原因：[^。]+。$/, "决算数与预算数基本持平。"));
    const findings = findingsOf(edited, RULE);
    expect(findings.map((f) => [f.severity, f.cell, f.actual])).toEqual([["warning", line.address, "基本持平"]]);
    const wide = checkWorkbook(edited, { ...DEFAULT_SETTINGS, basicallyFlatPercent: 100 }).findings.filter((f) => f.rule === RULE);
    expect(wide).toEqual([]);
  });

  it("passes “基本持平” where 社会工作部's actual is within 1% of its budget", async () => {
    // The item line whose 决算 differs from its 全年预算, by at most 1% of it (行政单位医疗 in this report).
    const edited = await shehuiWithinOnePercent();
    expect(findingsOf(edited, RULE)).toEqual([]);
  });
});
