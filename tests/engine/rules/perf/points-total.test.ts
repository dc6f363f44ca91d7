import { cellAddress } from "../../../../src/engine/grid";
import { invalidFigure } from "../../../../src/engine/rules/common/invalid-figure";
import { pointsTotal } from "../../../../src/engine/rules/perf/points-total";
import { addressOf, colOf, project1, project3, rowOf, unit1, unit2, withCell } from "../../perf/sample-sheets";
import { runPerf } from "./run";

const check = (sheets: Parameters<typeof runPerf>[0], settings = {}) => runPerf(sheets, [invalidFigure, pointsTotal], settings);

describe("perf/points-total", () => {
  it("passes 90 on a project sheet and 100 on a 整体 sheet (40 for tasks + 60 for indicators)", () => {
    expect(check([project1(), unit1(), unit2()])).toEqual([]);
  });

  it("reports the 招商引资 sheet's 76.7 at the 分值 header, naming every 分值", () => {
    const sheet = project3();
    const [finding] = check([sheet]);
    expect(finding).toMatchObject({
      severity: "error",
      messageId: "projectPoints",
      cell: cellAddress(rowOf(sheet, "绩效指标"), colOf(sheet, "分值")),
      expected: "90",
      actual: "76.7",
      detail: "8.3 + 8.3 + 8.3 + 8.5 + 8.3 + 8.3 + 13.4 + 13.3 = 76.7",
    });
    expect(finding.related).toHaveLength(8);
  });

  it("counts the tasks' 分值 on a 整体 sheet", () => {
    const sheet = unit1();
    const cell = addressOf(sheet, "部门预算基本支出公用经费（刚性）", "分值");
    const [finding] = check([withCell(sheet, cell, 12)]);
    expect(finding).toMatchObject({ messageId: "unitPoints", expected: "100", actual: "102" });
    expect(finding.related).toContain(cell);
    expect(finding.message).toBe("单位“中共朝阳市委办公室”：年度主要任务与各指标的分值之和应为 100，实为 102，相差 2");
  });

  it("expects 80 when 预算执行率 is worth 20 points", () => {
    expect(check([project1()], { executionRatePoints: 20 })[0]).toMatchObject({ messageId: "projectPoints", expected: "80", actual: "90" });
  });

  it("leaves a sum over an unreadable 分值 to input/invalid-figure", () => {
    const sheet = project1();
    const cell = addressOf(sheet, "购买打印纸等办公用品", "分值");
    expect(check([withCell(sheet, cell, "十二点五")]).map((f) => `${f.rule} ${f.cell}`)).toEqual([`input/invalid-figure ${cell}`]);
  });
});
