// Row labels of the code tables (02, 03, 05, 06, 08, 09): a code and a name, in one cell ("201 一般公共服务支出")
// or two, or the code split over 类 | 款 | 项 columns ("201" "31" "01" → 2013101), codes as text or numbers.
// Split layouts sometimes print only the lower part on lower rows (" " "31" "01"): the upper part carries down.
import { functionalCategoryByName } from "../../codes";
import { HeaderBlock, isLabelWord } from "./headers";
import { asciiDigits, isDigits, normalizeText, stripOrdinal } from "./text";
import { SheetView } from "./view";

interface SplitColumns {
  /** 类, 款 and (functional) 项 columns. */
  parts: number[];
}

export interface LabelLayout {
  /** Columns holding codes and names, left to right (行次 columns left out). */
  columns: number[];
  split?: SplitColumns;
}

interface RowLabel {
  /** Digits as read ("2013101"), possibly of a wrong length; undefined when the row shows none. */
  code?: string;
  /** The name as the workbook shows it. */
  name: string;
  /** The 合计 / 总计 row. */
  isTotal: boolean;
  /** Text in the label cells that is neither a code nor a name the recogniser can place. */
  raw: string;
  /** Nothing in the label cells. */
  empty: boolean;
}

const SPLIT_WORDS = ["类", "款", "项"];

/**
 * Finds 类 | 款 | 项 columns among `columns` from the header rows, or from the first data row when the 合计 row
 * shares its row with those labels.
 */
export function findSplitColumns(view: SheetView, header: HeaderBlock, columns: number[]): SplitColumns | undefined {
  const parts: number[] = [];
  for (const word of SPLIT_WORDS) {
    let found = 0;
    for (let row = header.top; row <= header.dataStart && !found; row++) {
      found = columns.find((col) => view.text(row, col) === word) ?? 0;
    }
    if (!found) break;
    parts.push(found);
  }
  return parts.length >= 2 ? { parts } : undefined;
}

const TOTAL_NAMES = new Set(["合计", "总计", "本年收入合计", "本年支出合计", "收入合计", "支出合计"]);

function isTotalName(text: string): boolean {
  return TOTAL_NAMES.has(stripOrdinal(normalizeText(text)));
}

/** A code and name in one cell: "201 一般公共服务支出", "[201]一般公共服务支出". */
const CODE_AND_NAME = /^[[【]?(\d{3,7})[\]】]?\s*([^\d\s].*)$/;

/** Label test for header detection: a code, a code with its name, or a category name. */
export function looksLikeFunctionalLabel(text: string): boolean {
  if (/^2\d{2}(\d{2}){0,2}$/.test(text) || /^2\d{2}(\d{2}){0,2}\D/.test(text)) return true;
  return functionalCategoryByName(stripOrdinal(text)) !== undefined;
}

export function looksLikeEconomicLabel(text: string): boolean {
  return /^3\d{2,4}$/.test(text) || /^3\d{2,4}\D/.test(text) || text.includes("人员经费合计") || text.includes("公用经费合计");
}

/** Joins a split code: 类 of 3 digits, 款 and 项 of 2 (a number 1 in the 款 column is "01"). */
function pad2(digits: string): string {
  return digits.length === 1 ? `0${digits}` : digits;
}

export class LabelReader {
  private carried: string[] = [];

  constructor(
    private readonly view: SheetView,
    private readonly layout: LabelLayout
  ) {}

  read(row: number): RowLabel {
    const view = this.view;
    const split = this.layout.split;
    const shownTexts: string[] = [];
    const names: string[] = [];
    const digitTokens: string[] = [];
    let code: string | undefined;
    let nameFromCode: string | undefined;

    for (const col of this.layout.columns) {
      if (view.isCoveredByMerge(row, col)) continue;
      const raw = view.rawText(row, col);
      const text = normalizeText(raw);
      if (!text || isLabelWord(text)) continue;
      shownTexts.push(raw);
      if (split?.parts.includes(col)) continue;
      if (isDigits(text)) {
        digitTokens.push(text);
        continue;
      }
      const both = CODE_AND_NAME.exec(asciiDigits(raw));
      if (both && code === undefined) {
        code = both[1];
        nameFromCode = both[2].trim();
        continue;
      }
      names.push(raw);
    }

    const splitCode = split ? this.readSplit(row, split, names) : undefined;
    if (splitCode) code = splitCode;
    else if (code === undefined && digitTokens.length > 0) code = joinDigitTokens(digitTokens);

    const name = nameFromCode ?? names.join("");
    return {
      code,
      name,
      isTotal: !code && isTotalName(name),
      raw: shownTexts.join(" "),
      empty: shownTexts.length === 0,
    };
  }

  /** Reads 类 | 款 | 项; text that is not digits there (合计 standing in the 类 column) is a name. */
  private readSplit(row: number, split: SplitColumns, names: string[]): string | undefined {
    const parts: (string | undefined)[] = [];
    for (const col of split.parts) {
      const raw = this.view.isCoveredByMerge(row, col) ? "" : this.view.rawText(row, col);
      const text = normalizeText(raw);
      if (!text || SPLIT_WORDS.includes(text)) parts.push(undefined);
      else if (isDigits(text)) parts.push(text);
      else {
        names.push(raw.trim());
        parts.push(undefined);
      }
    }
    const deepest = parts.reduce((last, part, i) => (part !== undefined ? i : last), -1);
    if (deepest < 0) return undefined;
    const joined: string[] = [];
    for (let i = 0; i <= deepest; i++) {
      const part = parts[i] ?? this.carried[i];
      if (part === undefined) return parts.filter(Boolean).join("");
      joined.push(i === 0 ? part : pad2(part));
    }
    this.carried = joined.slice();
    return joined.join("");
  }
}

/** "201" "31" "01" typed into unlabelled columns: one code. Otherwise the first digits are the code. */
function joinDigitTokens(tokens: string[]): string {
  if (tokens.length > 1 && tokens[0].length === 3 && tokens.slice(1).every((t) => t.length <= 2)) {
    return tokens[0] + tokens.slice(1).map(pad2).join("");
  }
  return tokens[0];
}
