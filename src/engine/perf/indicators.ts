// The indicator table both performance sheets share: 一级/二级/三级指标, 运算符号, 指标值, 度量单位, 全年完成值,
// 完成程度, 分值, 得分 — under one header row, or under 年度目标值 with 运算符号 / 内容 / 度量单位 on the row below.
// Columns are found by their header text; rows run until the footer (小计, 总评价得分) or the table's end.
import { cellAddress } from "../grid";
import { memoizeText } from "../memo";
import { RecognitionNote } from "../rule";
import { figureAt, isAnchor, isBlankRow, labelAt, textAt, SheetReader } from "./cells";
import { PerfIndicator, PerfOperator } from "./types";

export type IndicatorColumn =
  | "level1"
  | "level2"
  | "level3"
  | "operator"
  | "target"
  | "unit"
  | "actual"
  | "completion"
  | "points"
  | "score";

/** Header words of each column (normalised: no spaces, half-width brackets). */
const COLUMN_WORDS: [IndicatorColumn, RegExp][] = [
  ["level1", /^一级指标$/],
  ["level2", /^二级指标$/],
  ["level3", /^(三级指标|指标名称)$/],
  ["operator", /^(运算符号|运算符|符号)$/],
  ["target", /^(指标值|内容|目标值|年度指标值|年度目标值)$/],
  ["unit", /^(度量单位|计量单位|单位)$/],
  ["actual", /^(全年)?(实际)?完成值$/],
  ["completion", /^完成程度$/],
  ["points", /^(指标)?分值$|^权重(分)?$/],
  ["score", /^(自评|指标)?得分$/],
];

/** Chinese names of the columns, for notes about a missing one. */
export const COLUMN_NAMES: Record<IndicatorColumn, string> = {
  level1: "一级指标",
  level2: "二级指标",
  level3: "三级指标",
  operator: "运算符号",
  target: "指标值",
  unit: "度量单位",
  actual: "全年完成值",
  completion: "完成程度",
  points: "分值",
  score: "得分",
};

/** Without these the sheet's scores cannot be checked; a missing one is reported. */
const REQUIRED: IndicatorColumn[] = ["level3", "operator", "target", "actual", "completion", "points", "score"];

/** A row that ends the indicator table. */
export const FOOTER_LABEL = /指标自评得分小计|得分小计|总评价得分|绩效自评总得分|^总得分$/;

const SUB_HEADER = /^(运算符号|运算符|符号|内容|指标值|度量单位|计量单位)$/;

// Asked of every cell of every row of the table (header, repeat and footer tests): each label once.
const classify = memoizeText((label: string): IndicatorColumn | undefined => COLUMN_WORDS.find(([, words]) => words.test(label))?.[0]);

/** Reads 运算符号 as typed: "≥", "＞＝", ">" all mean >=; blank or 定性 is a qualitative indicator. */
export function parseOperator(text: string): { operator: PerfOperator | null; known: boolean } {
  const sign = text.replace(/\s/g, "").replace(/＝/g, "=").replace(/＞/g, ">").replace(/＜/g, "<");
  if (sign === "" || sign === "定性" || sign === "-" || sign === "—") return { operator: null, known: true };
  if (sign === "=" || sign === "==") return { operator: "=", known: true };
  if (/^(>=|≥|≧|>|=>)$/.test(sign)) return { operator: ">=", known: true };
  if (/^(<=|≤|≦|<|=<)$/.test(sign)) return { operator: "<=", known: true };
  return { operator: null, known: false };
}

export interface IndicatorTable {
  headerRow: number;
  /** The last header row (the 运算符号 row under 年度目标值, or the header row itself). */
  headerEnd: number;
  columns: Partial<Record<IndicatorColumn, number>>;
  indicators: PerfIndicator[];
  /** The row of the footer (小计, 总评价得分), when found. */
  footerRow?: number;
  pointsHeaderAddress?: string;
}

export interface IndicatorContext {
  sheet: SheetReader;
  /** The rows the table may occupy. */
  top: number;
  bottom: number;
  table: "perf-unit" | "perf-project";
  /** "项目“招商引资专项经费”": how notes name the sheet. */
  subject: string;
  notes: RecognitionNote[];
}

function findHeaderRow(sheet: SheetReader, top: number, bottom: number): number | undefined {
  for (let row = top; row <= bottom; row++) {
    let hasLevel = false;
    let hasScore = false;
    for (let col = 1; col <= sheet.colCount; col++) {
      const kind = classify(labelAt(sheet, row, col));
      if (kind === "level3" || kind === "level1") hasLevel = true;
      if (kind === "points" || kind === "score") hasScore = true;
    }
    if (hasLevel && hasScore) return row;
  }
  return undefined;
}

