// The five performance sheets of the sample report (第五部分 附件 of samples/000_dee175dac44828f2.txt) as Grids,
// laid out as the PDF prints them, with the columns the PDF extraction lost under merged cells put back. Figures
// are the report's, exactly; percentages are numbers formatted 0.00% on the 整体 sheets and the text "100%" in
// the 完成程度 column of the project sheets, as the finance system exports them.
import { cellAddress, CellValue, GridCell, parseAddress, SheetGrid, sheetFromRows, WorkbookGrid } from "../../../src/engine/grid";

type Row = (CellValue | GridCell | undefined)[];

/** A number shown as a percentage with two decimals (0.98 → 98.00%). */
export const pct = (value: number): GridCell => ({ value, numFmt: "0.00%" });

const QUALITATIVE_DONE = "全部或基本达成预期指标 100%-80% (含)";

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

/** An indicator row of a 整体 sheet: 绩效指标 | 一级 | 二级 | 三级 | 运算符号 | 指标值 | 度量单位 | 全年完成值 | 完成程度 | 分值 | 得分. */
function unitIndicator(
  level1: string,
  level2: string,
  name: string,
  operator: string,
  target: CellValue,
  unit: string,
  actual: CellValue,
  completion: CellValue,
  points: number,
  score: number
): Row {
  return ["", level1, level2, name, operator, target, unit, actual, completion, points, score];
}

/** A qualitative indicator row of a 整体 sheet. */
function unitQualitative(level1: string, level2: string, name: string, content: string, points: number, score: number): Row {
  return unitIndicator(level1, level2, name, "", content, "", QUALITATIVE_DONE, 1, points, score);
}

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

/** 中共朝阳市委办公室: the first 整体绩效自评表. */
export function unit1(name = "整体自评-市委办"): SheetGrid {
  return withLabelMerges(sheetFromRows(name, [
    ["部门（单位）整体绩效自评表"],
    ["2024年年度"],
    ["部门（单位）名称", "", "101001中共朝阳市委办公室-211300000"],
    ["部门年初预算收入金额", "", 1434.3],
    ["部门年初预算支出金额", "", 1434.3],
    ["年度主要任务", "对应项目", "", "", "项目下达金额", "项目执行金额", "项目执行率", "分值", "得分"],
    ["年度主要任务", "部门预算基本支出公用经费（刚性）", "", "", 76.16, 76.16, pct(1), 10, 10],
    ["", "部门预算基本支出公用经费（保运转）", "", "", 165.54, 162.71, pct(0.98), 10, 9.8],
    ["", "部门预算基本支出人员经费（保工资）", "", "", 1046.34, 900.14, pct(0.86), 10, 8.6],
    ["", "部门预算基本支出人员经费（刚性）", "", "", 374.06, 353.65, pct(0.95), 10, 9.5],
    ["年度目标", "年初总体目标", "", "", "全年完成情况"],
    ["", "一、完成全年绩效目标任务 二、重点工作", "", "", "一、完成了全年各项绩效目标任务 二、完成了以下各项重点工作"],
    UNIT_INDICATOR_HEADER,
    unitIndicator("履职效能", "重点工作履行情况", "重点工作办结率", "=", 100, "%", 100, 1, 3.5, 3.5),
    unitIndicator("履职效能", "整体工作完成情况", "总体工作完成率", "=", 100, "%", 100, 1, 3.3, 3.3),
    unitIndicator("", "", "工作完成及时率", "=", 100, "%", 100, 1, 3.3, 3.3),
    unitIndicator("", "", "工作质量达标率", "=", 100, "%", 100, 1, 3.3, 3.3),
    unitQualitative("", "基础管理", "依法行政能力", "管理规范", 3.3, 3.3),
    unitQualitative("", "", "综合管理水平", "管理规范", 3.3, 3.3),
    unitIndicator("预算执行", "预算执行效率", "预算调整率", "<=", 5, "%", 15.88, 0.31, 1.6, 0.496),
    unitIndicator("", "", "结转结余变动率", "<=", 0, "%", 0, 1, 1.8, 1.8),
    unitIndicator("", "", "预算执行率", "=", 100, "%", 89.81, 0.9, 1.6, 1.44),
    unitIndicator("", "预算编制管理", "预算绩效目标覆盖率", "=", 100, "%", 100, 1, 0.7, 0.7),
    unitQualitative("", "预算监督管理", "预决算公开情况", "全部公开", 0.7, 0.7),
    unitQualitative("", "预算收支管理", "预算收入管理规范性", "管理规范", 0.7, 0.7),
    unitQualitative("", "", "预算支出管理规范性", "管理规范", 0.7, 0.7),
    unitQualitative("", "财务管理", "内控制度有效性", "制度有效", 0.7, 0.7),
    unitIndicator("", "资产管理", "固定资产利用率", "=", 100, "%", 100, 1, 0.8, 0.8),
    unitIndicator("", "业务管理", "政府采购管理违法违规行为发生次数", "=", 0, "次", 0, 1, 0.7, 0.7),
    unitIndicator("运行成本", "成本控制成效", "在职人员控制率", "<=", 100, "%", 100, 1, 2.5, 2.5),
    unitIndicator("", "", "“三公”经费变动率", "<=", 0, "%", 2.42, 0, 2.5, 0),
    unitQualitative("社会效应", "社会效益", "不出现负面影响", "无", 6.6, 6.6),
    unitIndicator("", "社会效应", "服务对象满意度", ">=", 99, "%", 100, 1, 6.6, 6.6),
    unitIndicator("", "", "社会公众满意度", ">=", 99, "%", 100, 1, 6.8, 6.8),
    unitQualitative("可持续性", "体制机制改革", "完善财务内控制度", "完善", 2.5, 2.5),
    unitQualitative("", "", "建立预算绩效管理机制", "建立", 2.5, 2.5),
    ["总评价得分", 94.14],
  ]));
}

