// Header rows: where they start, where the data starts, and what each column is called. Columns are mapped
// by their header text, never by position. A header may span two or three rows (a group such as 本年支出 over
// 小计 | 基本支出 | 项目支出), be merged, or be split by spaces and line breaks; the 栏次 row (1, 2, 3 …) may
// follow it or not.
import { isDashes, isDigits, looksNumeric, normalizeText } from "./text";
import { SheetView } from "./view";

/** How far below the title the header may start. */
const HEADER_SEARCH_ROWS = 20;
/** How many rows a header may take (blank rows inside it not counted). */
const MAX_HEADER_ROWS = 8;

interface HeaderWords {
  /** Normalised whole-cell words; the first row holding one opens the header. */
  start: ReadonlySet<string>;
  /** A data row's label for this kind (a code, an item name): marks a data row even when its figures are blank. */
  isRowLabel?: (text: string) => boolean;
}

export interface HeaderBlock {
  /** First and last header rows. */
  top: number;
  bottom: number;
  /** First data row (after the 栏次 row when there is one). */
  dataStart: number;
  /** Leftmost and rightmost columns holding header text. */
  left: number;
  right: number;
  /** Header texts by column, top to bottom; a text merged over several columns stands in each of them. */
  stacks: Map<number, string[]>;
  /**
   * Columns of the first data row that hold the sub-headers of a group above them instead of figures: the
   * Shanghai 08 / 09 print their 合计 row on the line of 本年支出's 合计 | 基本支出 | 项目支出.
   */
  subHeadersInDataRow?: { row: number; columns: number[] };
}

/** Words that head the code / name / row-number columns, not figures. */
export function isLabelWord(text: string): boolean {
  return (
    // 类款项: the three split labels printed in one cell (生态环境局's 合计 row carries them in its code cell).
    /^(项目|栏次|行次|类|款|项|类款项|类款|项目名称)$/.test(text) ||
    text.includes("编码") ||
    text.includes("代码") ||
    text.includes("名称")
  );
}

/** 类 | 款 | 项 may share their row with the 合计 row. */
const SPLIT_LABELS = new Set(["类", "款", "项"]);

function isLabelColumn(stack: string[] | undefined): boolean {
  return !stack || stack.every(isLabelWord);
}

/** The 栏次 row: "栏次" in it, or nothing but the column numbers 1, 2, 3 … */
export function isColumnNumberRow(view: SheetView, row: number): boolean {
  const numbers: number[] = [];
  for (const col of view.filledColumns(row)) {
    const text = view.text(row, col);
    if (text === "栏次") return true;
    if (isDashes(text)) continue;
    if (!isDigits(text)) return false;
    numbers.push(Number(text));
  }
  return numbers.length >= 2 && numbers.every((n, i) => n === i + 1);
}

/** The 注： line (or 备注： / 说明：) that ends the data. */
export function isNoteRow(view: SheetView, row: number): boolean {
  return noteText(view, row, /^(注|备注|说明|填表说明)(:|\d|$)/);
}

/**
 * A note that ends a header: under an empty table the 注： line follows the header at once. Only a note with its
 * colon or number ("注：本表…", "注1"): a header cell may be called 说明 or 备注.
 */
function isNoteUnderHeader(view: SheetView, row: number): boolean {
  return noteText(view, row, /^(注|备注|说明|填表说明)(:|\d)/);
}

function noteText(view: SheetView, row: number, pattern: RegExp): boolean {
  const first = view.filledColumns(row)[0];
  if (first === undefined) return false;
  return pattern.test(normalizeText(view.rawText(row, first)));
}

/** The header texts of one row, spread over the columns a merged cell covers. */
function headerTextsOfRow(view: SheetView, row: number): Map<number, string> {
  const texts = new Map<number, string>();
  for (let col = 1; col <= view.lastColumn; col++) {
    const merge = view.mergeAt(row, col);
    // A cell merged down from a row above was read with that row.
    if (merge && merge.top !== row) continue;
    const text = merge ? view.text(merge.top, merge.left) : view.text(row, col);
    if (text) texts.set(col, text);
  }
  return texts;
}

/**
 * A data row holds a figure (or a code typed as a number), or a row label: 合计 under 项目, a code, an item name.
 * A row that also holds a header word (项目, 行次, 基本支出 …) is a header row however its other cells read:
 * 合计 beside 基本支出 names a column (tables 04, 05, 09), not the total row.
 */
function isDataRow(view: SheetView, row: number, stacks: Map<number, string[]>, words: HeaderWords): boolean {
  let label = false;
  let headerWord = false;
  for (const col of view.filledColumns(row)) {
    if (view.holdsNumberOrError(row, col)) return true;
    const text = view.text(row, col);
    if (looksNumeric(text)) return true;
    if (text === "合计" || text === "总计") {
      if (isLabelColumn(stacks.get(col))) label = true;
    } else if (words.start.has(text) || (isLabelWord(text) && !SPLIT_LABELS.has(text))) {
      headerWord = true;
    } else if (words.isRowLabel?.(text)) {
      label = true;
    }
  }
  return label && !headerWord;
}

