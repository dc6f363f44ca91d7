import { taskScore } from "../../../../src/engine/rules/perf/task-score";
import { addressOf, pct, unit1, unit2, withCell } from "../../perf/sample-sheets";
import { runPerf } from "./run";

const check = (sheets: Parameters<typeof runPerf>[0]) => runPerf(sheets, [taskScore]);
const TASK = "部门预算基本支出公用经费（保运转）";

describe("perf/task-score", () => {
  it("passes 10 × 98.00% = 9.8 and 13.3 × 88.00% = 11.704 shown 11.7", () => {
    expect(check([unit1(), unit2()])).toEqual([]);
  });

  it("calls a wrong task score an error naming 分值 and 执行率", () => {
    const sheet = unit1();
    const cell = addressOf(sheet, TASK, "得分");
    const [finding] = check([withCell(sheet, cell, 9)]);
    expect(finding).toMatchObject({
      severity: "error",
      messageId: "mismatch",
      cell,
      expected: "9.8",
      actual: "9",
      related: [addressOf(sheet, TASK, "分值"), addressOf(sheet, TASK, "项目执行率")],
    });
    expect(finding.message).toBe("单位“中共朝阳市委办公室”：“部门预算基本支出公用经费（保运转）”的得分应为 10 × 98.00% = 9.8，实为 9");
  });

  it("calls a score on the unrounded rate (10 × 98.29% = 9.83) a 尾差", () => {
    const sheet = unit1();
    const [finding] = check([withCell(sheet, addressOf(sheet, TASK, "得分"), 9.83)]);
    expect(finding).toMatchObject({ severity: "rounding", messageId: "roundingInRange", expected: "9.8", actual: "9.83" });
  });

  it("scores a rate above 100% as 100%", () => {
    const sheet = withCell(unit1(), addressOf(unit1(), "部门预算基本支出公用经费（刚性）", "项目执行率"), pct(1.05));
    const cell = addressOf(sheet, "部门预算基本支出公用经费（刚性）", "得分");
    expect(check([sheet]).filter((f) => f.cell === cell)).toEqual([]);
    const [over] = check([withCell(sheet, cell, 10.5)]);
    expect(over.messageId).toBe("mismatchWhy");
    expect(over.message).toContain("应为 10 × 100% = 10（105.00% 超过 100%，按 100% 计），实为 10.5");
  });

  it("offers to fill a blank task score", () => {
    const sheet = unit2();
    const cell = addressOf(sheet, "部门预算基本支出人员经费（保工资）", "得分");
    const [fill] = check([withCell(sheet, cell, undefined)]);
    expect(fill).toMatchObject({ severity: "info", messageId: "fillable" });
    expect(fill.fix).toMatchObject({ shown: "11.704" });
  });
});