/** 朝阳市机要保密技术服务中心: the second 整体绩效自评表 (its 预算执行率 and 预算调整率 disagree with its tasks). */
export function unit2(name = "整体自评-机要中心"): SheetGrid {
  return withLabelMerges(sheetFromRows(name, [
    ["部门（单位）整体绩效自评表"],
    ["2024年年度"],
    ["部门（单位）名称", "101050朝阳市机要保密技术服务中心（朝阳市专用通信局）-211300000"],
    ["部门年初预算收入金额", 196.02],
    ["部门年初预算支出金额", 196.02],
    ["年度主要任务", "对应项目", "", "", "项目下达金额", "项目执行金额", "项目执行率", "分值", "得分"],
    ["年度主要任务", "部门预算基本支出人员经费（保工资）", "", "", 172.39, 151.37, pct(0.88), 13.3, 11.7],
    ["", "部门预算基本支出人员经费（刚性）", "", "", 22.39, 20.47, pct(0.91), 13.3, 12.1],
    ["", "部门预算基本支出公用经费（保运转）", "", "", 9.48, 7.59, pct(0.8), 13.4, 10.72],
    ["年度目标", "年初总体目标", "", "", "全年完成情况"],
    ["", "通过加强预算管理，提高预算执行率", "", "", "通过加强预算管理，提高预算执行率"],
    UNIT_INDICATOR_HEADER,
    unitIndicator("履职效能", "重点工作履行情况", "重点工作办结率", "=", 100, "%", 100, 1, 3.5, 3.5),
    unitIndicator("履职效能", "整体工作完成情况", "总体工作完成率", "=", 100, "%", 100, 1, 3.3, 3.3),
    unitIndicator("", "", "工作完成及时率", "=", 100, "%", 100, 1, 3.3, 3.3),
    unitIndicator("", "", "工作质量达标率", "=", 100, "%", 100, 1, 3.3, 3.3),
    unitQualitative("", "基础管理", "依法行政能力", "管理规范", 3.3, 3.3),
    unitQualitative("", "", "综合管理水平", "管理规范", 3.3, 3.3),
    unitIndicator("预算执行", "预算执行效率", "结转结余变动率", "<=", 0, "%", 0, 1, 1.6, 1.6),
    unitIndicator("", "", "预算执行率", "=", 100, "%", 100, 1, 1.6, 1.6),
    unitIndicator("", "", "预算调整率", "<=", 5, "%", 8.46, 0.59, 1.8, 1.062),
    unitIndicator("管理效率", "预算编制管理", "预算绩效目标覆盖率", "=", 100, "%", 100, 1, 0.7, 0.7),
    unitQualitative("", "预算监督管理", "预决算公开情况", "全部公开", 0.7, 0.7),
    unitQualitative("", "预算收支管理", "预算收入管理规范性", "管理规范", 0.7, 0.7),
    unitQualitative("", "", "预算支出管理规范性", "管理规范", 0.7, 0.7),
    unitQualitative("", "财务管理", "内控制度有效性", "制度有效", 0.7, 0.7),
    unitIndicator("", "资产管理", "固定资产利用率", "=", 100, "%", 100, 1, 0.8, 0.8),
    unitIndicator("", "业务管理", "政府采购管理违法违规行为发生次数", "=", 0, "次", 0, 1, 0.7, 0.7),
    unitIndicator("运行成本", "成本控制成效", "“三公”经费变动率", "<=", 0, "%", 0, 1, 2.5, 2.5),
    unitIndicator("", "", "在职人员控制率", "<=", 100, "%", 100, 1, 2.5, 2.5),
    unitQualitative("社会效应", "社会效益", "不出现负面影响报道", "无", 6.6, 6.6),
    unitIndicator("", "服务对象满意度", "单位职工满意度", ">=", 85, "%", 85, 1, 6.6, 6.6),
    unitIndicator("", "社会公众满意度", "社会民众满意度", ">=", 85, "%", 85, 1, 6.8, 6.8),
    unitQualitative("可持续性", "体制机制改革", "建立预算绩效管理机制", "建立", 2.5, 2.5),
    unitQualitative("", "", "完善财务内控制度", "完善", 2.5, 2.5),
    ["总评价得分", "", "", "", "", "", "", 93.78],
  ]));
}

