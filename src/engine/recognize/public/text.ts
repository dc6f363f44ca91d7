// Text as recognisers compare it. Workbooks split header words with spaces, line breaks and full-width spaces
// ("收 入", "本年\n支出合计"), write brackets full- or half-width and number their rows "一、" or "(1)";
// all of that is noise for recognising a title, a header or an item name.
import { memoizeText } from "../../memo";

/** Removes every kind of whitespace (including U+3000, NBSP and zero-width marks). */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00A0\u3000\u200B-\u200D\u2060\uFEFF]/g, "");
}

/** Full-width digits as ASCII digits ("２０１" → "201"). */
export function asciiDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xff10 + 48));
}

/** The form header words, titles and item names are matched in: no spaces, ASCII brackets and colons, no quotes. */
export const normalizeText = memoizeText((text: string): string =>
  asciiDigits(squeeze(text))
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/：/g, ":")
    .replace(/[“”"‘’'「」『』]/g, "")
);

const ORDINAL = /^(?:[一二三四五六七八九十百]+[、.．]|\(?[一二三四五六七八九十百]+\)[、.．]?|\d+[、.．](?!\d)|\(\d+\)[、.．]?|[①-⑳])/;

/**
 * An item name without its numbering and lead-in: "一、一般公共服务支出" → "一般公共服务支出",
 * "其中:(1)公务用车运行维护费" → "公务用车运行维护费". Expects normalised text.
 */
export const stripOrdinal = memoizeText((text: string): string => {
  let rest = text.replace(/^其中[:,，]?/, "");
  for (let i = 0; i < 3; i++) {
    const next = rest.replace(ORDINAL, "").replace(/^其中[:,，]?/, "");
    if (next === rest) break;
    rest = next;
  }
  return rest;
});

/** Digits only (a code or a column number), after normalisation. */
export function isDigits(text: string): boolean {
  return /^\d+$/.test(text);
}

/** Text that reads as a figure ("2,259.73", "(1.23)", "98.00%"): a data cell, never a header word. */
export function looksNumeric(text: string): boolean {
  return /\d/.test(text) && /^[(-]?[\d,]*\.?\d+%?\)?$/.test(text.replace(/[．]/g, "."));
}

/** Text made only of dashes: a zero in a data row. */
export function isDashes(text: string): boolean {
  return /^[-—–─－_]+$/.test(text);
}
