// An Amount is a figure as the accountant sees it: a decimal value plus the number of decimals it was shown
// with. The shown precision matters: 1672.09 stands for every value in [1672.085, 1672.095], and telling a
// rounding tail (尾差) from an error depends on it. Never converted through a JavaScript float.
import { Decimal, DecimalInput, roundTo } from "./decimal";
import { GridCell, isCellError } from "./grid";
import { memoizeText } from "./memo";

export interface Amount {
  /** The shown value in natural units: a percentage as a ratio (74.00% → 0.74). */
  value: Decimal;
  /** Decimals of `value` that were shown (74.00% → 4, 1672.09 → 2). */
  decimals: number;
  /** Shown as a percentage. */
  percent: boolean;
}

type ParsedCell =
  | { kind: "blank" }
  | { kind: "amount"; amount: Amount }
  | { kind: "invalid"; reason: string };

interface ParseOptions {
  /** Decimals assumed for a number in General format that shows fewer (万元 tables: 2). */
  minDecimals?: number;
}

export function amountOf(value: DecimalInput, decimals: number, percent = false): Amount {
  return { value: new Decimal(value), decimals, percent };
}

/** Decimals a number shows in its shortest form (General format): 1837.28 → 2, 100 → 0. */
function decimalsOfValue(value: Decimal): number {
  return Math.min(value.decimalPlaces(), 10);
}

interface FormatShape {
  decimals: number;
  percent: boolean;
  general: boolean;
}

/** Reads the decimals and the percent sign of the positive section of an Excel number format. */
export function formatShape(numFmt: string | undefined): FormatShape {
  return shapeOfFormat(numFmt ?? "General");
}

// A workbook uses a handful of formats for thousands of cells: each is read once (shapes are frozen, shared).
const shapeOfFormat = memoizeText((numFmt: string): FormatShape => Object.freeze(readFormatShape(numFmt)));

function readFormatShape(numFmt: string): FormatShape {
  const format = numFmt.trim();
  if (format === "" || /^general$/i.test(format) || format === "@") return { decimals: 0, percent: false, general: true };
  const section = format
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "");
  const percent = section.includes("%");
  const dot = section.indexOf(".");
  let decimals = 0;
  if (dot >= 0) {
    for (const ch of section.slice(dot + 1)) {
      if (ch === "0" || ch === "#" || ch === "?") decimals++;
      else if (ch !== ",") break;
    }
  }
  if (!/[0#?]/.test(section)) return { decimals: 0, percent: false, general: true };
  return { decimals, percent, general: false };
}

const PLAIN_FIGURE_TEXT = /^[0-9.,%+()-]*$/;

/** Full-width digits and punctuation to ASCII; spaces (including U+3000 and NBSP) and zero-width marks removed. */
export function normalizeFigureText(text: string): string {
  // Most figure texts are plain ASCII already ("1672.09", "98.00%"): nothing below would change them.
  if (PLAIN_FIGURE_TEXT.test(text)) return text;
  return text
    .replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xff10 + 48))
    .replace(/．/g, ".")
    .replace(/，/g, ",")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/％/g, "%")
    .replace(/[－﹣−]/g, "-")
    .replace(/[\s\u00A0\u3000\u200B-\u200D\u2060\uFEFF]/g, "");
}

const DASH_ONLY = /^[-—–─]+$/;
/** × 0.01 is ÷ 100 exactly (both correctly rounded), and far cheaper than a long division. */
const HUNDREDTH = new Decimal("0.01");
const FIGURE = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$|^\.(\d+)$/;

