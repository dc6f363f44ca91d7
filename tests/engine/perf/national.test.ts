// Recognising the national 绩效自评 forms (财预〔2020〕10号 项目支出绩效自评表, 部门（单位）整体支出绩效自评表) by
// structure: the 资金 block by its row and column labels, the indicator table by its header words, the operator
// and unit inside 年度指标值, the 总分 row read under the table's 分值 and 得分 columns. The sheets come from the
// committed fixture tests/fixtures/perf-national/national.xlsx (the sample's five sheets re-laid, same figures).
import { readFileSync } from "fs";
import { join } from "path";
import { showAmount } from "../../../src/engine/amount";
import { planFill } from "../../../src/engine/fill";
import { checkWorkbook } from "../../../src/engine/index";
import { Finding } from "../../../src/engine/finding";
import { GridCell, parseAddress, SheetGrid, sheetFromRows, WorkbookGrid } from "../../../src/engine/grid";
import { recognizePerfSheets } from "../../../src/engine/perf";
import { parseActualText, parseTargetText } from "../../../src/engine/perf/indicators";
import { titleKind } from "../../../src/engine/perf/segments";
import { FigureCell } from "../../../src/engine/tables";
import { gridFromXlsx } from "../../../src/xlsx/read";
import { PERF_PROJECT_GAP, PERF_PROJECT_SPECIAL, PERF_UNIT_1, PERF_UNIT_2 } from "../../fixtures/sample-data";
import { addressOf, colOf, project1, rowOf, withCell } from "./sample-sheets";

