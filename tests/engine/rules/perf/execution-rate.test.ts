import { invalidFigure } from "../../../../src/engine/rules/common/invalid-figure";
import { executionRate } from "../../../../src/engine/rules/perf/execution-rate";
import { addressOf, pct, project1, project2, project3, unit1, valueRightOf, withCell } from "../../perf/sample-sheets";
import { runPerf } from "./run";

const check = (sheets: Parameters<typeof runPerf>[0], settings = {}) => runPerf(sheets, [invalidFigure, executionRate], settings);

describe("perf/execution-rate", () => {
  it("passes 104.72 ÷ 112.83 = 92.81%", () => {
    expect(check([project1()])).toEqual([]);
  });

  it("reads the rate typed as text, as percent points or as a ratio", () => {
    const sheet = project1();
    const rate = valueRightOf(sheet, "执行率");
    expect(check([withCell(sheet, rate, "92.81%")])).toEqual([]);
    expect(check([withCell(sheet, rate, { value: 92.81, numFmt: "General" })])).toEqual([]);
    expect(check([withCell(sheet, rate, { value: 0.9281, numFmt: "General" })])).toEqual([]);
  });

  it("calls 94.59% for 138.47 ÷ 146.40 = 94.58% a 尾差, with the range the amounts allow", () => {
    const sheet = project2();
    const [finding] = check([sheet]);
    expect(finding).toMatchObject({
      severity: "rounding",
      messageId: "roundingInRange",
      cell: valueRightOf(sheet, "执行率"),
      related: [valueRightOf(sheet, "全年执行数(万元)"), valueRightOf(sheet, "项目预算金额(万元)")],
      expected: "94.58%",
      actual: "94.59%",
      detail: "138.47 ÷ 146.40 = 94.5833%",
    });
    expect(check([project3()]).map((f) => `${f.severity} ${f.expected} ${f.actual}`)).toEqual(["rounding 57.55% 57.56%"]);
  });

  it("calls a rate that no rounding explains an error", () => {
    const sheet = project1();
    const [finding] = check([withCell(sheet, valueRightOf(sheet, "执行率"), pct(0.9))]);
    expect(finding).toMatchObject({ severity: "error", messageId: "mismatch", expected: "92.81%", actual: "90.00%" });
    expect(finding.message).toBe("项目“党委工作经费缺口”：执行率应为 104.72 ÷ 112.83 = 92.81%，实为 90.00%");
  });

  it("explains a 整体 task rate shown as a whole percent, by the setting", () => {
    const sheet = unit1();
    const cell = addressOf(sheet, "部门预算基本支出公用经费（保运转）", "项目执行率");
    const on = check([sheet]).find((f) => f.cell === cell)!;
    expect(on).toMatchObject({ severity: "rounding", messageId: "roundingWholePercent", expected: "98.29%", actual: "98.00%" });
    expect(on.message).toContain("本表项目执行率按整数百分比取整（98.29% → 98%），与“项目执行率取整到整数百分比”的设置一致");
    const off = check([sheet], { wholePercentExecutionRate: false }).find((f) => f.cell === cell)!;
    expect(off).toMatchObject({ severity: "rounding", messageId: "roundingCoarser" });
    expect(off.message).toContain("表中按更少的小数位取整后补零显示（98.29% → 98%）");
  });

  it("calls a task rate rounded the wrong way an error", () => {
    const sheet = unit1();
    const cell = addressOf(sheet, "部门预算基本支出公用经费（保运转）", "项目执行率");
    const finding = check([withCell(sheet, cell, pct(0.97))]).find((f) => f.cell === cell)!;
    expect(finding).toMatchObject({ severity: "error", expected: "98.29%", actual: "97.00%" });
  });

  it("offers to fill a blank rate like its column", () => {
    const project = project1();
    const rate = valueRightOf(project, "执行率");
    // Clearing a cell keeps its number format, which tells where the blank value belongs.
    const [fill] = check([withCell(project, rate, { value: null, numFmt: "0.00%" })]);
    expect(fill).toMatchObject({ severity: "info", messageId: "fillable", cell: rate, expected: "92.81%", actual: null });
    expect(fill.fix).toMatchObject({ kind: "number", numFmt: "0.00%", shown: "92.81%" });
    expect(fill.fix?.kind === "number" && fill.fix.value.toString()).toBe("0.9281");

    const unit = unit1();
    const cell = addressOf(unit, "部门预算基本支出公用经费（保运转）", "项目执行率");
    const blank = withCell(unit, cell, undefined);
    const whole = check([blank]).find((f) => f.cell === cell)!;
    expect(whole.fix).toMatchObject({ numFmt: "0.00%", shown: "98.00%" });
    expect(whole.fix?.kind === "number" && whole.fix.value.toString()).toBe("0.98");
    const exact = check([blank], { wholePercentExecutionRate: false }).find((f) => f.cell === cell)!;
    expect(exact.fix).toMatchObject({ shown: "98.29%" });
  });

  it("leaves a rate on an unreadable amount to input/invalid-figure", () => {
    const sheet = project1();
    const spent = valueRightOf(sheet, "全年执行数(万元)");
    const findings = check([withCell(sheet, spent, "约104万")]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "input/invalid-figure", severity: "error", cell: spent });
  });
});
