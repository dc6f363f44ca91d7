// Finding the narrative (情况说明): a sheet of text cells whose sentences restate figures, one paragraph per cell
// (or several lines in a cell). Recognised by the sheet's name or by its text, never by addresses. Headings
// (一、…, （二）…) set the section each paragraph belongs to, since "基本支出" means 03's column in part 一 and
// the 财政拨款 figure in part 二.
import { cellAddress, presentRowIndexes, rangeAddress, SheetGrid, WorkbookGrid } from "../grid";
import { PLACEHOLDER_SOURCE, normalizePhrase } from "./text";
import { NarrativeCell, NarrativeParagraph, NarrativeSheet, Section } from "./types";

const NAME_HINT = /情况说明|决算说明|说明/;
/** A sentence that restates a figure (or leaves a placeholder for one): an amount in 万元 or a percentage after Chinese text. */
const RESTATING_SENTENCE = new RegExp(`[\\u4e00-\\u9fa5][^。]*?(?:\\d[\\d,.]*|${PLACEHOLDER_SOURCE})\\s*(?:万元|%|％)`);

function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "richText" in value) {
    return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join("");
  }
  return undefined;
}

function textCells(sheet: SheetGrid): NarrativeCell[] {
  const cells: NarrativeCell[] = [];
  for (const r of presentRowIndexes(sheet)) {
    const row = sheet.cells[r];
    for (let c = 0; c < row.length; c++) {
      const text = textOf(row[c]?.value);
      if (text === undefined || text.trim() === "") continue;
      cells.push({ sheet: sheet.name, row: r + 1, col: c + 1, address: cellAddress(r + 1, c + 1), text });
    }
  }
  return cells;
}

/** Whether a sheet is a narrative: named so and holding sentences, or holding several sentences that restate figures. */
export function isNarrativeSheet(sheet: SheetGrid, cells: NarrativeCell[] = textCells(sheet)): boolean {
  if (/参考数据/.test(sheet.name)) return false;
  const lines = cells.flatMap((c) => c.text.split("\n"));
  const sentences = lines.filter((line) => line.length >= 15 && RESTATING_SENTENCE.test(line) && /[，。]/.test(line));
  if (NAME_HINT.test(sheet.name) && sentences.length >= 1) return true;
  const heading = lines.some((line) => /决算情况说明|收入支出决算总体情况/.test(normalizePhrase(line)));
  return sentences.length >= 3 && (heading || sentences.length >= 6);
}

const TOP_HEADING = /^[一二三四五六七八九十]+[、.]/;
const SUB_HEADING = /^\([一二三四五六七八九十]+\)/;

/** The section a heading opens, or undefined when the line is not a heading. */
function headingSection(line: string, current: Section): Section | undefined {
  const text = normalizePhrase(line);
  if (TOP_HEADING.test(text)) {
    if (/三公/.test(text)) return "threePublic";
    if (/收入支出决算总体|收支决算总体|总体情况/.test(text) && !/财政拨款/.test(text)) return "overall";
    // Shanghai's template: 二、收入决算情况说明, 三、支出决算情况说明 are part of the whole-department account.
    if (/^[一二三四五六七八九十]+[、.](?:收入|支出)决算情况/.test(text)) return "overall";
    if (/基本支出/.test(text)) return "basic";
    if (/财政拨款收入支出决算总体|财政拨款支出/.test(text) && !/政府性基金|国有资本经营/.test(text)) return "fiscal";
    // 八、政府性基金预算… 九、国有资本经营预算…: their own tables (08, 09), read like 一般公共预算's.
    if (/政府性基金|国有资本经营/.test(text)) return "gpb";
    if (/绩效/.test(text)) return "perf";
    if (/其他重要事项|其他事项/.test(text)) return "other";
    return undefined;
  }
  if (SUB_HEADING.test(text) && text.length <= 40) {
    if (/绩效/.test(text)) return "perf";
    if (current === "fiscal" || current === "gpb") {
      if (/一般公共预算|政府性基金|国有资本经营/.test(text)) return "gpb";
      if (/总体情况/.test(text)) return "fiscal";
    }
    if ((current === "perf" || current === "other") && !/绩效/.test(text)) return "other";
  }
  return undefined;
}

/** A section guessed from a paragraph's own words, for narratives without headings. */
function guessSection(text: string): Section {
  const phrase = normalizePhrase(text);
  if (/三公/.test(phrase)) return "threePublic";
  if (/人员经费|公用经费/.test(phrase) && /基本支出/.test(phrase)) return "basic";
  if (/绩效/.test(phrase)) return "perf";
  if (/机关运行经费/.test(phrase)) return "other";
  if (/\(类\)|一般公共预算财政拨款支出/.test(phrase)) return "gpb";
  if (/财政拨款支出/.test(phrase)) return "fiscal";
  return "overall";
}

function paragraphsOf(cells: NarrativeCell[]): NarrativeParagraph[] {
  const paragraphs: NarrativeParagraph[] = [];
  let section: Section | undefined;
  for (const cell of cells) {
    let offset = 0;
    for (const line of cell.text.split("\n")) {
      const start = offset;
      offset += line.length + 1;
      if (line.trim() === "") continue;
      const opened = headingSection(line.trim(), section ?? "overall");
      if (opened) section = opened;
      paragraphs.push({
        cell,
        start,
        end: start + line.length,
        text: line,
        section: section ?? guessSection(line),
        heading: opened !== undefined,
      });
    }
  }
  return paragraphs;
}

/** Builds the narrative from a sheet's text cells (exported for tests and for the draft's self-check). */
export function narrativeFromSheet(sheet: SheetGrid): NarrativeSheet {
  const cells = textCells(sheet);
  const last = cells.reduce((acc, c) => ({ row: Math.max(acc.row, c.row), col: Math.max(acc.col, c.col) }), { row: 1, col: 1 });
  return {
    kind: "narrative",
    sheet: sheet.name,
    range: rangeAddress(1, 1, Math.max(last.row, 1), Math.max(last.col, 1)),
    cells,
    paragraphs: paragraphsOf(cells),
  };
}

/** The workbook's narrative: the first sheet that reads as one, among those not already holding a table. */
export function recognizeNarrative(grid: WorkbookGrid, tableSheets: ReadonlySet<string> = new Set()): NarrativeSheet | undefined {
  for (const sheet of grid.sheets) {
    if (tableSheets.has(sheet.name)) continue;
    const cells = textCells(sheet);
    if (cells.length === 0 || !isNarrativeSheet(sheet, cells)) continue;
    return narrativeFromSheet(sheet);
  }
  return undefined;
}
