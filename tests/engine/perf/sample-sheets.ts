// The five performance sheets of the sample report (第五部分 附件 of samples/000_dee175dac44828f2.txt) as Grids,
// laid out as the PDF prints them, with the columns the PDF extraction lost under merged cells put back. Every
// figure, name and sentence comes from the one transcription in tests/fixtures/sample-data.ts; this file only
// places them. Percentages are numbers formatted 0.00% on the 整体 sheets and the text "100%" in the 完成程度
// column of the project sheets, as the finance system exports them.
import { Decimal } from "../../../src/engine/decimal";
import { cellAddress, CellValue, GridCell, parseAddress, SheetGrid, sheetFromRows, WorkbookGrid } from "../../../src/engine/grid";
import * as fixture from "../../fixtures/sample-data";

type Row = (CellValue | GridCell | undefined)[];

/** A number shown as a percentage with two decimals (0.98 → 98.00%). */
export const pct = (value: number): GridCell => ({ value, numFmt: "0.00%" });

/** A perf value as printed: a plain number ("3.5", "0.496") becomes a number, anything else ("100%", "管理规范") stays text. */
function perfValue(text: string): CellValue {
  return /^-?\d+(\.\d+)?$/.test(text) ? new Decimal(text).toNumber() : text;
}

/** A percentage as printed ("98.00%") as a number shown in 0.00%. */
function percent(text: string): GridCell {
  return pct(new Decimal(text.replace(/%$/, "")).dividedBy(100).toNumber());
}

/** A row holding `values` at the given 1-based columns, "" between them. */
function placed(...values: [col: number, value: CellValue | GridCell][]): Row {
  const row: Row = Array(Math.max(...values.map(([col]) => col))).fill("");
  for (const [col, value] of values) row[col - 1] = value;
  return row;
}

/** Where a label stands and where its value stands, 1-based columns. */
type LabelAt = [labelCol: number, valueCol: number];

/** A row of labels, each with its value: label i and its value at the columns `at[i]`. */
function labelled(at: readonly LabelAt[], entries: [label: string, value: CellValue | GridCell][]): Row {
  return placed(...entries.flatMap(([label, value], i): [number, CellValue | GridCell][] => [[at[i][0], label], [at[i][1], value]]));
}

/** Rows of single values (名称, 预算金额, the footer) start with one of these labels. */
const VALUE_ROWS = /^(部门（单位）名称|部门年初预算|项目\(政策\)名称|主管部门|实施单位|项目预算金额|指标自评得分小计|总评价得分)/;

/**
 * The sheet with each label of its value rows merged over the empty cells after it, as the printed form has
 * them ("执行率" over K:L, its value in M): that is how a blank value cell is told from the gap before it.
 */
function withLabelMerges(sheet: SheetGrid): SheetGrid {
  const merges = [...sheet.merges];
  sheet.cells.forEach((cells, index) => {
    if (!VALUE_ROWS.test(textOf(cells[0]))) return;
    cells.forEach((cell, col) => {
      if (typeof cell?.value !== "string") return;
      let end = col;
      while (end + 1 < cells.length && !cells[end + 1]) end++;
      if (end > col && end + 1 < cells.length) merges.push({ top: index + 1, left: col + 1, bottom: index + 1, right: end + 1 });
    });
  });
  return { ...sheet, merges };
}

// ---- Indicator rows ----------------------------------------------------------------------------------------

type Levels = [level1: string, level2: string];

/** How one sheet prints a row's 一级 / 二级 labels where that is not the rule of `printedLevels`, by 三级 name. */
type PrintedLevels = Record<string, (indicator: fixture.PerfIndicator) => Levels>;

/**
 * The 一级 / 二级 labels as the sheet prints them: a merged label only on the first row of its group (sample-data
 * repeats them on every row), except where `printed` says otherwise.
 */
function printedLevels(indicators: readonly fixture.PerfIndicator[], printed: PrintedLevels = {}): Levels[] {
  return indicators.map((indicator, i) => {
    const previous = indicators[i - 1];
    const newLevel1 = previous?.level1 !== indicator.level1;
    const newLevel2 = newLevel1 || previous.level2 !== indicator.level2;
    const byRule: Levels = [newLevel1 ? indicator.level1 : "", newLevel2 ? indicator.level2 : ""];
    return printed[indicator.level3]?.(indicator) ?? byRule;
  });
}

