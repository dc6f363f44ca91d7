// What every 公开 table recogniser shares: where the data rows run (to the 注： note or the next title), the
// range the table occupies, its department / year / unit, and the final PublicTable.
import { rangeAddress } from "../../grid";
import { PUBLIC_TITLES, PublicKind, PublicTable, TableRow } from "../../tables";
import { isEmptyTable } from "./figures";
import { HeaderBlock, isNoteRow } from "./headers";

export { isNoteRow };
import { TableAnchor } from "./locate";
import { readMeta } from "./meta";
import { NoteSink } from "./notes";
import { isDashes } from "./text";
import { SheetView } from "./view";

export interface TableContext {
  view: SheetView;
  anchor: TableAnchor;
  notes: NoteSink;
  /** How many tables the sheet seems to hold: one whose header cannot be read is worth a note, a table of contents is not. */
  anchorsInSheet: number;
}

/** A run of blank rows this long ends a table that has no 注： line. */
const MAX_BLANK_RUN = 30;
/** Rows of notes (注：…, 如本表为空…) counted into the table's range. */
const MAX_NOTE_ROWS = 8;

export function tableName(kind: PublicKind): string {
  return `${PUBLIC_TITLES[kind]}（公开${kind}表）`;
}


/** A row of dashes only (a ruled line from a PDF export) holds nothing. */
function isRuleRow(view: SheetView, row: number): boolean {
  const cols = view.filledColumns(row);
  return cols.length > 0 && cols.every((col) => isDashes(view.text(row, col)));
}

interface DataRows {
  /** Non-blank rows of data, top to bottom. */
  rows: number[];
  /** The last row of the table: its last data row, or the end of its notes. */
  bottom: number;
}

/** The data rows from `from` until the note, the next table or a long run of blank rows. */
export function scanDataRows(view: SheetView, from: number, limit: number): DataRows {
  const rows: number[] = [];
  let bottom = from - 1;
  let blankRun = 0;
  for (let row = from; row <= limit; row++) {
    if (view.isBlankRow(row) || isRuleRow(view, row)) {
      if (++blankRun > MAX_BLANK_RUN) break;
      continue;
    }
    blankRun = 0;
    if (isNoteRow(view, row)) {
      bottom = noteBlockEnd(view, row, limit);
      break;
    }
    rows.push(row);
    bottom = row;
  }
  return { rows, bottom };
}

function noteBlockEnd(view: SheetView, noteRow: number, limit: number): number {
  let end = noteRow;
  for (let row = noteRow + 1; row <= Math.min(limit, noteRow + MAX_NOTE_ROWS); row++) {
    if (!view.isBlankRow(row)) end = row;
  }
  return end;
}

/** The table's used range: every filled cell and merged area from its title to its last row. */
export function usedRange(view: SheetView, top: number, bottom: number): string {
  let left = Infinity;
  let right = 0;
  for (let row = top; row <= bottom; row++) {
    const cols = view.filledColumns(row);
    if (cols.length) {
      left = Math.min(left, cols[0]);
      right = Math.max(right, cols[cols.length - 1]);
    }
  }
  for (const merge of view.sheet.merges) {
    if (merge.top < top || merge.top > bottom) continue;
    left = Math.min(left, merge.left);
    right = Math.max(right, merge.right);
  }
  if (!right) return rangeAddress(top, 1, bottom, 1);
  return rangeAddress(top, left, Math.max(bottom, top), right);
}

/** A table with a title whose header cannot be read. Said only when the sheet holds that one table. */
export function noteUnreadableHeader(context: TableContext): void {
  if (context.anchorsInSheet !== 1) return;
  const { anchor, view } = context;
  const at = anchor.title ?? anchor.marker!;
  context.notes.add(anchor.kind, view.name, at.row, at.col, `${tableName(anchor.kind)}的表头无法识别，该表未参与核对`);
}

/** Notes a column the table should have but does not. */
export function noteMissingColumns(context: TableContext, header: HeaderBlock, expected: { key: string; label: string }[], found: Map<string, number>): void {
  for (const column of expected) {
    if (found.has(column.key)) continue;
    context.notes.add(
      context.anchor.kind,
      context.view.name,
      header.top,
      header.left,
      `${PUBLIC_TITLES[context.anchor.kind]}缺少“${column.label}”列，该列金额按空白处理`
    );
  }
}

/** Columns' keys in sheet order. */
export function keysInSheetOrder(columns: Map<string, number>): string[] {
  return [...columns.entries()].sort((a, b) => a[1] - b[1]).map(([key]) => key);
}

/** Notes rows that share a key: rules read the first one only. */
export function noteDuplicateKeys(context: TableContext, rows: TableRow[], labelCol: (row: TableRow) => number): void {
  const first = new Map<string, TableRow>();
  for (const row of rows) {
    const earlier = first.get(row.key);
    if (!earlier) {
      first.set(row.key, row);
      continue;
    }
    context.notes.add(
      context.anchor.kind,
      context.view.name,
      row.row,
      labelCol(row),
      `${row.code ? `科目编码“${row.code}”` : `“${row.name || row.key}”`}在第 ${earlier.row} 行已出现，第 ${row.row} 行重复，核对只使用第 ${earlier.row} 行`
    );
  }
}

export function assembleTable(
  context: TableContext,
  header: HeaderBlock,
  parts: { columns: string[]; rows: TableRow[]; bottom: number }
): PublicTable {
  const { view, anchor } = context;
  const meta = readMeta(view, anchor.top, header.top - 1);
  const bottom = Math.max(parts.bottom, header.dataStart - 1, header.bottom);
  const table: PublicTable = {
    kind: anchor.kind,
    sheet: view.name,
    range: usedRange(view, anchor.top, bottom),
    unit: meta.unit,
    empty: isEmptyTable(parts.rows),
    columns: parts.columns,
    rows: parts.rows,
  };
  if (meta.department !== undefined) table.department = meta.department;
  if (meta.year !== undefined) table.year = meta.year;
  return table;
}
