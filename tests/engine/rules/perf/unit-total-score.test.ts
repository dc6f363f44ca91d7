import { unitTotalScore } from "../../../../src/engine/rules/perf/unit-total-score";
import { addressOf, unit1, unit2, valueRightOf, withCell } from "../../perf/sample-sheets";
import { runPerf } from "./run";

const check = (sheets: Parameters<typeof runPerf>[0]) => runPerf(sheets, [unitTotalScore]);

describe("perf/unit-total-score", () => {
  it("passes 94.136 shown 94.14 and 93.782 shown 93.78", () => {
    expect(check([unit1(), unit2()])).toEqual([]);
  });

  it("calls a wrong 总评价得分 an error naming every task and indicator score", () => {
    const sheet = unit1();
    const cell = valueRightOf(sheet, "总评价得分");
    const [finding] = check([withCell(sheet, cell, 94.5)]);
    expect(finding).toMatchObject({ severity: "error", messageId: "sumMismatch", cell, expected: "94.136", actual: "94.5" });
    expect(finding.related).toHaveLength(27);
    expect(finding.related).toContain(addressOf(sheet, "部门预算基本支出公用经费（刚性）", "得分"));
    expect(finding.message).toBe("单位“中共朝阳市委办公室”：总评价得分应等于年度主要任务与各指标得分之和：应为 94.136，实为 94.5，相差 0.364");
  });

  it("offers to fill a blank 总评价得分 with two decimals", () => {
    const sheet = unit2();
    const [fill] = check([withCell(sheet, valueRightOf(sheet, "总评价得分"), undefined)]);
    expect(fill).toMatchObject({ severity: "info", messageId: "fillable" });
    expect(fill.fix).toMatchObject({ shown: "93.78" });
  });
});
