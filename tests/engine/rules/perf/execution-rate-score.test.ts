import { executionRateScore } from "../../../../src/engine/rules/perf/execution-rate-score";
import { pct, project1, project2, project3, valueRightOf, withCell } from "../../perf/sample-sheets";
import { runPerf } from "./run";

const check = (sheets: Parameters<typeof runPerf>[0], settings = {}) => runPerf(sheets, [executionRateScore], settings);

describe("perf/execution-rate-score", () => {
  it("passes 10 × 92.81% = 9.281 shown 9.28, 10 × 94.59% = 9.46, 10 × 57.56% = 5.76", () => {
    expect(check([project1(), project2(), project3()])).toEqual([]);
  });

  it("calls a wrong score an error naming the rate", () => {
    const sheet = project1();
    const cell = valueRightOf(sheet, "预算执行率得分");
    const [finding] = check([withCell(sheet, cell, 9.5)]);
    expect(finding).toMatchObject({ severity: "error", messageId: "mismatch", cell, expected: "9.281", actual: "9.5", related: [valueRightOf(sheet, "执行率")] });
    expect(finding.message).toBe("项目“党委工作经费缺口”：预算执行率得分应为 10 × 92.81% = 9.281，实为 9.5");
  });

  it("uses the province's points for the rate (20)", () => {
    const sheet = project1();
    expect(check([sheet], { executionRatePoints: 20 })[0]).toMatchObject({ severity: "error", expected: "18.562" });
    expect(check([withCell(sheet, valueRightOf(sheet, "预算执行率得分"), 18.56)], { executionRatePoints: 20 })).toEqual([]);
  });

  it("caps the score at the points when the rate is above 100%", () => {
    const sheet = withCell(project1(), valueRightOf(project1(), "执行率"), pct(1.02));
    expect(check([withCell(sheet, valueRightOf(sheet, "预算执行率得分"), 10)])).toEqual([]);
  });

  it("offers to fill a blank score with two decimals", () => {
    const sheet = project1();
    const [fill] = check([withCell(sheet, valueRightOf(sheet, "预算执行率得分"), undefined)]);
    expect(fill).toMatchObject({ severity: "info", messageId: "fillable" });
    expect(fill.fix).toMatchObject({ shown: "9.28", numFmt: "0.00" });
  });
});