/** Parses a figure typed as text: "2,259.73", "1 234.50", full-width digits, "-" or "—" for zero, "(1.23)", "98.00%". */
export function parseFigureText(raw: string, options: ParseOptions = {}): ParsedCell {
  let text = normalizeFigureText(raw);
  if (text === "") return { kind: "blank" };
  if (DASH_ONLY.test(text)) return { kind: "amount", amount: amountOf(0, options.minDecimals ?? 0) };
  text = text.replace(/(万元|元)$/, "");
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  if (text.startsWith("-")) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith("+")) {
    text = text.slice(1);
  }
  let percent = false;
  if (text.endsWith("%")) {
    percent = true;
    text = text.slice(0, -1);
  }
  const match = FIGURE.exec(text);
  if (!match) return { kind: "invalid", reason: `文本“${raw.trim()}”不是数字` };
  const digits = text.replace(/,/g, "");
  const shownDecimals = match[2]?.length ?? match[3]?.length ?? 0;
  let value = new Decimal(digits);
  if (negative) value = value.negated();
  // `value` is a Decimal of its own: the amount takes it as it is (amountOf would copy it).
  if (percent) return { kind: "amount", amount: { value: value.times(HUNDREDTH), decimals: shownDecimals + 2, percent: true } };
  return { kind: "amount", amount: { value, decimals: Math.max(shownDecimals, 0), percent: false } };
}

/** Decimals of the numbers cells hold, by number: a workbook repeats its figures, and every check reads them again. */
let decimalsByNumber = new Map<number, Decimal>();

function decimalOfNumber(value: number): Decimal {
  // A Map does not tell 0 from −0, which Decimal keeps apart.
  if (value === 0) return new Decimal(value);
  let decimal = decimalsByNumber.get(value);
  if (!decimal) {
    decimal = new Decimal(value);
    if (decimalsByNumber.size >= 20000) decimalsByNumber = new Map();
    decimalsByNumber.set(value, decimal);
  }
  return decimal;
}

/** Parses a Grid cell into an Amount, a blank, or a reason why it is not a figure. */
export function parseCell(cell: GridCell | undefined, options: ParseOptions = {}): ParsedCell {
  if (!cell) return { kind: "blank" };
  const value = cell.value;
  if (value === null || value === undefined) {
    if (cell.formula) return { kind: "invalid", reason: "公式没有计算结果" };
    return { kind: "blank" };
  }
  if (isCellError(value)) return { kind: "invalid", reason: `单元格为错误值 ${value.error}` };
  if (typeof value === "boolean") return { kind: "invalid", reason: "单元格为逻辑值，不是数字" };
  if (value instanceof Date) return { kind: "invalid", reason: "单元格为日期，不是数字" };
  if (typeof value === "string") return parseFigureText(value, options);
  if (!Number.isFinite(value)) return { kind: "invalid", reason: "单元格不是有效数字" };
  const exact = decimalOfNumber(value);
  const shape = formatShape(cell.numFmt);
  if (shape.general) {
    return { kind: "amount", amount: { value: exact, decimals: Math.max(decimalsOfValue(exact), options.minDecimals ?? 0), percent: false } };
  }
  const decimals = shape.percent ? shape.decimals + 2 : shape.decimals;
  return { kind: "amount", amount: { value: roundTo(exact, decimals), decimals, percent: shape.percent } };
}

/** A figure as shown text without grouping: "1672.10", "74.00%". The form `expected`/`actual` use. */
export function formatFigure(value: Decimal, decimals: number, percent = false): string {
  if (percent) return `${value.times(100).toFixed(Math.max(decimals - 2, 0))}%`;
  return value.toFixed(decimals);
}

export function showAmount(amount: Amount): string {
  return formatFigure(amount.value, amount.decimals, amount.percent);
}

/** A figure with thousands separators for people: "1,672.10". */
export function formatGrouped(value: Decimal, decimals: number, percent = false): string {
  const plain = formatFigure(value, decimals, percent);
  const [intPart, rest] = plain.split(".");
  const sign = intPart.startsWith("-") ? "-" : "";
  const digits = sign ? intPart.slice(1) : intPart;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${grouped}${rest !== undefined ? "." + rest : ""}`;
}

/** The Excel number format that shows `decimals` (in natural units) the way an amount or percentage is shown. */
export function numberFormatFor(decimals: number, percent: boolean): string {
  const places = percent ? Math.max(decimals - 2, 0) : decimals;
  const base = places > 0 ? `0.${"0".repeat(places)}` : "0";
  return percent ? `${base}%` : base;
}