/** An indicator row: 绩效指标 | 一级 | 二级 | 三级 | 运算符号 | 指标值 | 度量单位 | 全年完成值 | 完成程度 | 分值 | 得分. */
function indicatorRow(indicator: fixture.PerfIndicator, [level1, level2]: Levels, actual = indicator.actual): Row {
  const { level3, operator, target, unit, completion, weight, score } = indicator;
  const [shownTarget, shownActual] = [perfValue(target), perfValue(actual)];
  return ["", level1, level2, level3, operator, shownTarget, unit, shownActual, perfValue(completion), perfValue(weight), perfValue(score)];
}

// ---- 整体 sheets -------------------------------------------------------------------------------------------

const UNIT_INDICATOR_HEADER: Row = [
  "绩效指标",
  "一级指标",
  "二级指标",
  "三级指标",
  "运算符号",
  "指标值",
  "度量单位",
  "全年完成值",
  "完成程度",
  "分值",
  "得分",
  "偏差原因分析",
  "",
  "改进措施",
];

/** Where the two 整体 sheets put their values: the PDFs differ by a merged gap column. */
interface UnitLayout {
  /** Column of the 名称 and 预算金额 values. */
  valueCol: number;
  /** Column of the 总评价得分 value. */
  totalCol: number;
  printed?: PrintedLevels;
}

function unitSheet(source: fixture.UnitPerfSheet, name: string, layout: UnitLayout): SheetGrid {
  const valueRow = (label: string, value: CellValue) => labelled([[1, layout.valueCol]], [[label, value]]);
  const levels = printedLevels(source.indicators, layout.printed);
  return withLabelMerges(sheetFromRows(name, [
    [source.title],
    [source.period],
    valueRow("部门（单位）名称", source.unitName),
    valueRow("部门年初预算收入金额", perfValue(source.budgetIncome)),
    valueRow("部门年初预算支出金额", perfValue(source.budgetExpense)),
    ["年度主要任务", "对应项目", "", "", "项目下达金额", "项目执行金额", "项目执行率", "分值", "得分"],
    ...source.tasks.map((task, i): Row => [
      i === 0 ? "年度主要任务" : "",
      task.project,
      "",
      "",
      perfValue(task.allocated),
      perfValue(task.executed),
      percent(task.rate),
      perfValue(task.weight),
      perfValue(task.score),
    ]),
    ["年度目标", "年初总体目标", "", "", "全年完成情况"],
    ["", source.goal.planned, "", "", source.goal.achieved],
    UNIT_INDICATOR_HEADER,
    // A workbook cell holds the qualitative 全年完成值 whole, where the PDF cut it.
    ...source.indicators.map((indicator, i) =>
      indicatorRow(indicator, levels[i], indicator.operator === "" ? fixture.QUALITATIVE_ACHIEVED : indicator.actual)
    ),
    labelled([[1, layout.totalCol]], [["总评价得分", perfValue(source.totalScore)]]),
  ]));
}

/** Both 整体 sheets print 履职效能 again on the 整体工作完成情况 row, the first of the PDF's second page. */
const REPRINTED_LEVEL1: PrintedLevels = { 总体工作完成率: (indicator) => [indicator.level1, indicator.level2] };

/** 中共朝阳市委办公室: the first 整体绩效自评表. */
export function unit1(name = "整体自评-市委办"): SheetGrid {
  return unitSheet(fixture.PERF_UNIT_1, name, {
    valueCol: 3,
    totalCol: 2,
    printed: {
      ...REPRINTED_LEVEL1,
      // As printed: no 一级 管理效率 (sample-data takes it from sheet 2), 社会效应 in the 二级 column of the first
      // 满意度 row and nothing beside the second.
      预算绩效目标覆盖率: (indicator) => ["", indicator.level2],
      服务对象满意度: (indicator) => ["", indicator.level1],
      社会公众满意度: () => ["", ""],
    },
  });
}

