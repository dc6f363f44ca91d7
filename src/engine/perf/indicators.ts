// The indicator table both performance sheets share: 一级/二级/三级指标, 运算符号, 指标值, 度量单位, 全年完成值,
// 完成程度, 分值, 得分 — under one header row, or under 年度目标值 with 运算符号 / 内容 / 度量单位 on the row below.
// Columns are found by their header text; rows run until the footer (小计, 总评价得分, 总分) or the table's end.
// The national forms (财预〔2020〕10号) have neither 运算符号 nor 完成程度 column: the operator and the unit are written
// inside 年度指标值 ("≥95%", "=15.88万元", "≤5%"), and 完成程度 is worked out from it and 实际完成值.
import { Amount } from "../amount";
import { cellAddress } from "../grid";
import { memoizeText } from "../memo";
import { RecognitionNote } from "../rule";
import { figureAt, isAnchor, isBlankRow, labelAt, textAt, SheetReader } from "./cells";
import { Decimal } from "../decimal";
import { FigureCell } from "../tables";
import { PerfIndicator, PerfOperator } from "./types";

type IndicatorColumn =
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
const COLUMN_NAMES: Record<IndicatorColumn, string> = {
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

/** The national forms: 运算符号 and 度量单位 inside 年度指标值, 完成程度 worked out. */
const REQUIRED_NATIONAL: IndicatorColumn[] = ["level3", "target", "actual", "points", "score"];

/** A row that ends the indicator table. */
const FOOTER_LABEL = /指标自评得分小计|得分小计|总评价得分|绩效自评总得分|^总得分$|^总分$|^减分项?$|^自评等级$|^(总)?合计$/;

/** A row inside the table that sums others: never an indicator. */
const SUM_ROW = /^小计$|^合计$/;

const SUB_HEADER = /^(运算符号|运算符|符号|内容|指标值|度量单位|计量单位)$/;

// Asked of every cell of every row of the table (header, repeat and footer tests): each label once.
/** "实际完成值(B)", "执行率(B/A)": the national forms letter some columns; the letters name nothing. */
export const COLUMN_LETTERS = /\([A-Z][A-Z/+\-×÷*]*\)$/;

const classify = memoizeText((label: string): IndicatorColumn | undefined => {
  const words = label.replace(COLUMN_LETTERS, "");
  return COLUMN_WORDS.find(([, pattern]) => pattern.test(words))?.[0];
});

/** Reads 运算符号 as typed: "≥", "＞＝", ">" all mean >=; blank or 定性 is a qualitative indicator. */
export function parseOperator(text: string): { operator: PerfOperator | null; known: boolean } {
  const sign = text.replace(/\s/g, "").replace(/＝/g, "=").replace(/＞/g, ">").replace(/＜/g, "<");
  if (sign === "" || sign === "定性" || sign === "-" || sign === "—") return { operator: null, known: true };
  if (sign === "=" || sign === "==") return { operator: "=", known: true };
  if (/^(>=|≥|≧|>|=>)$/.test(sign)) return { operator: ">=", known: true };
  if (/^(<=|≤|≦|<|=<)$/.test(sign)) return { operator: "<=", known: true };
  return { operator: null, known: false };
}

interface ParsedTarget {
  operator: PerfOperator;
  amount: Amount;
  /** The unit after the number: "%", "次", "万元" ("" when none). */
  unit: string;
}

const SIGN_WORDS: [RegExp, PerfOperator][] = [
  [/^(>=|≥|≧|=>|>|大于等于|大于|不低于|不少于|不小于|至少)/, ">="],
  [/^(<=|≤|≦|=<|<|小于等于|小于|不高于|不超过|不大于|至多|控制在)/, "<="],
  [/^(==|=|等于)/, "="],
];
const SUFFIX_WORDS: [RegExp, PerfOperator][] = [
  [/(及以上|以上)$/, ">="],
  [/(及以下|以下|以内)$/, "<="],
];
const NUMBER_AND_UNIT = /^(\d+(?:\.\d+)?)(%|[^\d.%]{0,4})$/;

/** Half-width signs and digits, no spaces: "＞＝ 95 ％" → ">=95%". */
function normalizeTargetText(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xff10 + 48))
    .replace(/＝/g, "=")
    .replace(/＞/g, ">")
    .replace(/＜/g, "<")
    .replace(/％/g, "%")
    .replace(/．/g, ".")
    .replace(/[\s\u00A0\u3000]/g, "");
}

