import { totalScore } from "../../../../src/engine/rules/perf/total-score";
import { project1, project2, project3, valueRightOf, withCell } from "../../perf/sample-sheets";
import { runPerf } from "./run";

const check = (sheets: Parameters<typeof runPerf>[0]) => runPerf(sheets, [totalScore]);

describe("perf/total-score", () => {
  it("passes 90 + 9.28 − 0 = 99.28 and 90 + 5.76 − 26.756 = 69.004 shown 69", () => {
    expect(check([project1(), project2(), project3()])).toEqual([]);
  });

  it("calls a changed 减分项 an error at the total, naming it", () => {
    const sheet = project2();
    const deduction = valueRightOf(sheet, "减分项");
    const [finding] = check([withCell(sheet, deduction, 5)]);
    expect(finding).toMatchObject({ severity: "error", messageId: "sumMismatch", cell: valueRightOf(sheet, "绩效自评总得分"), expected: "94.46", actual: "99.46" });
    expect(finding.related).toEqual([valueRightOf(sheet, "指标自评得分小计"), valueRightOf(sheet, "预算执行率得分"), deduction]);
    expect(finding.message).toBe("项目“党委专项业务经费”：绩效自评总得分应等于指标自评得分小计 + 预算执行率得分 − 减分项：应为 94.46，实为 99.46，相差 5");
    expect(finding.detail).toBe("90 + 9.46 − 5 = 94.46");
  });

  it("calls a total within the rounding of 预算执行率得分 (9.28 for 9.281) a 尾差", () => {
    const sheet = project1();
    const [finding] = check([withCell(sheet, valueRightOf(sheet, "绩效自评总得分"), 99.281)]);
    expect(finding).toMatchObject({ severity: "rounding", messageId: "sumRounding", expected: "99.280", actual: "99.281" });
  });

  it("fills a blank total from what the blank scores before it will hold", () => {
    const sheet = project1();
    const blank = withCell(withCell(sheet, valueRightOf(sheet, "绩效自评总得分"), undefined), valueRightOf(sheet, "预算执行率得分"), undefined);
    const [fill] = check([blank]);
    expect(fill).toMatchObject({ severity: "info", messageId: "fillable" });
    expect(fill.fix).toMatchObject({ shown: "99.28" });
  });
});