/** Finds the header below a table's title, within [from, limit]. */
export function findHeader(view: SheetView, from: number, limit: number, words: HeaderWords): HeaderBlock | undefined {
  const searchEnd = Math.min(limit, from + HEADER_SEARCH_ROWS);
  let top = 0;
  for (let row = from; row <= searchEnd && !top; row++) {
    if (view.filledColumns(row).some((col) => words.start.has(view.text(row, col)))) top = row;
  }
  if (!top) return undefined;

  const stacks = new Map<number, string[]>();
  const addRow = (row: number) => {
    for (const [col, text] of headerTextsOfRow(view, row)) {
      const stack = stacks.get(col);
      if (stack) stack.push(text);
      else stacks.set(col, [text]);
    }
  };
  addRow(top);

  let bottom = top;
  let numbersRow = 0;
  let dataStart = 0;
  let headerRows = 1;
  const scanEnd = Math.min(limit, top + HEADER_SEARCH_ROWS);
  for (let row = top + 1; row <= scanEnd; row++) {
    if (view.isBlankRow(row)) continue;
    // An empty table's header runs into its note: the note is not header text.
    if (isNoteUnderHeader(view, row)) {
      dataStart = row;
      break;
    }
    if (isColumnNumberRow(view, row)) {
      numbersRow = row;
      continue;
    }
    // Whatever follows the 栏次 row is data.
    if (numbersRow || isDataRow(view, row, stacks, words)) {
      dataStart = row;
      break;
    }
    if (headerRows >= MAX_HEADER_ROWS) break;
    addRow(row);
    bottom = row;
    headerRows++;
  }
  if (!dataStart) dataStart = Math.min(Math.max(bottom, numbersRow) + 1, limit + 1);

  const columns = [...stacks.keys()];
  const block: HeaderBlock = {
    top,
    bottom,
    dataStart,
    left: Math.min(...columns),
    right: Math.max(...columns),
    stacks,
  };
  const shared = subHeadersOfDataRow(view, block);
  if (shared.length > 0) {
    for (const [col, text] of shared) stacks.get(col)!.push(text);
    block.subHeadersInDataRow = { row: dataStart, columns: shared.map(([col]) => col) };
  }
  return block;
}

/**
 * Words in the first data row under a group header that spans several columns (本年支出 over three): they are
 * the group's sub-headers, printed on the 合计 row's line. Only when every column under the group has one and
 * none is a figure, so a data row's text (a name, a stray note) is never taken for a header.
 */
function subHeadersOfDataRow(view: SheetView, header: HeaderBlock): [number, string][] {
  const row = header.dataStart;
  if (isNoteUnderHeader(view, row)) return [];
  const out: [number, string][] = [];
  const groups = new Map<string, number[]>();
  for (const [col, stack] of header.stacks) {
    if (isLabelColumn(stack)) continue;
    const key = stack.join("\u0000");
    groups.set(key, [...(groups.get(key) ?? []), col]);
  }
  for (const cols of groups.values()) {
    if (cols.length < 2) continue;
    cols.sort((a, b) => a - b);
    if (cols.some((c, i) => i > 0 && c !== cols[i - 1] + 1)) continue;
    const texts = cols.map((col) => (view.holdsNumberOrError(row, col) ? "" : view.text(row, col)));
    if (texts.some((t) => !t || looksNumeric(t) || isDashes(t))) continue;
    if (new Set(texts).size !== texts.length) continue;
    cols.forEach((col, i) => out.push([col, texts[i]]));
  }
  return out;
}

/**
 * Whether a column's header names one of `candidates`: its lowest text, or the lowest texts read together
 * ("本年" over "支出合计" → "本年支出合计"). The lowest text decides first, so 基本支出 under 本年支出 is 基本支出.
 */
export function suffixLength(stack: string[] | undefined, candidates: ReadonlySet<string>): number {
  if (!stack) return 0;
  let joined = "";
  for (let i = stack.length - 1; i >= 0; i--) {
    joined = stack[i] + joined;
    if (candidates.has(joined)) return stack.length - i;
  }
  return 0;
}

export interface ColumnSpec {
  key: string;
  /** The column's name in notes: "基本支出". */
  label: string;
  /** Normalised header texts that name it. */
  candidates: ReadonlySet<string>;
}

export function columnSpec(key: string, label: string, candidates: string[]): ColumnSpec {
  return { key, label, candidates: new Set([label, ...candidates]) };
}

/**
 * Maps columns in [left, right] to keys. Each column takes the key its lowest header text names; each key takes
 * the first such column.
 */
export function mapColumns(header: HeaderBlock, specs: ColumnSpec[], left = header.left, right = header.right): Map<string, number> {
  const found = new Map<string, number>();
  for (let col = left; col <= right; col++) {
    const full = header.stacks.get(col);
    if (!full) continue;
    let best: { key: string; depth: number } | undefined;
    // A leaf that only says "the figure" (决算数 under every column header) names no column: the text above it does.
    for (const stack of full.length > 1 && GENERIC_LEAVES.has(full[full.length - 1]) ? [full, full.slice(0, -1)] : [full]) {
      for (const spec of specs) {
        if (found.has(spec.key)) continue;
        const depth = suffixLength(stack, spec.candidates);
        if (depth && (!best || depth < best.depth)) best = { key: spec.key, depth };
      }
      if (best) break;
    }
    if (best) found.set(best.key, col);
  }
  return found;
}

/** Leaf header words that name the value, not the column: 生态环境局's 02 and 03 print 决算数 under each column. */
const GENERIC_LEAVES = new Set(["决算数", "金额", "决算金额"]);

/** The lowest header text of a column. */
export function leafOf(header: HeaderBlock, col: number): string {
  const stack = header.stacks.get(col);
  return stack ? stack[stack.length - 1] : "";
}

/** Columns whose header says they hold row numbers (行次). */
export function rowNumberColumns(header: HeaderBlock): Set<number> {
  const cols = new Set<number>();
  for (const [col, stack] of header.stacks) if (stack.includes("行次")) cols.add(col);
  return cols;
}
