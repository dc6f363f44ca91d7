// The rebuilt report as a Grid, in the layout the workbook fixtures use: one sheet per table, named by its title
// (the lines just above it, its unit line in the last column, the table, its 注/说明 lines below it), a table
// continued on the next page joined to it, then 情况说明 with one paragraph per cell in column A. Every cell
// written remembers its page and rectangle.
import { cellAddress, GridCell, MergeArea, SheetGrid, WorkbookGrid } from "../engine/grid";
import { Box, joinWrapped, PageContent, TextLine, textLines, unionBox } from "./geometry";
import { PdfTable, ruledTables } from "./tables";
import { textTables } from "./unruled";

export const NARRATIVE_SHEET = "情况说明";

export interface PdfLocation {
  page: number;
  box: Box;
}

export interface PdfWorkbook {
  grid: WorkbookGrid;
  /** sheet → cell address → where it is printed. */
  locations: Map<string, Map<string, PdfLocation>>;
  pageCount: number;
}

/** A figure as the report prints it: digits with an optional thousands separator and decimals. */
const FIGURE = /^-?(\d{1,3}(,\d{3})+|\d+)\.\d+$/;
const AMOUNT_FORMAT = "#,##0.00";
/** How far above a table (points) its title and unit lines sit. */
const TITLE_REACH = 90;

type Block = { kind: "line"; page: number; line: TextLine } | { kind: "table"; table: PdfTable };

interface SheetDraft {
  name: string;
  above: { text: string; page: number; box: Box }[];
  rows: { cells: ({ text: string; page: number; box: Box } | null)[] }[];
  merges: MergeArea[];
  notes: { text: string; page: number; box: Box; open: boolean }[];
  xs: number[];
  width: number;
  lastPage: number;
}

function isPageNumber(line: TextLine): boolean {
  return /^[-—–\s第页]*\d+[-—–\s页]*$/.test(line.text) && line.text.length <= 8;
}

function isTitle(text: string): boolean {
  return /表$/.test(text) && !/[。：，]/.test(text) && text.length <= 40;
}

function isNoteStart(text: string): boolean {
  return /^(注|说明|备注)[：:\d]/.test(text) || /^无.*(仍保留|故本表)/.test(text);
}

function isPartHeading(text: string): boolean {
  return /^第[一二三四五六七八九十]+部分/.test(text);
}

function pageBlocks(page: PageContent): Block[] {
  const tables = ruledTables(page);
  const used = new Set(tables.flatMap((t) => [...t.used]));
  let rest = page.texts.filter((t) => !used.has(t));
  const unruled = textTables(page.number, rest);
  for (const t of unruled) for (const item of t.used) used.add(item);
  rest = page.texts.filter((t) => !used.has(t));
  const blocks: { top: number; block: Block }[] = [
    ...[...tables, ...unruled].map((table) => ({ top: table.box[3], block: { kind: "table", table } as Block })),
    ...textLines(rest)
      .filter((line) => !isPageNumber(line))
      .map((line) => ({ top: line.box[3], block: { kind: "line", page: page.number, line } as Block })),
  ];
  return blocks.sort((a, b) => b.top - a.top).map((b) => b.block);
}

/** Narrative lines joined into paragraphs: a new one where a line is indented or the previous one ended short. */
export function paragraphs(lines: { line: TextLine; page: number }[]): { text: string; page: number; box: Box }[] {
  if (lines.length === 0) return [];
  const left = Math.min(...lines.map((l) => l.line.box[0]));
  const right = Math.max(...lines.map((l) => l.line.box[2]));
  const out: { parts: string[]; page: number; boxes: Box[] }[] = [];
  let previous: TextLine | undefined;
  for (const { line, page } of lines) {
    const indented = line.box[0] > left + line.size * 0.8;
    const endedShort = previous !== undefined && previous.box[2] < right - previous.size * 1.5;
    const heading = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.test(line.text);
    const current = out[out.length - 1];
    if (!current || indented || endedShort || heading) out.push({ parts: [line.text], page, boxes: [line.box] });
    else {
      current.parts.push(line.text);
      if (page === current.page) current.boxes.push(line.box);
    }
    previous = line;
  }
  return out.map((p) => ({ text: joinWrapped(p.parts), page: p.page, box: unionBox(p.boxes) }));
}