/** An indicator row of a project sheet: 绩效指标 | 一级 | 二级 | 三级 | 运算符号 | 内容 | 度量单位 | 全年完成值 | 完成程度 | 分值 | 得分. */
function projectIndicator(
  level1: string,
  level2: string,
  name: string,
  operator: string,
  target: CellValue,
  unit: string,
  actual: CellValue,
  points: number,
  score: number
): Row {
  return ["", level1, level2, name, operator, target, unit, actual, "100%", points, score];
}

function projectQualitative(level1: string, level2: string, name: string, content: string, points: number, score: number): Row {
  return projectIndicator(level1, level2, name, "", content, "", QUALITATIVE_DONE, points, score);
}

const PROJECT_INDICATOR_HEADER: Row[] = [
  ["绩效指标", "一级指标", "二级指标", "三级指标", "年度目标值", "", "", "全年完成值", "完成程度", "分值", "得分", "未完成原因分析", "", "", "", "", "改进措施"],
  ["", "", "", "", "运算符号", "内容", "度量单位", "", "", "", "", "经费保障", "制度保障", "人员保障", "硬件条件保障", "其他", "", "原因说明"],
];

/** The year-start title block of a project sheet, the name's value in `nameCol`. */
function projectHead(title: string, name: string, nameCol: number): Row[] {
  const valueRow = (label: string, value: string): Row => {
    const row: Row = [label];
    row[nameCol - 1] = value;
    return row;
  };
  return [
    [title],
    ["(2024年度)"],
    valueRow("项目(政策)名称", name),
    valueRow("主管部门", "中共朝阳市委办公室-"),
    valueRow("实施单位", "中共朝阳市委办公室-"),
  ];
}

/** 党委工作经费缺口: consistent throughout. */
export function project1(name = "项目自评-党委工作经费缺口"): SheetGrid {
  return withLabelMerges(sheetFromRows(name, [
    ...projectHead("预算项目(政策)绩效自评表", "党委工作经费缺口", 3),
    ["项目预算金额(万元)", 112.83, "", "", "全年执行数(万元)", "", "", 104.72, "", "", "执行率", "", pct(0.9281)],
    ["年度总体目标", "年初设定目标", "", "", "", "", "", "", "全年实际完成情况"],
    ["", "确保市委及市委办正常运转，完成全年各项工作任务。", "", "", "", "", "", "", "完成了市委及市委办全年各项工作任务。"],
    ...PROJECT_INDICATOR_HEADER,
    projectIndicator("产出指标", "数量指标", "安全执行机要交通任务数量", ">=", 80, "次", 80, 12.5, 12.5),
    projectIndicator("", "", "购买打印纸等办公用品", ">=", 100, "件", 100, 12.5, 12.5),
    projectIndicator("", "质量指标", "监督检查任务完成率", "=", 100, "%", 100, 12.5, 12.5),
    projectIndicator("", "", "采购质量验收合格率", ">=", 100, "%", 100, 12.5, 12.5),
    projectIndicator("效益指标", "社会效益指标", "公文拟办意见采用率", ">=", 95, "%", 100, 20, 20),
    projectQualitative("", "可持续影响指标", "规范执行法规政策", "规范执行", 20, 20),
    ["指标自评得分小计", "", "", 90, "", "", "预算执行率得分", "", "", 9.28, "", "减分项", "", 0, "绩效自评总得分", "", 99.28],
  ]));
}