function numberAndUnit(text: string): { amount: Amount; unit: string } | undefined {
  const match = NUMBER_AND_UNIT.exec(text);
  if (!match) return undefined;
  const digits = match[1];
  const decimals = digits.includes(".") ? digits.length - digits.indexOf(".") - 1 : 0;
  return { amount: { value: new Decimal(digits), decimals, percent: false }, unit: match[2] };
}

/**
 * 年度指标值 as the national forms write it: "≥95%", "=15.88万元", "≤5%", "不低于90%", "10%以上". Undefined for a
 * qualitative target ("按时完成", "好", "管理规范") or a number without an operator: never guessed.
 */
export function parseTargetText(text: string): ParsedTarget | undefined {
  let rest = normalizeTargetText(text);
  let operator: PerfOperator | undefined;
  for (const [words, sign] of SIGN_WORDS) {
    const match = words.exec(rest);
    if (match) {
      operator = sign;
      rest = rest.slice(match[0].length);
      break;
    }
  }
  if (!operator) {
    for (const [words, sign] of SUFFIX_WORDS) {
      const match = words.exec(rest);
      if (match) {
        operator = sign;
        rest = rest.slice(0, rest.length - match[0].length);
        break;
      }
    }
  }
  if (!operator) return undefined;
  const parsed = numberAndUnit(rest);
  return parsed ? { operator, ...parsed } : undefined;
}

/** 实际完成值 typed with its unit ("80次", "15.88%", "100"): the number, when its unit is the target's or none. */
export function parseActualText(text: string, unit: string): Amount | undefined {
  const parsed = numberAndUnit(normalizeTargetText(text));
  if (!parsed) return undefined;
  // A target without a unit ("≥80") takes the completion in whatever unit it was typed.
  return parsed.unit === "" || parsed.unit === unit || unit === "" ? parsed.amount : undefined;
}

interface IndicatorTable {
  headerRow: number;
  /** The last header row (the 运算符号 row under 年度目标值, or the header row itself). */
  headerEnd: number;
  columns: Partial<Record<IndicatorColumn, number>>;
  indicators: PerfIndicator[];
  /** The row of the footer (小计, 总评价得分), when found. */
  footerRow?: number;
  pointsHeaderAddress?: string;
  /** No 运算符号 and no 完成程度 column: 完成程度 is worked out from 年度指标值 and 实际完成值. */
  completionDerived: boolean;
}

interface IndicatorContext {
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

