import { showAmount } from "../../../src/engine/amount";
import { cellAddress, sheetFromRows, SheetGrid } from "../../../src/engine/grid";
import { recognizePerfSheets } from "../../../src/engine/perf";
import { parseOperator } from "../../../src/engine/perf/indicators";
import { cleanName, titleKind } from "../../../src/engine/perf/segments";
import { FigureCell } from "../../../src/engine/tables";
import { addressOf, colOf, project1, project2, project3, rowOf, samplePerfWorkbook, unit1, unit2, valueRightOf, withCell } from "./sample-sheets";

const shown = (cell: FigureCell | undefined) => (cell?.amount ? showAmount(cell.amount) : cell?.state);
const recognize = (...sheets: SheetGrid[]) => recognizePerfSheets({ name: "t.xlsx", sheets });

describe("recognising the sample's performance sheets", () => {
  const result = recognizePerfSheets(samplePerfWorkbook());

  it("finds two 整体 and three 项目 sheets, named by 单位名称 / 项目名称, without notes", () => {
    expect(result.units.map((u) => u.name)).toEqual(["中共朝阳市委办公室", "朝阳市机要保密技术服务中心（朝阳市专用通信局）"]);
    expect(result.projects.map((p) => p.name)).toEqual(["党委工作经费缺口", "党委专项业务经费", "招商引资专项经费"]);
    expect(result.units.every((u) => u.kind === "perf-unit" && u.year === "2024")).toBe(true);
    expect(result.projects.every((p) => p.kind === "perf-project" && p.year === "2024")).toBe(true);
    expect(result.notes).toEqual([]);
  });

  it("reads a 整体 sheet's header, tasks, indicators and 总评价得分", () => {
    const unit = result.units[0];
    const sheet = unit1();
    expect(unit.budgetExpense?.address).toBe(valueRightOf(sheet, "部门年初预算支出金额"));
    expect(shown(unit.budgetExpense)).toBe("1434.30"); // a 万元 amount
    expect(unit.tasks.map((t) => t.name)).toEqual([
      "部门预算基本支出公用经费（刚性）",
      "部门预算基本支出公用经费（保运转）",
      "部门预算基本支出人员经费（保工资）",
      "部门预算基本支出人员经费（刚性）",
    ]);
    const task = unit.tasks[1];
    expect([shown(task.issued), shown(task.spent), shown(task.rate), shown(task.points), shown(task.score)]).toEqual([
      "165.54",
      "162.71",
      "98.00%",
      "10",
      "9.8",
    ]);
    expect(unit.indicators).toHaveLength(23);
    const adjustment = unit.indicators.find((i) => i.name === "预算调整率")!;
    expect(adjustment).toMatchObject({ operator: "<=", unit: "%", level1: "预算执行", level2: "预算执行效率" });
    expect([shown(adjustment.target), shown(adjustment.actual), shown(adjustment.completion), shown(adjustment.points), shown(adjustment.score)]).toEqual([
      "5",
      "15.88",
      "0.31",
      "1.6",
      "0.496",
    ]);
    expect(unit.total?.address).toBe(valueRightOf(sheet, "总评价得分"));
    const headerRow = rowOf(sheet, "三级指标");
    expect(unit.pointsHeaderAddress).toBe(cellAddress(headerRow, colOf(sheet, "分值", headerRow)));
  });

  it("keeps a qualitative indicator's target and result as text, not figures", () => {
    const qualitative = result.units[0].indicators.find((i) => i.name === "依法行政能力")!;
    expect(qualitative.operator).toBeNull();
    expect(qualitative.target).toBeUndefined();
    expect(qualitative.actual).toBeUndefined();
    expect(qualitative.targetText).toBe("管理规范");
    expect(qualitative.actualText).toContain("全部或基本达成预期指标");
    expect(shown(qualitative.completion)).toBe("1");
  });

  it("fills 一级/二级指标 down from the rows above", () => {
    const timely = result.units[0].indicators.find((i) => i.name === "工作完成及时率")!;
    expect([timely.level1, timely.level2]).toEqual(["履职效能", "整体工作完成情况"]);
  });

  it("reads a project sheet under the two-row header 年度目标值 / 运算符号 · 内容 · 度量单位", () => {
    const project = result.projects[2];
    const sheet = project3();
    expect(project.supervisor).toBe("中共朝阳市委办公室");
    expect([shown(project.budget), shown(project.spent), shown(project.rate)]).toEqual(["20.00", "11.51", "57.56%"]);
    expect([shown(project.subtotal), shown(project.rateScore), shown(project.deduction), shown(project.total)]).toEqual(["90", "5.76", "26.756", "69"]);
    expect(project.subtotal?.address).toBe(valueRightOf(sheet, "指标自评得分小计"));
    expect(project.indicators.map((i) => i.name)).toEqual([
      "招商推介活动次数",
      "举办招商引资活动数量",
      "满足市级确定标准",
      "资金使用合规性",
      "项目完成时间",
      "经费支出规范性",
      "招商引资规模增长率",
      "完成招商指标考核",
    ]);
    const time = project.indicators[4];
    expect([time.operator, shown(time.target), time.unit, shown(time.actual), shown(time.completion)]).toEqual(["=", "12", "月", "12", "100%"]);
    expect(project.pointsHeaderAddress).toBe(cellAddress(rowOf(sheet, "绩效指标"), colOf(sheet, "分值")));
  });

  it("finds values right of their labels however far the merged label reaches", () => {
    expect(result.projects[0].rate?.address).toBe(valueRightOf(project1(), "执行率"));
    expect(result.projects[1].budget?.address).toBe(valueRightOf(project2(), "项目预算金额(万元)"));
    expect(result.units[1].total?.address).toBe(valueRightOf(unit2(), "总评价得分"));
  });

  it("gives the tables' ranges for the report", () => {
    const summary = [...result.units, ...result.projects].map((t) => `${t.kind} ${t.sheet} ${t.range}`);
    expect(summary[0]).toMatch(/^perf-unit 整体自评-市委办 A1:[A-Z]+37$/);
  });
});