/** 朝阳市机要保密技术服务中心: the second 整体绩效自评表 (its 预算执行率 and 预算调整率 disagree with its tasks). */
export function unit2(name = "整体自评-机要中心"): SheetGrid {
  return unitSheet(fixture.PERF_UNIT_2, name, {
    valueCol: 2,
    totalCol: 8,
    printed: {
      ...REPRINTED_LEVEL1,
      // The PDF cut this 二级 label to 预算监督管; the cell holds it whole, as sheet 1 prints it.
      预决算公开情况: (indicator) => ["", levelsOf(fixture.PERF_UNIT_1, indicator.level3)[1]],
    },
  });
}

/** The 一级 / 二级 labels sample-data gives the indicator `level3` of `sheet`. */
function levelsOf(sheet: fixture.UnitPerfSheet, level3: string): Levels {
  const indicator = sheet.indicators.find((candidate) => candidate.level3 === level3);
  if (!indicator) throw new Error(`no indicator ${level3} on ${sheet.sheetName}`);
  return [indicator.level1, indicator.level2];
}

// ---- 项目 sheets -------------------------------------------------------------------------------------------

const PROJECT_INDICATOR_HEADER: Row[] = [
  ["绩效指标", "一级指标", "二级指标", "三级指标", "年度目标值", "", "", "全年完成值", "完成程度", "分值", "得分", "未完成原因分析", "", "", "", "", "改进措施"],
  ["", "", "", "", "运算符号", "内容", "度量单位", "", "", "", "", "经费保障", "制度保障", "人员保障", "硬件条件保障", "其他", "", "原因说明"],
];

/** Where a project sheet puts its values: each PDF page merges the cells of these rows differently. */
interface ProjectLayout {
  /** Column of the 项目名称, 主管部门 and 实施单位 values. */
  nameCol: number;
  /** Label and value columns of 预算金额, 执行数, 执行率. */
  budgetRow: [LabelAt, LabelAt, LabelAt];
  /** Column of 全年实际完成情况 and its text. */
  achievedCol: number;
  /** Label and value columns of 小计, 执行率得分, 减分项, 总得分. */
  footer: [LabelAt, LabelAt, LabelAt, LabelAt];
  printed?: PrintedLevels;
}

function projectSheet(source: fixture.ProjectPerfSheet, name: string, layout: ProjectLayout): SheetGrid {
  const valueRow = (label: string, value: string) => labelled([[1, layout.nameCol]], [[label, value]]);
  const levels = printedLevels(source.indicators, layout.printed);
  return withLabelMerges(sheetFromRows(name, [
    [source.title],
    [source.period],
    valueRow("项目(政策)名称", source.projectName),
    valueRow("主管部门", source.department),
    valueRow("实施单位", source.implementer),
    labelled(layout.budgetRow, [
      ["项目预算金额(万元)", perfValue(source.budget)],
      ["全年执行数(万元)", perfValue(source.executed)],
      ["执行率", percent(source.rate)],
    ]),
    placed([1, "年度总体目标"], [2, "年初设定目标"], [layout.achievedCol, "全年实际完成情况"]),
    placed([2, source.goal.planned], [layout.achievedCol, source.goal.achieved]),
    ...PROJECT_INDICATOR_HEADER,
    ...source.indicators.map((indicator, i) => indicatorRow(indicator, levels[i])),
    labelled(layout.footer, [
      ["指标自评得分小计", perfValue(source.subtotal)],
      ["预算执行率得分", perfValue(source.rateScore)],
      ["减分项", perfValue(source.deduction)],
      ["绩效自评总得分", perfValue(source.totalScore)],
    ]),
  ]));
}

/** 党委工作经费缺口: consistent throughout. */
export function project1(name = "项目自评-党委工作经费缺口"): SheetGrid {
  return projectSheet(fixture.PERF_PROJECT_GAP, name, {
    nameCol: 3,
    budgetRow: [[1, 2], [5, 8], [11, 13]],
    achievedCol: 9,
    footer: [[1, 4], [7, 10], [12, 14], [15, 17]],
  });
}