  // No 运算符号 column but a 年度指标值 one: the national forms, the operator written inside the target text. A
  // 完成程度 column beside it (a form mixing the two) is read; without one the completion is worked out.
  const operatorInTarget = columns.operator === undefined && columns.target !== undefined;
  const completionDerived = operatorInTarget && columns.completion === undefined;
  for (const column of operatorInTarget ? REQUIRED_NATIONAL : REQUIRED) {
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
    if (isBlankRow(sheet, row) || isHeaderRepeat(sheet, row) || isSumRow(sheet, row)) continue;
    const name = text(row, "level3");
    const completion = figure(row, "completion");
    const points = figure(row, "points");
    const score = figure(row, "score");
    const figures = [completion, points, score].some((cell) => cell?.state !== "blank");
    if (name === "" && !figures && text(row, "operator") === "") continue;

    level1 = text(row, "level1") || level1;
    level2 = text(row, "level2") || level2;
    if (operatorInTarget) {
      indicators.push(nationalIndicator(sheet, row, columns, { level1, level2, name, completion, points, score }));
      continue;
    }
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
  return { headerRow, headerEnd, columns, indicators, footerRow, pointsHeaderAddress, completionDerived };
}

function isSumRow(sheet: SheetReader, row: number): boolean {
  for (let col = 1; col <= sheet.colCount; col++) {
    if (isAnchor(sheet, row, col) && SUM_ROW.test(labelAt(sheet, row, col))) return true;
  }
  return false;
}

/** A figure that was read out of a text ("≥95%" → 95): addressed at the text's cell. */
function figureFromText(sheet: SheetReader, row: number, col: number, amount: Amount): FigureCell {
  const cell = figureAt(sheet, row, col, { perRow: true });
  return { ...cell, state: "amount", amount, problem: undefined };
}

/**
 * An indicator row of a national form: operator, target and unit from the 年度指标值 text, 实际完成值 as a number
 * (a cell shown as a percentage, or a text with the target's unit). A qualitative one says why it is not scored.
 */
function nationalIndicator(
  sheet: SheetReader,
  row: number,
  columns: Partial<Record<IndicatorColumn, number>>,
  read: Pick<PerfIndicator, "level1" | "level2" | "name" | "completion" | "points" | "score">
): PerfIndicator {
  const targetCol = columns.target!;
  const actualCol = columns.actual;
  const targetText = textAt(sheet, row, targetCol);
  const actualText = actualCol !== undefined ? textAt(sheet, row, actualCol) : "";
  const base: PerfIndicator = { row, ...read, operator: null, targetText, actualText, unit: "" };
  const target = parseTargetText(targetText);
  if (!target) {
    base.notScoredWhy = targetText === "" ? "年度指标值为空" : `定性指标（年度指标值“${targetText}”没有运算符号和数值）`;
    return base;
  }
  base.unit = target.unit;
  let actual: FigureCell | undefined;
  if (actualCol !== undefined) {
    const cell = figureAt(sheet, row, actualCol, { perRow: true });
    if (cell.state === "amount" && typeof sheet.cell(cell.row, cell.col)?.value === "number") actual = cell;
    else {
      const amount = parseActualText(actualText, target.unit);
      if (amount) actual = figureFromText(sheet, row, actualCol, amount);
    }
  }
  if (!actual) {
    base.notScoredWhy =
      actualText === "" ? `实际完成值为空（年度指标值“${targetText}”）` : `实际完成值“${actualText}”不是与年度指标值“${targetText}”同单位的数值`;
    return base;
  }
  // 0.95 typed (not shown as a percentage) against "≥95%": a ratio or 0.95 percent points — it could mean either.
  const plain = actual.amount && !actual.amount.percent ? actual.amount.value : undefined;
  if (target.unit === "%" && plain && plain.abs().lte(1) && !plain.isZero() && target.amount.value.gt(1)) {
    base.notScoredWhy = `实际完成值“${actualText}”既可读作 ${plain.times(100).toString()}% 也可读作 ${plain.toString()}%（年度指标值“${targetText}”）`;
    return base;
  }
  return { ...base, operator: target.operator, target: figureFromText(sheet, row, targetCol, target.amount), actual };
}

/**
 * The figures of a closing row. The national forms put 总分 (or 减分项) alone at the row's start and its figures
 * under the indicator table's 分值 and 得分 columns (总分 | … | 100 | 94.14): read by column, the 100 is the 分值,
 * never the score. The provincial footer puts each value right of its label (小计 | 90 | 预算执行率得分 | 9.28 …).
 */
export function closingFigures(
  sheet: SheetReader,
  hit: { row: number; col: number },
  table: IndicatorTable | undefined,
  isLabel: (label: string) => boolean
): { value: FigureCell; points?: FigureCell } | undefined {
  const scoreCol = table?.columns.score;
  const labelRight = sheet.mergeAt(hit.row, hit.col)?.right ?? hit.col;
  if (scoreCol === undefined || scoreCol <= labelRight) return undefined;
  for (let col = 1; col <= sheet.colCount; col++) {
    if (col === hit.col || !isAnchor(sheet, hit.row, col)) continue;
    if (isLabel(labelAt(sheet, hit.row, col))) return undefined;
  }
  const pointsCol = table!.columns.points;
  return {
    value: figureAt(sheet, hit.row, scoreCol),
    points: pointsCol !== undefined && pointsCol > labelRight ? figureAt(sheet, hit.row, pointsCol) : undefined,
  };
}
