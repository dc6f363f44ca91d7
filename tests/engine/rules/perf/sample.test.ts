// The sample's five performance sheets through the whole engine: exactly what domain.md §8 says, nothing else;
// then one figure changed at a time, each an error at that cell or naming it in `related`.
import { checkWorkbook } from "../../../../src/engine/index";
import { Finding } from "../../../../src/engine/finding";
import { cellAddress, SheetGrid, WorkbookGrid } from "../../../../src/engine/grid";
import {
  addressOf,
  colOf,
  project1,
  project2,
  project3,
  rowOf,
  samplePerfWorkbook,
  unit1,
  unit2,
  valueRightOf,
  withCell,
} from "../../perf/sample-sheets";
import { brief } from "./run";

const key = (f: Finding) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell} ${f.message}`;

describe("the sample's performance sheets (domain.md §8)", () => {
  const result = checkWorkbook(samplePerfWorkbook());

  it("lists the five sheets as perf tables", () => {
    expect(result.tables.map((t) => t.kind)).toEqual(["perf-unit", "perf-unit", "perf-project", "perf-project", "perf-project"]);
  });

  it("reports exactly the 招商引资 errors, the two warnings of unit 2 and the rounding cases", () => {
    const u1 = unit1();
    const u2 = unit2();
    const p2 = project2();
    const p3 = project3();
    const taskRate = (sheet: SheetGrid, task: string) => `${sheet.name}!${addressOf(sheet, task, "项目执行率")}`;
    const pointsHeader = `${p3.name}!${cellAddress(rowOf(p3, "绩效指标"), colOf(p3, "分值"))}`;
    expect(brief(result.findings)).toEqual(
      [
        `error perf/points-total ${pointsHeader}`,
        `error perf/subtotal ${p3.name}!${valueRightOf(p3, "指标自评得分小计")}`,
        `warning perf/execution-indicator ${u2.name}!${addressOf(u2, "预算执行率", "全年完成值")}`,
        `warning perf/adjustment-indicator ${u2.name}!${addressOf(u2, "预算调整率", "全年完成值")}`,
        `rounding perf/execution-rate ${taskRate(u1, "部门预算基本支出公用经费（保运转）")}`,
        `rounding perf/execution-rate ${taskRate(u1, "部门预算基本支出人员经费（保工资）")}`,
        `rounding perf/execution-rate ${taskRate(u1, "部门预算基本支出人员经费（刚性）")}`,
        `rounding perf/execution-rate ${taskRate(u2, "部门预算基本支出人员经费（保工资）")}`,
        `rounding perf/execution-rate ${taskRate(u2, "部门预算基本支出人员经费（刚性）")}`,
        `rounding perf/execution-rate ${taskRate(u2, "部门预算基本支出公用经费（保运转）")}`,
        `rounding perf/execution-rate ${p2.name}!${valueRightOf(p2, "执行率")}`,
        `rounding perf/execution-rate ${p3.name}!${valueRightOf(p3, "执行率")}`,
      ].sort()
    );
    expect(result.summary).toEqual({ error: 2, warning: 2, rounding: 8, info: 0 });
    // Which message each is: the two 整体 sheets' whole percents are told as the setting's, the project rates as in range.
    expect(result.findings.map((f) => `${f.rule} ${f.messageId}`).sort()).toEqual(
      [
        "perf/points-total projectPoints",
        "perf/subtotal sumMismatch",
        "perf/execution-indicator mismatchWhy",
        "perf/adjustment-indicator mismatchWhy",
        ...Array(6).fill("perf/execution-rate roundingWholePercent"),
        ...Array(2).fill("perf/execution-rate roundingInRange"),
      ].sort()
    );
  });

  it("explains each finding with its arithmetic, in Chinese", () => {
    const messages = result.findings.map((f) => f.message);
    expect(messages).toContain(
      "项目“招商引资专项经费”：各指标分值之和（满分 100 分，预算执行率另占 10 分）应为 90，实为 76.7，相差 13.3"
    );
    expect(messages).toContain("项目“招商引资专项经费”：指标自评得分小计应等于各指标得分之和：应为 76.7，实为 90，相差 13.3");
    expect(messages).toContain(
      "单位“朝阳市机要保密技术服务中心（朝阳市专用通信局）”：“预算执行率”指标的全年完成值应为 179.43 ÷ 204.26 = 87.84%（年度主要任务表：项目执行金额合计 ÷ 项目下达金额合计），实为 100%"
    );
    expect(messages).toContain(
      "单位“朝阳市机要保密技术服务中心（朝阳市专用通信局）”：“预算调整率”指标的全年完成值应为 (204.26 − 196.02) ÷ 196.02 = 4.20%（年度主要任务表项目下达金额合计与部门年初预算支出金额之差 ÷ 年初预算），实为 8.46%"
    );
    expect(messages).toContain(
      "单位“中共朝阳市委办公室”：“部门预算基本支出公用经费（保运转）”的项目执行率为 162.71 ÷ 165.54 = 98.29%，表中为 98.00%，本表项目执行率按整数百分比取整（98.29% → 98%），与“项目执行率取整到整数百分比”的设置一致，属四舍五入尾差（可不处理）"
    );
    expect(messages).toContain(
      "项目“党委专项业务经费”：执行率为 138.47 ÷ 146.40 = 94.58%，表中为 94.59%，在所用数字四舍五入的范围内（94.58%～94.59%），属四舍五入尾差（可不处理）"
    );
    const subtotal = result.findings.find((f) => f.rule === "perf/subtotal")!;
    expect(subtotal).toMatchObject({ expected: "76.7", actual: "90", table: "perf-project" });
    expect(subtotal.related).toHaveLength(8);
    expect(subtotal.detail).toBe("8.3 + 8.3 + 8.3 + 8.5 + 8.3 + 8.3 + 13.4 + 13.3 = 76.7");
    const rate = result.findings.find((f) => f.sheet === project2().name)!;
    expect(rate).toMatchObject({ expected: "94.58%", actual: "94.59%" });
  });
});

describe("one figure changed at a time", () => {
  const baseline = new Set(checkWorkbook(samplePerfWorkbook()).findings.map(key));

  /** The findings the change adds to the sample's own. */
  function afterChange(sheetName: string, address: string, value: string | number): Finding[] {
    const grid: WorkbookGrid = samplePerfWorkbook();
    grid.sheets = grid.sheets.map((sheet) => (sheet.name === sheetName ? withCell(sheet, address, value) : sheet));
    return checkWorkbook(grid).findings.filter((f) => !baseline.has(key(f)));
  }

  function expectErrorsAbout(findings: Finding[], sheetName: string, address: string): void {
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.severity).toBe("error");
      expect(finding.sheet).toBe(sheetName);
      expect(finding.cell === address || finding.related.includes(address)).toBe(true);
    }
    expect(findings.some((f) => f.cell === address || f.related.includes(address))).toBe(true);
  }

  it("a 得分: its own check and the 小计 both fail", () => {
    const sheet = project1();
    const address = addressOf(sheet, "监督检查任务完成率", "得分");
    const findings = afterChange(sheet.name, address, 10);
    expectErrorsAbout(findings, sheet.name, address);
    expect(findings.map((f) => f.rule).sort()).toEqual(["perf/indicator-score", "perf/subtotal"]);
    const score = findings.find((f) => f.rule === "perf/indicator-score")!;
    expect(score.messageId).toBe("mismatch");
    expect(score.message).toBe("项目“党委工作经费缺口”：“监督检查任务完成率”的得分应为 12.5 × 100% = 12.5，实为 10");
  });

  it("a task's 得分 on a 整体 sheet: the task score and 总评价得分 fail", () => {
    const sheet = unit1();
    const address = addressOf(sheet, "部门预算基本支出公用经费（保运转）", "得分");
    const findings = afterChange(sheet.name, address, 9);
    expectErrorsAbout(findings, sheet.name, address);
    expect(findings.map((f) => f.rule).sort()).toEqual(["perf/task-score", "perf/unit-total-score"]);
  });

  it("a 完成程度: it fails against 指标值 and 完成值, and the 得分 built on it fails", () => {
    const sheet = unit1();
    const address = addressOf(sheet, "预算调整率", "完成程度");
    const findings = afterChange(sheet.name, address, 0.5);
    expectErrorsAbout(findings, sheet.name, address);
    const completion = findings.find((f) => f.rule === "perf/completion")!;
    expect(completion.cell).toBe(address);
    expect(completion.messageId).toBe("mismatchWhy");
    expect(completion.message).toBe("单位“中共朝阳市委办公室”：“预算调整率”的完成程度应为 5 ÷ 15.88 = 0.31（反向指标），实为 0.5");
    expect(findings.find((f) => f.rule === "perf/indicator-score")!.message).toContain("应为 1.6 × 0.5 = 0.8，实为 0.496");
  });

  it("a 分值: the 得分 on it and the 100-point total fail", () => {
    const sheet = unit2();
    const address = addressOf(sheet, "单位职工满意度", "分值");
    const findings = afterChange(sheet.name, address, 6);
    expectErrorsAbout(findings, sheet.name, address);
    expect(findings.map((f) => f.rule).sort()).toEqual(["perf/indicator-score", "perf/points-total"]);
  });

  it("a 执行数: the 执行率 fails", () => {
    const sheet = project1();
    const address = valueRightOf(sheet, "全年执行数(万元)");
    const findings = afterChange(sheet.name, address, 100.72);
    expectErrorsAbout(findings, sheet.name, address);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "perf/execution-rate", messageId: "mismatch", expected: "89.27%", actual: "92.81%" });
    expect(findings[0].message).toBe("项目“党委工作经费缺口”：执行率应为 100.72 ÷ 112.83 = 89.27%，实为 92.81%");
  });

  it("the 减分项: the 总得分 fails", () => {
    const sheet = project2();
    const address = valueRightOf(sheet, "减分项");
    const findings = afterChange(sheet.name, address, 5);
    expectErrorsAbout(findings, sheet.name, address);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "perf/total-score", messageId: "sumMismatch", expected: "94.46", actual: "99.46" });
  });
});

describe("a sheet that is not as expected gives a finding at the cell, not a crash", () => {
  const check = (sheet: SheetGrid) => checkWorkbook({ name: "t.xlsx", sheets: [sheet] }).findings;

  it("a missing column: a warning at the indicator header; the checks that need it are skipped", () => {
    const sheet = project1();
    const headerRow = rowOf(sheet, "绩效指标");
    const findings = check(withCell(sheet, cellAddress(headerRow, colOf(sheet, "完成程度")), undefined));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "table/recognition", severity: "warning", cell: `A${headerRow}`, table: "perf-project" });
    expect(findings[0].message).toBe("项目“党委工作经费缺口”：绩效指标表未找到“完成程度”列，涉及它的得分无法核对");
  });

  it("a 分值 merged over two indicator rows: an error at the merged cell", () => {
    const sheet = project1();
    const cell = addressOf(sheet, "安全执行机要交通任务数量", "分值");
    const { row, col } = { row: rowOf(sheet, "安全执行机要交通任务数量"), col: colOf(sheet, "分值") };
    const merged: SheetGrid = { ...sheet, merges: [...sheet.merges, { top: row, left: col, bottom: row + 1, right: col }] };
    const findings = check(merged);
    expect(findings.map((f) => `${f.severity} ${f.rule} ${f.cell}`)).toEqual([`error input/invalid-figure ${cell}`]);
    expect(findings[0].message).toContain(`单元格与第 ${row}–${row + 1} 行合并`);
  });

  it("text where a number belongs: an error at that cell, and the totals built on it wait", () => {
    const sheet = unit1();
    const cell = addressOf(sheet, "重点工作办结率", "得分");
    const findings = check(withCell(sheet, cell, "三点五"));
    expect(findings.map((f) => `${f.severity} ${f.rule} ${f.cell}`)).toEqual([
      `error input/invalid-figure ${cell}`,
      ...checkWorkbook({ name: "t.xlsx", sheets: [sheet] }).findings.map((f) => `${f.severity} ${f.rule} ${f.cell}`),
    ]);
    expect(findings[0].message).toBe("文本“三点五”不是数字，无法核对涉及此单元格的勾稽关系");
  });

  it("an unknown 运算符号: a warning at that cell", () => {
    const sheet = project1();
    const cell = addressOf(sheet, "购买打印纸等办公用品", "运算符号");
    const findings = check(withCell(sheet, cell, "≈"));
    expect(findings.map((f) => `${f.severity} ${f.cell}`)).toEqual([`warning ${cell}`]);
  });
});
