// Reading figures out of narrative text. Offsets always refer to the cell's text as typed, so fill can put a
// value exactly where a placeholder stood. Years, dates and list numbers ("1.", "(1)") are not figures.
import { Amount, amountOf, parseFigureText } from "../amount";
import { memoizeText } from "../memo";
import { TextFigure } from "./types";

/** Placeholders finance-bureau templates leave for numbers: XX, ××, X.XX, ___. */
export const PLACEHOLDER_SOURCE = "[XxＸ×][.．][XxＸ×]{1,2}|[XxＸ×]{2,}|[_＿]{2,}";

const NUMBER_SOURCE = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";

/** Units a figure may carry; longer forms first (人次 before 人, 万元 before 元). */
const UNIT_SOURCE = "万元|亿元|元|万(?![\\u4e00-\\u9fa5])|万(?=[（(])|%|人次|批次|个|人|辆|台|套|分|次|件|家|名|年|月|日|号";

const FIGURE_PATTERN = new RegExp(`(?<![\\d.A-Za-z×_＿])(${PLACEHOLDER_SOURCE}|${NUMBER_SOURCE})([ \\t\\u00A0\\u3000]*)(${UNIT_SOURCE})?`, "g");

const DATE_UNITS = new Set(["年", "月", "日", "号"]);

function toAsciiFigures(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xff10 + 48))
    .replace(/．/g, ".")
    .replace(/％/g, "%");
}

/**
 * The same text with full-width digits, dots and percent signs made ASCII, character for character, so offsets
 * stay valid. Each paragraph of a cell scans the whole cell's text: it is made ASCII once per distinct text.
 */
export const asciiFigures = memoizeText(toAsciiFigures, 2000);

const WHOLE_PLACEHOLDER = new RegExp(`^(?:${PLACEHOLDER_SOURCE})$`);

function isPlaceholder(raw: string): boolean {
  return WHOLE_PLACEHOLDER.test(raw);
}

/** Where list numbering ends at the start of a line ("1. ", "(2)", "（三）", "一、"): figures start after it. */
export function ordinalLength(line: string): number {
  const match = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)][、.．]?|\d+[、.．](?!\d)|[①-⑳])\s*/.exec(line);
  return match ? match[0].length : 0;
}

// A narrative restates the same figures in many paragraphs, and every check reads it again: each text once.
const parseTextFigure = memoizeText((text: string) => parseFigureText(text));

function inTenThousands(amount: Amount): Amount {
  return amountOf(amount.value.div(10000), amount.decimals + 4);
}

/** Every figure and placeholder in `text[from, to)`, in order. */
export function scanFigures(text: string, from = 0, to = text.length): TextFigure[] {
  const scan = asciiFigures(text);
  const figures: TextFigure[] = [];
  const lineStart = from + ordinalLength(text.slice(from, to));
  FIGURE_PATTERN.lastIndex = lineStart;
  let match: RegExpExecArray | null;
  while ((match = FIGURE_PATTERN.exec(scan)) !== null) {
    const start = match.index;
    if (start >= to) break;
    const raw = match[1];
    const unit = match[3] ?? "";
    const end = start + raw.length;
    const unitEnd = unit ? start + match[0].length : end;
    if (DATE_UNITS.has(unit)) continue;
    // "(1)" and "（2）" inside a sentence number a list.
    if (/[（(]\s*$/.test(scan.slice(Math.max(from, start - 2), start)) && /^\s*[）)]/.test(scan.slice(end, end + 2)) && !unit) continue;
    const placeholder = isPlaceholder(raw);
    const figure: TextFigure = { start, end, raw: text.slice(start, end), placeholder, unit, unitEnd };
    if (!placeholder) {
      const parsed = parseTextFigure(raw + (unit === "%" ? "%" : ""));
      // A figure in 元 is read in 万元, exactly: 12345.67 元 is 1.234567 万元, its rounding ±0.005 元.
      if (parsed.kind === "amount") figure.amount = unit === "元" ? inTenThousands(parsed.amount) : parsed.amount;
    }
    figures.push(figure);
  }
  return figures;
}

/** The form phrases are compared in: no whitespace, ASCII brackets and colons, no quotes. */
export const normalizePhrase = memoizeText((text: string): string =>
  toAsciiFigures(text)
    .replace(/[\s\u00A0\u3000\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/：/g, ":")
    .replace(/[“”"‘’'「」『』]/g, "")
);

/**
 * The item a lead names: "1. 财政拨款收入" → "财政拨款收入", "其中：基本支出" → "基本支出", "2024 年度财政拨款支出"
 * → "财政拨款支出", "今年收入总计" → "收入总计". Expects the text between the last delimiter and the figure.
 */
export function itemPhrase(lead: string): string {
  let phrase = normalizePhrase(lead);
  for (let i = 0; i < 4; i++) {
    const next = phrase
      .replace(/^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)[、.]?|\d+[、.](?!\d)|[①-⑳])/, "")
      .replace(/^(?:其中|包括|具体包括|主要包括)[:,]?/, "")
      .replace(/^(?:\d{4}年度?|本年度|本年|今年|当年|全年|年末)/, "");
    if (next === phrase) break;
    phrase = next;
  }
  return phrase.replace(/(?:为|共计|达到|达|是|累计)$/, "");
}

/** Offsets of the sentences of `text[from, to)`: split after 。！？ and line breaks. */
export function sentenceSpans(text: string, from = 0, to = text.length): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (isSentenceEnd(text.charCodeAt(i))) {
      if (holdsText(text, start, i + 1)) spans.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (holdsText(text, start, to)) spans.push({ start, end: to });
  return spans;
}

/** 。！？!? and a line break, by character code (no one-character string made per character read). */
function isSentenceEnd(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x21 || code === 0x3f || code === 0x0a;
}
const NON_SPACE = /\S/g;

/** Whether text[start, end) holds anything but whitespace (what trim() would leave), without slicing it out. */
function holdsText(text: string, start: number, end: number): boolean {
  NON_SPACE.lastIndex = start;
  const found = NON_SPACE.exec(text);
  return found !== null && found.index < Math.min(end, text.length);
}

/** Characters that end the phrase naming a figure. */
export const CLAUSE_DELIMITERS = "，。；：,;:、！？!?\n";
const DELIMITER_CODES = new Set([...CLAUSE_DELIMITERS].map((ch) => ch.charCodeAt(0)));

/** The start of the clause that ends at `position`: after the last delimiter, not before `floor`. */
export function clauseStart(text: string, position: number, floor = 0): number {
  for (let i = position - 1; i >= floor; i--) {
    if (DELIMITER_CODES.has(text.charCodeAt(i))) return i + 1;
  }
  return floor;
}