/** 党委专项业务经费: 138.47 ÷ 146.4 = 94.58% shown as 94.59% (a 尾差). */
export function project2(name = "项目自评-党委专项业务经费"): SheetGrid {
  return withLabelMerges(sheetFromRows(name, [
    ...projectHead("预算项目(政策)绩效自评表", "党委专项业务经费", 4),
    ["项目预算金额(万元)", "", "", 146.4, "全年执行数(万元)", "", "", 138.47, "执行率", "", "", pct(0.9459)],
    ["年度总体目标", "年初设定目标", "", "", "", "", "", "", "", "", "全年实际完成情况"],
    ["", "保障市委和市委办正常运转，提高服务水平。", "", "", "", "", "", "", "", "", "保障了市委和市委办正常运转。"],
    ...PROJECT_INDICATOR_HEADER,
    projectIndicator("产出指标", "数量指标", "举办各类会议次数", "=", 40, "次", 40, 8.3, 8.3),
    projectIndicator("", "", "开展专项督查工作", ">=", 10, "次", 10, 8.3, 8.3),
    projectIndicator("", "质量指标", "监督检查完成率", ">=", 99, "%", 100, 8.3, 8.3),
    projectIndicator("", "", "经费支出规范率", "=", 100, "%", 100, 8.3, 8.3),
    projectIndicator("", "时效指标", "资金使用合规率", ">=", 100, "%", 100, 8.5, 8.5),
    projectIndicator("", "", "保障及时率", "=", 100, "%", 100, 8.3, 8.3),
    projectQualitative("效益指标", "社会效益指标", "确保机关事业单位平稳运行", "平稳运行", 20, 20),
    projectQualitative("", "可持续影响指标", "健全长效机制", "健全", 20, 20),
    ["指标自评得分小计", "", "", 90, "预算执行率得分", "", "", 9.46, "减分项", "", 0, "绩效自评总得分", "", "", 99.46],
  ]));
}

/** 招商引资专项经费 as extracted: a row is missing (分值 76.7, 小计 90), and 11.51 ÷ 20 = 57.55% shows 57.56%. */
export function project3(name = "项目自评-招商引资专项经费"): SheetGrid {
  return withLabelMerges(sheetFromRows(name, [
    ...projectHead("预算项目(政策)绩效自评表", "招商引资专项经费", 3),
    ["项目预算金额(万元)", "", 20, "全年执行数(万元)", "", 11.51, "执行率", "", pct(0.5756)],
    ["年度总体目标", "年初设定目标", "", "", "", "", "", "全年实际完成情况"],
    ["", "控制招商引资工作成本，完成招商引资工作任务。", "", "", "", "", "", "完成了全年招商引资工作。"],
    ...PROJECT_INDICATOR_HEADER,
    projectIndicator("产出指标", "数量指标", "招商推介活动次数", ">=", 1, "次", 1, 8.3, 8.3),
    projectIndicator("", "", "举办招商引资活动数量", ">=", 2, "个", 2, 8.3, 8.3),
    projectIndicator("", "质量指标", "满足市级确定标准", "=", 100, "%", 100, 8.3, 8.3),
    projectIndicator("", "", "资金使用合规性", ">=", 100, "%", 100, 8.5, 8.5),
    projectIndicator("", "时效指标", "项目完成时间", "=", 12, "月", 12, 8.3, 8.3),
    projectQualitative("成本指标", "", "经费支出规范性", "合法合规", 8.3, 8.3),
    projectIndicator("效益指标", "经济效益指标", "招商引资规模增长率", ">=", 10, "%", 10, 13.4, 13.4),
    projectQualitative("", "可持续影响指标", "完成招商指标考核", "完成", 13.3, 13.3),
    ["指标自评得分小计", 90, "预算执行率得分", 5.76, "减分项", 26.756, "绩效自评总得分", 69],
  ]));
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