describe("titles", () => {
  it("accepts full- and half-width brackets and a year, and no sentence that merely names the table", () => {
    expect(titleKind("部门(单位)整体绩效自评表")).toBe("perf-unit");
    expect(titleKind("2024年度部门(单位)整体绩效自评表")).toBe("perf-unit");
    expect(titleKind("预算项目(政策)绩效自评表")).toBe("perf-project");
    expect(titleKind("项目支出绩效自评表")).toBe("perf-project");
    expect(titleKind("《部门(单位)整体绩效自评表》详见附件。")).toBeUndefined();
    expect(titleKind("收入支出决算总表")).toBeUndefined();
  });

  it("recognises a sheet whose title uses full-width brackets and spaces", () => {
    const sheet = project1();
    const titled = withCell(sheet, "A1", "预算项目（政策） 绩效自评表");
    expect(recognize(titled).projects).toHaveLength(1);
  });

  it("does not take a narrative sheet that mentions the tables for one", () => {
    const narrative = sheetFromRows("情况说明", [["《部门（单位）整体绩效自评表》详见附件。"], ["《预算项目（政策）绩效自评表》见附件。"]]);
    const result = recognize(narrative);
    expect(result.units).toEqual([]);
    expect(result.projects).toEqual([]);
  });

  it("reads several tables printed one under another on one sheet", () => {
    const first = project1();
    const second = project2();
    const both = sheetFromRows("项目自评", [...first.cells, [], ...second.cells] as never);
    const result = recognize(both);
    expect(result.projects.map((p) => p.name)).toEqual(["党委工作经费缺口", "党委专项业务经费"]);
    expect(result.projects[1].indicators).toHaveLength(8);
    expect(result.notes).toEqual([]);
  });
});