function rowHasSubHeader(sheet: SheetReader, row: number): boolean {
  for (let col = 1; col <= sheet.colCount; col++) {
    if (isAnchor(sheet, row, col) && SUB_HEADER.test(labelAt(sheet, row, col))) return true;
  }
  return false;
}

function isFooterRow(sheet: SheetReader, row: number): boolean {
  for (let col = 1; col <= sheet.colCount; col++) {
    if (isAnchor(sheet, row, col) && FOOTER_LABEL.test(labelAt(sheet, row, col))) return true;
  }
  return false;
}

function isHeaderRepeat(sheet: SheetReader, row: number): boolean {
  for (let col = 1; col <= sheet.colCount; col++) {
    const kind = classify(labelAt(sheet, row, col));
    if (kind === "level3" || kind === "level1") return true;
  }
  return false;
}

/** Finds and reads the indicator table within [top, bottom]; notes what is missing. */
export function readIndicatorTable(context: IndicatorContext): IndicatorTable | undefined {
  const { sheet, top, bottom, notes } = context;
  const headerRow = findHeaderRow(sheet, top, bottom);
  if (headerRow === undefined) return undefined;
  const headerEnd = headerRow + 1 <= bottom && rowHasSubHeader(sheet, headerRow + 1) ? headerRow + 1 : headerRow;

  // The row under 年度目标值 names its columns more precisely, so it is read first; the first column wins.
  const columns: Partial<Record<IndicatorColumn, number>> = {};
  for (let col = 1; col <= sheet.colCount; col++) {
    const sub = headerEnd > headerRow ? classify(labelAt(sheet, headerEnd, col)) : undefined;
    const kind = sub ?? classify(labelAt(sheet, headerRow, col));
    if (kind && columns[kind] === undefined) columns[kind] = col;
  }

  for (const column of REQUIRED) {
    if (columns[column] !== undefined) continue;
    notes.push({
      severity: "warning",
      table: context.table,
      sheet: sheet.name,
      cell: cellAddress(headerRow, 1),
      related: [],
      expected: null,
      actual: null,
      message: `${context.subject}：绩效指标表未找到“${COLUMN_NAMES[column]}”列，涉及它的得分无法核对`,
    });
  }

  const indicators: PerfIndicator[] = [];
  let footerRow: number | undefined;
  let level1 = "";
  let level2 = "";
  const text = (row: number, column: IndicatorColumn) => (columns[column] !== undefined ? textAt(sheet, row, columns[column]!) : "");
  const figure = (row: number, column: IndicatorColumn) =>
    columns[column] !== undefined ? figureAt(sheet, row, columns[column]!, { perRow: true }) : undefined;

  for (let row = headerEnd + 1; row <= bottom; row++) {
    if (isFooterRow(sheet, row)) {
      footerRow = row;
      break;
    }
    if (isBlankRow(sheet, row) || isHeaderRepeat(sheet, row)) continue;
    const name = text(row, "level3");
    const completion = figure(row, "completion");
    const points = figure(row, "points");
    const score = figure(row, "score");
    const figures = [completion, points, score].some((cell) => cell?.state !== "blank");
    if (name === "" && !figures && text(row, "operator") === "") continue;

    level1 = text(row, "level1") || level1;
    level2 = text(row, "level2") || level2;
    const operatorText = text(row, "operator");
    const { operator, known } = parseOperator(operatorText);
    const operatorAddress = columns.operator !== undefined ? cellAddress(row, columns.operator) : undefined;
    if (!known) {
      notes.push({
        severity: "warning",
        table: context.table,
        sheet: sheet.name,
        cell: operatorAddress!,
        related: [],
        expected: null,
        actual: operatorText,
        message: `${context.subject}：“${name}”的运算符号“${operatorText}”无法识别（应为 =、>=、<=，定性指标留空），按定性指标处理，完成程度未核对`,
      });
    }
    indicators.push({
      row,
      level1,
      level2,
      name,
      operator,
      operatorAddress,
      target: operator ? figure(row, "target") : undefined,
      actual: operator ? figure(row, "actual") : undefined,
      targetText: text(row, "target"),
      actualText: text(row, "actual"),
      unit: text(row, "unit"),
      completion,
      points,
      score,
    });
  }

  const pointsHeaderAddress =
    columns.points !== undefined ? cellAddress(headerRow, columns.points) : cellAddress(headerRow, 1);
  return { headerRow, headerEnd, columns, indicators, footerRow, pointsHeaderAddress };
}