const shown = (cell: FigureCell | undefined) => (cell?.amount ? showAmount(cell.amount) : cell?.state);
const key = (f: Finding) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell} ${f.message}`;

describe("年度指标值 and 实际完成值 as the national forms write them", () => {
  const target = (text: string) => {
    const parsed = parseTargetText(text);
    return parsed && `${parsed.operator} ${parsed.amount.value.toString()} ${parsed.unit}`;
  };

  it("reads the operator and the unit inside the text", () => {
    expect(target("≥95%")).toBe(">= 95 %");
    expect(target("=15.88万元")).toBe("= 15.88 万元");
    expect(target("≤5%")).toBe("<= 5 %");
    expect(target("≤100%")).toBe("<= 100 %");
    expect(target("＞＝ 80 次")).toBe(">= 80 次");
    expect(target("不低于90%")).toBe(">= 90 %");
    expect(target("10%以上")).toBe(">= 10 %");
    expect(target("3个月以内")).toBe("<= 3 个月");
  });

  it("takes a qualitative target, or a number without an operator, for no figure at all", () => {
    for (const text of ["按时完成", "好", "较好", "管理规范", "100", "", "≥较好"]) expect(parseTargetText(text)).toBeUndefined();
  });

  it("reads 实际完成值 with the target's unit or none, and nothing else", () => {
    expect(parseActualText("80次", "次")?.value.toString()).toBe("80");
    expect(parseActualText("15.88%", "%")?.decimals).toBe(2);
    expect(parseActualText("100", "%")?.value.toString()).toBe("100");
    expect(parseActualText("80件", "次")).toBeUndefined();
    expect(parseActualText("按时完成", "%")).toBeUndefined();
  });

  it("knows the national titles", () => {
    expect(titleKind("项目支出绩效自评表")).toBe("perf-project");
    expect(titleKind("部门(单位)整体支出绩效自评表")).toBe("perf-unit");
    expect(titleKind("部门整体支出绩效自评表")).toBe("perf-unit");
  });
});

describe("the national forms of tests/fixtures/perf-national/national.xlsx", () => {
  let grid: WorkbookGrid;
  const sheet = (name: string): SheetGrid => grid.sheets.find((s) => s.name.includes(name))!;
  const only = (s: SheetGrid) => recognizePerfSheets({ name: "t.xlsx", sheets: [s] });
  const check = (...sheets: SheetGrid[]) => checkWorkbook({ name: "t.xlsx", sheets }).findings;

  beforeAll(async () => {
    grid = await gridFromXlsx(readFileSync(join(__dirname, "../../fixtures/perf-national/national.xlsx")), "national.xlsx");
  });

  it("reads a 项目支出 sheet's 资金 block, indicators and 总分 by their labels and columns", () => {
    const s = sheet("党委工作经费缺口");
    const { projects, notes } = only(s);
    expect(notes).toEqual([]);
    const project = projects[0];
    expect(project.name).toBe(PERF_PROJECT_GAP.projectName);
    expect(project.funds!.map((f) => f.label)).toEqual(["年度资金总额", "其中:当年财政拨款", "上年结转资金", "其他资金"]);
    expect(project.funds!.filter((f) => f.total).map((f) => f.row)).toEqual([rowOf(s, "年度资金总额")]);
    expect(project.budget?.address).toBe(addressOf(s, "年度资金总额", "全年预算数"));
    expect(project.rate?.address).toBe(addressOf(s, "年度资金总额", "执行率"));
    expect(project.rateScore?.address).toBe(addressOf(s, "年度资金总额", "得分"));
    expect(project.ratePoints?.address).toBe(addressOf(s, "年度资金总额", "分值"));
    expect([shown(project.budget), shown(project.spent), shown(project.rate), shown(project.rateScore)]).toEqual([
      PERF_PROJECT_GAP.budget,
      PERF_PROJECT_GAP.executed,
      PERF_PROJECT_GAP.rate,
      PERF_PROJECT_GAP.rateScore,
    ]);
    // "—" on the 其中 rows is "does not apply", not a zero score.
    expect(project.funds![1].score).toBeUndefined();
    expect(project.subtotal).toBeUndefined();
    expect(project.total?.address).toBe(addressOf(s, "总分", "得分"));
    expect(project.totalPoints?.address).toBe(addressOf(s, "总分", "分值"));
    expect(shown(project.total)).toBe(PERF_PROJECT_GAP.totalScore);
    // Every indicator of the sample, and no 总分 or 自评等级 row among them.
    expect(project.indicators.map((i) => i.name)).toEqual(PERF_PROJECT_GAP.indicators.map((i) => i.level3));
    expect(project.completionDerived).toBe(true);
    const office = project.indicators[1];
    expect([office.operator, shown(office.target), shown(office.actual), office.unit]).toEqual([">=", "100", "100", "件"]);
    expect(office.target?.address).toBe(addressOf(s, "购买打印纸等办公用品", "年度指标值"));
  });

  it("reads a 整体支出 sheet's tasks under 任务名称 | 预算数 | 执行数, and its 年初预算数 from the 资金 block", () => {
    const s = sheet("市委办");
    const { units, notes } = only(s);
    expect(notes).toEqual([]);
    const unit = units[0];
    expect(unit.tasks.map((t) => t.name)).toEqual(PERF_UNIT_1.tasks.map((t) => t.project));
    expect(unit.tasks.map((t) => shown(t.issued))).toEqual(PERF_UNIT_1.tasks.map((t) => Number(t.allocated).toFixed(2)));
    expect(unit.budgetExpense?.address).toBe(addressOf(s, "年度资金总额", "年初预算数"));
    expect(unit.indicators.map((i) => i.name)).toEqual(PERF_UNIT_1.indicators.map((i) => i.level3));
    expect(unit.total?.address).toBe(addressOf(s, "总分", "得分"));
    const adjustment = unit.indicators.find((i) => i.name === "预算调整率")!;
    expect([adjustment.operator, shown(adjustment.target), shown(adjustment.actual)]).toEqual(["<=", "5", "15.88"]);
  });

  it("a qualitative target written in place of a figure: 得分 无法核对 (信息), never an error", () => {
    const s = sheet("党委工作经费缺口");
    const row = "监督检查任务完成率";
    const changed = withCell(s, addressOf(s, row, "年度指标值"), "按时完成");
    const before = new Set(check(s).map(key));
    const added = check(changed).filter((f) => !before.has(key(f)));
    expect(added.map((f) => `${f.severity} ${f.rule} ${f.cell}`)).toEqual([`info perf/indicator-score ${addressOf(s, row, "得分")}`]);
    expect(added[0].messageId).toBe("notScored");
    expect(added[0].message).toContain("定性指标（年度指标值“按时完成”没有运算符号和数值）");
  });

  it("a 实际完成值 that is not a number: 信息 naming it, not a completion of 0", () => {
    const s = sheet("党委工作经费缺口");
    const row = "监督检查任务完成率";
    const added = check(withCell(s, addressOf(s, row, "实际完成值"), "基本完成")).filter((f) => !new Set(check(s).map(key)).has(key(f)));
    expect(added.map((f) => `${f.severity} ${f.cell}`)).toEqual([`info ${addressOf(s, row, "得分")}`]);
    const { row: targetRow, col: targetCol } = parseAddress(addressOf(s, row, "年度指标值"));
    const target = s.cells[targetRow - 1][targetCol - 1]!.value;
    expect(added[0].messageId).toBe("notScored");
    expect(added[0].message).toContain(`实际完成值“基本完成”不是与年度指标值“${target}”同单位的数值`);
  });

  it("a 实际完成值 that could be a ratio or percent points: 信息, never a guess", () => {
    const s = sheet("党委工作经费缺口");
    const row = "监督检查任务完成率";
    const before = new Set(check(s).map(key));
    const added = check(withCell(s, addressOf(s, row, "实际完成值"), 0.95)).filter((f) => !before.has(key(f)));
    expect(added.map((f) => `${f.severity} ${f.cell}`)).toEqual([`info ${addressOf(s, row, "得分")}`]);
    expect(added[0].messageId).toBe("notScored");
    expect(added[0].message).toContain("既可读作 95% 也可读作 0.95%");
    // Shown as a percentage, it is a percentage: checked.
    const shownAsPercent = withCell(s, addressOf(s, row, "实际完成值"), { value: 1, numFmt: "0%" });
    expect(check(shownAsPercent).map(key)).toEqual(check(s).map(key));
  });

  it("a form mixing the two: operator inside 年度指标值 and a 完成程度 column, whose figures are then checked", () => {
    const s = sheet("党委工作经费缺口");
    const header = rowOf(s, "一级指标");
    const reasonCol = colOf(s, "偏差原因分析及改进措施", header);
    let mixed = withCell(s, `${columnLetter(reasonCol)}${header}`, "完成程度");
    for (const indicator of PERF_PROJECT_GAP.indicators) {
      mixed = withCell(mixed, addressOf(s, indicator.level3, "偏差原因分析及改进措施"), indicator.completion);
    }
    const project = only(mixed).projects[0];
    expect(project.completionDerived).toBeUndefined();
    expect(project.indicators.map((i) => shown(i.completion))).toEqual(PERF_PROJECT_GAP.indicators.map((i) => i.completion));
    // The qualitative row is now scored from its entered 完成程度: no 信息 is left, and nothing fails.
    expect(check(mixed)).toEqual([]);
    const wrong = withCell(mixed, addressOf(mixed, "购买打印纸等办公用品", "完成程度"), "50%");
    expect(check(wrong).map((f) => `${f.severity} ${f.rule}`).sort()).toEqual(["error perf/completion", "error perf/indicator-score"]);
  });

  it("a form mixing the two the other way: the national 资金 block and 总分 row around the sample's provincial indicator table", () => {
    const national = sheet("党委工作经费缺口");
    const provincial = project1();
    const cellsOf = (s: SheetGrid, from: number, to: number) => s.cells.slice(from - 1, to);
    const provincialHeader = rowOf(provincial, "一级指标");
    const provincialFooter = rowOf(provincial, "指标自评得分小计");
    const totalRow: (GridCell | undefined)[] = [];
    totalRow[0] = { value: "总分", numFmt: "General" };
    totalRow[colOf(provincial, "分值", provincialHeader) - 1] = { value: 100, numFmt: "General" };
    totalRow[colOf(provincial, "得分", provincialHeader) - 1] = { value: Number(PERF_PROJECT_GAP.totalScore), numFmt: "General" };
    const mixed = sheetFromRows("混合表", [
      ...cellsOf(national, 1, rowOf(national, "一级指标") - 1),
      ...cellsOf(provincial, provincialHeader, provincialFooter - 1),
      totalRow,
    ]);
    const { projects, notes } = only(mixed);
    expect(notes).toEqual([]);
    const project = projects[0];
    expect(project.completionDerived).toBeUndefined();
    expect(project.indicators.map((i) => i.name)).toEqual(PERF_PROJECT_GAP.indicators.map((i) => i.level3));
    expect(shown(project.rateScore)).toBe(PERF_PROJECT_GAP.rateScore);
    expect(shown(project.total)).toBe(PERF_PROJECT_GAP.totalScore);
    // Consistent throughout, as the sample's sheet is: nothing to report.
    expect(check(mixed)).toEqual([]);
  });

  it("a row labelled 小计 inside the indicator table is never an indicator", () => {
    const s = sheet("党委专项业务经费");
    const row = "保障及时率";
    const changed = withCell(s, addressOf(s, row, "三级指标"), "小计");
    const project = only(changed).projects[0];
    expect(project.indicators.map((i) => i.name)).not.toContain("小计");
    expect(project.indicators).toHaveLength(PERF_PROJECT_SPECIAL.indicators.length - 1);
  });

  it("a sheet whose indicator table is not found says so once, and gives no error from what it could not read", () => {
    const s = sheet("招商引资专项经费");
    const header = rowOf(s, "一级指标");
    let broken = s;
    for (const word of ["一级指标", "二级指标", "三级指标"]) broken = withCell(broken, `${columnLetter(colOf(s, word, header))}${header}`, undefined);
    const findings = check(broken);
    const notes = findings.filter((f) => f.rule === "table/recognition");
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toContain("未找到绩效指标表");
    // The 资金 block is still read and checked (its 尾差), nothing else is claimed.
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.filter((f) => f.rule.startsWith("perf/")).map((f) => `${f.severity} ${f.rule}`)).toEqual(["rounding perf/execution-rate"]);
  });

  it("reads columns lettered as some provinces print them: 全年预算数（A）, 全年执行数（B）, 执行率（B/A）", () => {
    const s = sheet("党委专项业务经费");
    const header = rowOf(s, "全年预算数");
    let lettered = s;
    for (const [word, letters] of [["全年预算数", "（A）"], ["全年执行数", "（B）"], ["执行率", "（B/A）"]]) {
      lettered = withCell(lettered, `${columnLetter(colOf(s, word, header))}${header}`, `${word}${letters}`);
    }
    const indicatorHeader = rowOf(s, "一级指标");
    lettered = withCell(lettered, `${columnLetter(colOf(s, "实际完成值", indicatorHeader))}${indicatorHeader}`, "实际完成值（B）");
    expect(check(lettered).map(key)).toEqual(check(s).map(key));
  });

  it("reads task columns with their unit or letter: 预算数（万元）, 执行数（万元）, 执行率（B/A）", () => {
    const s = sheet("市委办");
    const header = rowOf(s, "任务名称");
    let worded = s;
    for (const [word, suffix] of [["预算数", "（万元）"], ["执行数", "（万元）"], ["执行率", "（B/A）"]]) {
      worded = withCell(worded, `${columnLetter(colOf(s, word, header))}${header}`, `${word}${suffix}`);
    }
    expect(check(worded).map(key)).toEqual(check(s).map(key));
  });

  it("reads a 金额合计 row under the tasks as their sum, never as a task; “—” there is no figure", () => {
    const s = sheet("机要中心");
    const unit = only(s).units[0];
    expect(unit.taskTotal?.name).toBe("金额合计");
    expect(unit.tasks.map((t) => t.name)).not.toContain("金额合计");
    expect(check(s).filter((f) => f.rule === "perf/task-total")).toEqual([]);
    const dashed = withCell(s, addressOf(s, "金额合计", "分值"), "—");
    expect(only(dashed).units[0].taskTotal?.points).toBeUndefined();
    expect(check(dashed).map(key)).toEqual(check(s).map(key));
  });

  it("a national task table without scores (任务名称 | 主要内容 | 预算数 | 执行数) is complete as it is", () => {
    const s = sheet("市委办");
    const header = rowOf(s, "任务名称");
    let unscored = s;
    for (const word of ["分值", "执行率", "得分"]) unscored = withCell(unscored, `${columnLetter(colOf(s, word, header))}${header}`, undefined);
    const { units, notes } = only(unscored);
    expect(notes).toEqual([]);
    expect(units[0].tasks.map((t) => [t.name, shown(t.issued), t.score])).toEqual(
      PERF_UNIT_1.tasks.map((t) => [t.project, Number(t.allocated).toFixed(2), undefined])
    );
    // With 得分 but no 执行率 it is not understood, and says so.
    const rateless = withCell(s, `${columnLetter(colOf(s, "执行率", header))}${header}`, undefined);
    expect(only(rateless).notes.map((n) => n.message)).toEqual([`单位“${units[0].name}”：年度主要任务表未找到“项目执行率”列，涉及它的核对无法进行`]);
  });

  it("a 整体支出 sheet missing two parts names both in one note, and reads no 总分 it cannot place", () => {
    const s = sheet("市委办");
    const header = rowOf(s, "一级指标");
    let broken = withCell(s, `${columnLetter(colOf(s, "任务名称"))}${rowOf(s, "任务名称")}`, undefined);
    for (const word of ["一级指标", "二级指标", "三级指标"]) broken = withCell(broken, `${columnLetter(colOf(s, word, header))}${header}`, undefined);
    const { units, notes } = only(broken);
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toContain("未找到年度主要任务表（项目下达金额、项目执行金额、项目执行率）、绩效指标表");
    expect(units[0].total).toBeUndefined();
    expect(check(broken).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("fills blank 执行率, 得分 and 总分 back to the sheet's figures", () => {
    const s = sheet("党委工作经费缺口");
    const cells = {
      rate: addressOf(s, "年度资金总额", "执行率"),
      rateScore: addressOf(s, "年度资金总额", "得分"),
      score: addressOf(s, "购买打印纸等办公用品", "得分"),
      total: addressOf(s, "总分", "得分"),
    };
    const blanked = Object.values(cells).reduce((sheetSoFar, cell) => {
      const { row, col } = parseAddress(cell);
      return withCell(sheetSoFar, cell, { value: null, numFmt: sheetSoFar.cells[row - 1]?.[col - 1]?.numFmt ?? "General" });
    }, s);
    const written = Object.fromEntries(planFill({ name: "t.xlsx", sheets: [blanked] }).edits.map((e) => [e.cell, e.shown]));
    const indicator = PERF_PROJECT_GAP.indicators.find((i) => i.level3 === "购买打印纸等办公用品")!;
    expect(written).toEqual({
      [cells.rate]: PERF_PROJECT_GAP.rate,
      [cells.rateScore]: PERF_PROJECT_GAP.rateScore,
      [cells.score]: indicator.score,
      [cells.total]: PERF_PROJECT_GAP.totalScore,
    });
  });
});

describe("filling a national 整体支出 sheet", () => {
  it("fills a task's 执行率 (whole percent, as the setting says), an indicator's 得分 and the 总分", async () => {
    const grid = await gridFromXlsx(readFileSync(join(__dirname, "../../fixtures/perf-national/national.xlsx")), "national.xlsx");
    const s = grid.sheets.find((sheet) => sheet.name.includes("机要中心"))!;
    const source = PERF_UNIT_2;
    const task = source.tasks[1];
    const indicator = source.indicators.find((i) => i.level3 === "预算调整率")!;
    const cells = {
      rate: addressOf(s, task.project, "执行率"),
      score: addressOf(s, indicator.level3, "得分"),
      total: addressOf(s, "总分", "得分"),
    };
    const blanked = Object.values(cells).reduce((sheetSoFar, cell) => {
      const { row, col } = parseAddress(cell);
      return withCell(sheetSoFar, cell, { value: null, numFmt: sheetSoFar.cells[row - 1]?.[col - 1]?.numFmt ?? "General" });
    }, s);
    const written = Object.fromEntries(planFill({ name: "t.xlsx", sheets: [blanked] }).edits.map((e) => [e.cell, e.shown]));
    expect(written).toEqual({ [cells.rate]: task.rate, [cells.score]: indicator.score, [cells.total]: source.totalScore });
  });

  it("fills the 金额合计 row's 执行率 over its 预算数 and 执行数, blank too, in the same run", async () => {
    const grid = await gridFromXlsx(readFileSync(join(__dirname, "../../fixtures/perf-national/national.xlsx")), "national.xlsx");
    const s = grid.sheets.find((sheet) => sheet.name.includes("机要中心"))!;
    const total = recognizePerfSheets({ name: "t.xlsx", sheets: [s] }).units[0].taskTotal!;
    const cells = [total.issued!, total.spent!, total.rate!];
    const blanked = cells.reduce((sheetSoFar, cell) => withCell(sheetSoFar, cell.address, { value: null, numFmt: cell.numFmt }), s);
    const plan = planFill({ name: "t.xlsx", sheets: [blanked] });
    const written = Object.fromEntries(plan.edits.map((e) => [e.cell, e.shown]));
    // The rate is worked out from the two totals as fill writes them, not from blanks: the sheet's own 87.84%.
    expect(cells.map((cell) => written[cell.address])).toEqual(cells.map(shown));
    expect(plan.ruleRuns).toBe(1);
    const order = plan.edits.map((e) => e.cell);
    expect(order.indexOf(total.rate!.address)).toBeGreaterThan(order.indexOf(total.spent!.address));
    expect(order.indexOf(total.rate!.address)).toBeGreaterThan(order.indexOf(total.issued!.address));
  });
});

function columnLetter(col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
