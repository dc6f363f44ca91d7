import { indicatorScore } from "../../../../src/engine/rules/perf/indicator-score";
import { addressOf, project1, project3, unit1, unit2, withCell } from "../../perf/sample-sheets";
import { runPerf } from "./run";

const check = (sheets: Parameters<typeof runPerf>[0]) => runPerf(sheets, [indicatorScore]);

describe("perf/indicator-score", () => {
  it("passes the sample: 1.6 × 0.31 = 0.496, 1.8 × 0.59 = 1.062, 2.5 × 0 = 0, 12.5 × 100% = 12.5", () => {
    expect(check([unit1(), unit2(), project1(), project3()])).toEqual([]);
  });

  it("calls a score that is not 分值 × 完成程度 an error at the score, naming both", () => {
    const sheet = unit1();
    const cell = addressOf(sheet, "预算调整率", "得分");
    const [finding] = check([withCell(sheet, cell, 1.6)]);
    expect(finding).toMatchObject({
      severity: "error",
      messageId: "mismatch",
      cell,
      expected: "0.496",
      actual: "1.6",
      related: [addressOf(sheet, "预算调整率", "分值"), addressOf(sheet, "预算调整率", "完成程度")],
    });
    expect(finding.message).toBe("单位“中共朝阳市委办公室”：“预算调整率”的得分应为 1.6 × 0.31 = 0.496，实为 1.6");
  });

  it("calls a score from the unrounded completion a 尾差 (1.6 × 0.3149 = 0.504)", () => {
    const sheet = unit1();
    const [finding] = check([withCell(sheet, addressOf(sheet, "预算调整率", "得分"), 0.504)]);
    expect(finding).toMatchObject({ severity: "rounding", messageId: "roundingInRange", expected: "0.496", actual: "0.504" });
  });

  it("does not excuse a score one tenth off on a full completion", () => {
    const sheet = project1();
    const [finding] = check([withCell(sheet, addressOf(sheet, "监督检查任务完成率", "得分"), 12.4)]);
    expect(finding).toMatchObject({ severity: "error", expected: "12.5", actual: "12.4" });
  });

  it("scores a qualitative indicator on the completion entered", () => {
    const sheet = unit1();
    const changed = withCell(sheet, addressOf(sheet, "依法行政能力", "完成程度"), 0.8);
    const [finding] = check([changed]);
    expect(finding.messageId).toBe("mismatch");
    expect(finding.message).toContain("应为 3.3 × 0.8 = 2.64，实为 3.3");
  });

  it("offers to fill a blank score, and waits for a blank completion", () => {
    const sheet = unit1();
    const cell = addressOf(sheet, "预算调整率", "得分");
    const [fill] = check([withCell(sheet, cell, undefined)]);
    expect(fill).toMatchObject({ severity: "info", messageId: "fillable", cell, expected: "0.496" });
    expect(fill.fix).toMatchObject({ numFmt: "0.000", shown: "0.496" });
    const both = withCell(withCell(sheet, cell, undefined), addressOf(sheet, "预算调整率", "完成程度"), undefined);
    const [cascaded] = check([both]);
    expect(cascaded.fix).toMatchObject({ shown: "0.496" });
  });

  it("does not score a qualitative indicator whose completion is blank", () => {
    const sheet = unit1();
    expect(check([withCell(sheet, addressOf(sheet, "依法行政能力", "完成程度"), undefined)])).toEqual([]);
  });
});