describe("names and operators", () => {
  it("drops the finance system's codes around a name", () => {
    expect(cleanName("101001中共朝阳市委办公室-211300000")).toBe("中共朝阳市委办公室");
    expect(cleanName("中共朝阳市委办公室-")).toBe("中共朝阳市委办公室");
    expect(cleanName("党委工作经费缺口")).toBe("党委工作经费缺口");
  });

  it("reads 运算符号 as typed", () => {
    expect(parseOperator("≥")).toEqual({ operator: ">=", known: true });
    expect(parseOperator("＜＝")).toEqual({ operator: "<=", known: true });
    expect(parseOperator("＝")).toEqual({ operator: "=", known: true });
    expect(parseOperator("")).toEqual({ operator: null, known: true });
    expect(parseOperator("定性")).toEqual({ operator: null, known: true });
    expect(parseOperator("约")).toEqual({ operator: null, known: false });
  });
});

describe("sheets that are not as expected", () => {
  it("notes a missing column at the indicator header, and reads the rest", () => {
    const sheet = project1();
    const headerRow = rowOf(sheet, "绩效指标");
    const broken = withCell(sheet, `I${headerRow}`, "");
    expect(colOf(sheet, "完成程度")).toBe(9);
    const result = recognize(broken);
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toMatchObject({ severity: "warning", table: "perf-project", cell: `A${headerRow}` });
    expect(result.notes[0].message).toContain("未找到“完成程度”列");
    expect(result.projects[0].indicators).toHaveLength(6);
    expect(result.projects[0].indicators[0].completion).toBeUndefined();
  });

  it("makes a figure merged over two indicator rows unreadable at its top cell", () => {
    const sheet = project1();
    const row = rowOf(sheet, "安全执行机要交通任务数量");
    const merged: SheetGrid = { ...sheet, merges: [{ top: row, left: 10, bottom: row + 1, right: 10 }] };
    const [first, second] = recognize(merged).projects[0].indicators;
    expect(first.points).toMatchObject({ state: "invalid", address: `J${row}` });
    expect(first.points?.problem).toContain(`第 ${row}–${row + 1} 行合并`);
    expect(second.points).toMatchObject({ state: "invalid", address: `J${row}` });
  });

  it("reads labels merged down several rows (一级指标) as the rows' own", () => {
    const sheet = project1();
    const row = rowOf(sheet, "安全执行机要交通任务数量");
    const merged: SheetGrid = { ...sheet, merges: [{ top: row, left: 2, bottom: row + 3, right: 2 }] };
    const indicators = recognize(merged).projects[0].indicators;
    expect(indicators.slice(0, 4).map((i) => i.level1)).toEqual(["产出指标", "产出指标", "产出指标", "产出指标"]);
    expect(indicators.every((i) => i.points?.state === "amount")).toBe(true);
  });

  it("keeps text where a number belongs as an invalid figure with the reason", () => {
    const sheet = project1();
    const address = addressOf(sheet, "购买打印纸等办公用品", "得分");
    const project = recognize(withCell(sheet, address, "十二点五")).projects[0];
    expect(project.indicators[1].score).toMatchObject({ state: "invalid", address, problem: "文本“十二点五”不是数字" });
  });

  it("notes an unknown 运算符号 at its cell and treats the indicator as qualitative", () => {
    const sheet = project1();
    const address = addressOf(sheet, "购买打印纸等办公用品", "运算符号");
    const result = recognize(withCell(sheet, address, "约"));
    expect(result.notes.map((n) => n.cell)).toEqual([address]);
    expect(result.projects[0].indicators[1].operator).toBeNull();
  });

  it("notes a sheet with a title but no indicator table", () => {
    const sheet = sheetFromRows("空表", [["预算项目(政策)绩效自评表"], ["项目(政策)名称", "测试项目"]]);
    const result = recognize(sheet);
    expect(result.projects).toHaveLength(1);
    expect(result.notes.map((n) => n.message).join("\n")).toContain("未找到绩效指标表");
  });
});
