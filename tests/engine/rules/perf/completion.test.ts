import { completion } from "../../../../src/engine/rules/perf/completion";
import { addressOf, project1, unit1, unit2, withCell } from "../../perf/sample-sheets";
import { runPerf } from "./run";

const check = (sheets: Parameters<typeof runPerf>[0]) => runPerf(sheets, [completion]);

describe("perf/completion", () => {
  it("passes the sample: forward, capped at 1, reverse 5 ÷ 15.88 = 0.31, a zero target exceeded = 0, 0 次 = 1", () => {
    expect(check([unit1(), unit2(), project1()])).toEqual([]);
  });

  it("explains a reverse indicator's completion", () => {
    const sheet = unit1();
    const cell = addressOf(sheet, "预算调整率", "完成程度");
    const [finding] = check([withCell(sheet, cell, 0.5)]);
    expect(finding).toMatchObject({ severity: "error", cell, expected: "0.31", actual: "0.5", related: ["F20", "H20"].map((a) => a.replace("20", cell.slice(1))) });
    expect(finding.messageId).toBe("mismatchWhy");
    expect(finding.message).toBe("单位“中共朝阳市委办公室”：“预算调整率”的完成程度应为 5 ÷ 15.88 = 0.31（反向指标），实为 0.5");
  });

  it("explains a forward indicator's completion and its cap", () => {
    const sheet = project1();
    const actual = addressOf(sheet, "监督检查任务完成率", "全年完成值");
    const [short] = check([withCell(sheet, actual, 90)]);
    expect(short.messageId).toBe("mismatchWhy");
    expect(short.message).toBe("项目“党委工作经费缺口”：“监督检查任务完成率”的完成程度应为 90 ÷ 100 = 90%（正向指标），实为 100%");
    const cell = addressOf(sheet, "公文拟办意见采用率", "完成程度");
    const [capped] = check([withCell(sheet, cell, "105%")]);
    expect(capped.messageId).toBe("mismatchWhy");
    expect(capped.message).toBe("项目“党委工作经费缺口”：“公文拟办意见采用率”的完成程度应为 100%（完成值 100 ≥ 指标值 95，正向指标最高为 1），实为 105%");
  });

  it("gives 0 for an exceeded zero target and 1 for a met one", () => {
    const sheet = unit1();
    const cell = addressOf(sheet, "“三公”经费变动率", "完成程度");
    const [exceeded] = check([withCell(sheet, cell, 1)]);
    expect(exceeded).toMatchObject({ messageId: "mismatchWhy", expected: "0.00", actual: "1.00" });
    expect(exceeded.message).toContain("反向指标的指标值为 0，完成值 2.42 已超出");
    const count = addressOf(sheet, "政府采购管理违法违规行为发生次数", "全年完成值");
    const [violated] = check([withCell(sheet, count, 1)]);
    expect(violated.messageId).toBe("mismatchWhy");
    expect(violated.message).toContain("指标值为 0，完成值 1 不为 0，未达成");
  });

  it("accepts a completion rounded as shown (0.9 for 89.81 ÷ 100) and rejects one that is not", () => {
    const sheet = unit1();
    const cell = addressOf(sheet, "预算执行率", "完成程度");
    expect(check([withCell(sheet, cell, 0.898)])).toEqual([]);
    expect(check([withCell(sheet, cell, 0.8)]).map((f) => f.severity)).toEqual(["error"]);
  });

  it("keeps a qualitative indicator's completion as entered", () => {
    const sheet = unit1();
    expect(check([withCell(sheet, addressOf(sheet, "依法行政能力", "完成程度"), 0.8)])).toEqual([]);
  });

  it("offers to fill a blank completion like the column: 0.31, or 100% on a project sheet", () => {
    const unit = unit1();
    const cell = addressOf(unit, "预算调整率", "完成程度");
    const [ratio] = check([withCell(unit, cell, undefined)]);
    expect(ratio).toMatchObject({ severity: "info", messageId: "fillable", cell, expected: "0.31" });
    expect(ratio.fix).toMatchObject({ numFmt: "0.00", shown: "0.31" });
    const project = project1();
    const done = addressOf(project, "监督检查任务完成率", "完成程度");
    const [percent] = check([withCell(project, done, undefined)]);
    expect(percent.fix).toMatchObject({ numFmt: "0%", shown: "100%" });
  });
});