function sameRow(a: (string | undefined)[], b: (string | undefined)[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

function tableRows(table: PdfTable, columnOf: (c: number) => number, width: number): SheetDraft["rows"] {
  return table.rows.map((row) => {
    const cells: SheetDraft["rows"][number]["cells"] = Array(width).fill(null);
    row.forEach((cell, c) => {
      if (cell) cells[columnOf(c)] = { text: cell.text, page: table.page, box: cell.box };
    });
    return { cells };
  });
}

function startSheet(table: PdfTable, name: string, above: SheetDraft["above"]): SheetDraft {
  const width = table.xs.length - 1;
  const draft: SheetDraft = { name, above, rows: [], merges: [], notes: [], xs: table.xs, width, lastPage: table.page };
  draft.rows = tableRows(table, (c) => c, width);
  draft.merges = table.merges.map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
  return draft;
}

/** The part of a table continued on the next page: its columns matched by position, a repeated header dropped. */
function continueSheet(draft: SheetDraft, table: PdfTable): void {
  const mids = draft.xs.slice(0, -1).map((x, i) => (x + draft.xs[i + 1]) / 2);
  const columnOf = (c: number) => {
    const mid = (table.xs[c] + table.xs[c + 1]) / 2;
    let best = 0;
    mids.forEach((m, i) => {
      if (Math.abs(m - mid) < Math.abs(mids[best] - mid)) best = i;
    });
    return best;
  };
  let rows = tableRows(table, columnOf, draft.width);
  const texts = (r: SheetDraft["rows"][number]) => r.cells.map((c) => c?.text);
  let repeated = 0;
  while (repeated < rows.length && repeated < draft.rows.length && sameRow(texts(rows[repeated]), texts(draft.rows[repeated]))) repeated++;
  if (repeated > 0 && repeated < rows.length) rows = rows.slice(repeated);
  const offset = draft.rows.length - (repeated > 0 && repeated < table.rows.length ? repeated : 0);
  const sameColumns = table.xs.length === draft.xs.length;
  if (sameColumns) {
    for (const m of table.merges) {
      const top = m.top + offset;
      if (top >= draft.rows.length) draft.merges.push({ top, left: m.left, bottom: m.bottom + offset, right: m.right });
    }
  }
  draft.rows.push(...rows);
  draft.lastPage = table.page;
}

function lastIndexWhere<T>(list: T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}

function uniqueName(name: string, taken: Set<string>): string {
  const base = name.replace(/[\\/?*[\]:]/g, "").slice(0, 31) || "表";
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base.slice(0, 28)}(${n})`;
  taken.add(candidate);
  return candidate;
}

export function buildPdfWorkbook(pages: PageContent[], name: string): PdfWorkbook {
  const drafts: SheetDraft[] = [];
  const taken = new Set<string>([NARRATIVE_SHEET]);
  const narrativeLines: { line: TextLine; page: number }[] = [];
  let inNarrative = false;
  let skipNext = false;
  let contents: Set<string> | undefined;
  let sawNarrativePart = false;
  let pending: { text: string; page: number; box: Box }[] = [];
  let current: SheetDraft | undefined;
  let tablesOnPage = 0;
  let linesOnPage = 0;
  let page = 0;
  for (const content of pages) {
    page = content.number;
    tablesOnPage = 0;
    linesOnPage = 0;
    pending = pending.filter((p) => p.page === page);
    for (const block of pageBlocks(content)) {
      if (block.kind === "line") {
        const text = block.line.text;
        // A table of contents lists the parts again: skipped up to the first part it names a second time.
        if (/^目\s*录$/.test(text)) {
          contents = new Set();
          continue;
        }
        if (contents) {
          const part = /^第[一二三四五六七八九十]+部分/.exec(text)?.[0];
          if (!part || !contents.has(part)) {
            if (part) contents.add(part);
            continue;
          }
          contents = undefined;
        }
        if (skipNext && text === "说明") {
          skipNext = false;
          continue;
        }
        skipNext = false;
        if (isPartHeading(text)) {
          // "第三部分 …部门决算情况说明", its last word often wrapped onto a line of its own.
          inNarrative = /情况(说明)?$/.test(text);
          skipNext = /情况$/.test(text);
          sawNarrativePart ||= inNarrative;
          current = undefined;
          pending = [];
          continue;
        }
        if (inNarrative) {
          narrativeLines.push({ line: block.line, page });
          continue;
        }
        linesOnPage++;
        const lastNote = current?.notes[current.notes.length - 1];
        if (current && current.lastPage === page && (isNoteStart(text) || (lastNote?.open && !isTitle(text)))) {
          if (lastNote?.open && !isNoteStart(text)) {
            lastNote.text = joinWrapped([lastNote.text, text]);
            lastNote.open = !/[。]$/.test(lastNote.text);
          } else current.notes.push({ text, page, box: block.line.box, open: !/[。]$/.test(text) });
          continue;
        }
        pending.push({ text, page, box: block.line.box });
        continue;
      }
      const table = block.table;
      const near = pending.filter((p) => p.page === table.page && p.box[1] - table.box[3] <= TITLE_REACH);
      const titleIndex = lastIndexWhere(near.map((p) => p.text), isTitle);
      const continued =
        current !== undefined && titleIndex < 0 && current.notes.length === 0 && tablesOnPage === 0 && linesOnPage === 0 && current.lastPage === page - 1;
      if (continued) continueSheet(current!, table);
      else {
        // The title lines: the title, a line naming the whole set of tables just above it, the unit below it.
        const start = titleIndex > 0 && isTitle(near[titleIndex - 1].text) ? titleIndex - 1 : titleIndex;
        const above = titleIndex >= 0 ? near.slice(start) : [];
        const titled = titleIndex >= 0 ? near[titleIndex].text : `第${page}页表格`;
        current = startSheet(table, uniqueName(titled, taken), above);
        drafts.push(current);
      }
      pending = [];
      tablesOnPage++;
    }
  }
  if (!sawNarrativePart) {
    // No 第…部分 heading: the text after the last table is taken as the narrative.
    narrativeLines.push(...pending.map((p) => ({ line: { items: [], text: p.text, box: p.box, size: p.box[3] - p.box[1] }, page: p.page })));
  }
  const locations = new Map<string, Map<string, PdfLocation>>();
  const sheets = drafts.map((d) => draftSheet(d, locations));
  const narrative = paragraphs(narrativeLines);
  if (narrative.length > 0) {
    const where = new Map<string, PdfLocation>();
    const cells = narrative.map((p, i) => {
      where.set(cellAddress(i + 1, 1), { page: p.page, box: p.box });
      return [{ value: p.text, numFmt: "General" } as GridCell];
    });
    locations.set(NARRATIVE_SHEET, where);
    sheets.push({ name: NARRATIVE_SHEET, visibility: "visible", protected: false, rowCount: cells.length, colCount: 1, cells, merges: [] });
  }
  return { grid: { name, sheets }, locations, pageCount: pages.length };
}

function cellOf(text: string): GridCell {
  if (FIGURE.test(text)) return { value: Number(text.replace(/,/g, "")), numFmt: AMOUNT_FORMAT, text };
  return { value: text, numFmt: "General" };
}

function draftSheet(draft: SheetDraft, locations: Map<string, Map<string, PdfLocation>>): SheetGrid {
  const where = new Map<string, PdfLocation>();
  const cells: (GridCell | undefined)[][] = [];
  const merges: MergeArea[] = [];
  const width = Math.max(draft.width, 1);
  const line = (text: string, page: number, box: Box, col = 1) => {
    const row: (GridCell | undefined)[] = [];
    row[col - 1] = { value: text, numFmt: "General" };
    cells.push(row);
    where.set(cellAddress(cells.length, col), { page, box });
    if (col === 1 && width > 1) merges.push({ top: cells.length, left: 1, bottom: cells.length, right: width });
  };
  for (const a of draft.above) line(a.text, a.page, a.box, /^单位[：:]/.test(a.text) ? width : 1);
  const top = cells.length;
  for (const row of draft.rows) {
    cells.push(row.cells.map((c) => (c ? cellOf(c.text) : undefined)));
    row.cells.forEach((c, i) => c && where.set(cellAddress(cells.length, i + 1), { page: c.page, box: c.box }));
  }
  for (const m of draft.merges) merges.push({ top: m.top + top + 1, left: m.left + 1, bottom: m.bottom + top + 1, right: m.right + 1 });
  for (const n of draft.notes) line(n.text, n.page, n.box);
  locations.set(draft.name, where);
  return { name: draft.name, visibility: "visible", protected: false, rowCount: cells.length, colCount: width, cells, merges };
}