/** 党委专项业务经费: 138.47 ÷ 146.4 = 94.58% shown as 94.59% (a 尾差). */
export function project2(name = "项目自评-党委专项业务经费"): SheetGrid {
  return projectSheet(fixture.PERF_PROJECT_SPECIAL, name, {
    nameCol: 4,
    budgetRow: [[1, 4], [5, 8], [9, 12]],
    achievedCol: 11,
    footer: [[1, 4], [5, 8], [9, 11], [12, 15]],
  });
}

/** 招商引资专项经费 as extracted: a row is missing (分值 76.7, 小计 90), and 11.51 ÷ 20 = 57.55% shows 57.56%. */
export function project3(name = "项目自评-招商引资专项经费"): SheetGrid {
  return projectSheet(fixture.PERF_PROJECT_INVESTMENT, name, {
    nameCol: 3,
    budgetRow: [[1, 3], [4, 6], [7, 9]],
    achievedCol: 8,
    footer: [[1, 2], [3, 4], [5, 6], [7, 8]],
    // As printed: 成本指标 stands in the 一级 column, with no 二级 label (sample-data files it under 产出指标).
    printed: { 经费支出规范性: (indicator) => [indicator.level2, ""] },
  });
}

export function samplePerfWorkbook(): WorkbookGrid {
  return { name: "sample-perf.xlsx", sheets: [unit1(), unit2(), project1(), project2(), project3()] };
}

// ---- Finding cells by what they hold, so tests do not depend on the layout above --------------------------

function textOf(cell: GridCell | undefined): string {
  const value = cell?.value;
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

/** The row holding a cell whose text is exactly `text`. */
export function rowOf(sheet: SheetGrid, text: string): number {
  const index = sheet.cells.findIndex((row) => row.some((cell) => textOf(cell) === text));
  if (index < 0) throw new Error(`no cell "${text}" on ${sheet.name}`);
  return index + 1;
}

/** The column of the first cell whose text is exactly `header`, searched from row `from`. */
export function colOf(sheet: SheetGrid, header: string, from = 1): number {
  for (let r = from; r <= sheet.cells.length; r++) {
    const col = (sheet.cells[r - 1] ?? []).findIndex((cell) => textOf(cell) === header);
    if (col >= 0) return col + 1;
  }
  throw new Error(`no header "${header}" on ${sheet.name}`);
}

/** The address of the cell in the row of `rowText` and the column of the nearest `header` above it. */
export function addressOf(sheet: SheetGrid, rowText: string, header: string): string {
  const row = rowOf(sheet, rowText);
  for (let r = row - 1; r >= 1; r--) {
    const col = (sheet.cells[r - 1] ?? []).findIndex((cell) => textOf(cell) === header);
    if (col >= 0) return cellAddress(row, col + 1);
  }
  throw new Error(`no header "${header}" above "${rowText}" on ${sheet.name}`);
}

/** The cell right of the label `label` that holds a value (the label's own value cell). */
export function valueRightOf(sheet: SheetGrid, label: string): string {
  const row = rowOf(sheet, label);
  const cells = sheet.cells[row - 1];
  const labelCol = cells.findIndex((cell) => textOf(cell) === label);
  for (let c = labelCol + 1; c < cells.length; c++) if (cells[c]) return cellAddress(row, c + 1);
  throw new Error(`no value right of "${label}" on ${sheet.name}`);
}

/** A copy of the sheet with one cell changed (undefined: emptied). */
export function withCell(sheet: SheetGrid, address: string, value: CellValue | GridCell | undefined): SheetGrid {
  const { row, col } = parseAddress(address);
  const cells = sheet.cells.map((r) => [...r]);
  while (cells.length < row) cells.push([]);
  const old = cells[row - 1][col - 1];
  let cell: GridCell | undefined;
  if (value === undefined || value === null || value === "") cell = undefined;
  else if (typeof value === "object" && !(value instanceof Date) && "numFmt" in value) cell = value as GridCell;
  else cell = { value: value as CellValue, numFmt: old?.numFmt ?? "General" };
  cells[row - 1][col - 1] = cell;
  return { ...sheet, cells, rowCount: Math.max(sheet.rowCount, row), colCount: Math.max(sheet.colCount, col) };
}
