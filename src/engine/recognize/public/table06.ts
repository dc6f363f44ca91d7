// 公开06表 一般公共预算财政拨款基本支出决算表: two or three code | name | 决算数 groups side by side (人员经费 on
// the left, 公用经费 on the right), codes in one column (30101) or split 类 | 款 (301 | 01), and a bottom line
// 人员经费合计 … 公用经费合计 whose amounts may sit several columns right of their labels. Row keys are economic
// codes. A PDF export cuts codes to 4 digits ("3010" 基本工资): the name then tells the code.
import { economicCodeByName } from "../../codes";
import { FigureCell, PublicTable, TableRow } from "../../tables";
import { FigureReader, holdsFigure } from "./figures";
import { columnSpec, findHeader, HeaderBlock, leafOf, rowNumberColumns } from "./headers";
import { findSplitColumns, LabelLayout, LabelReader, looksLikeEconomicLabel } from "./labels";
import { assembleTable, noteDuplicateKeys, noteUnreadableHeader, scanDataRows, TableContext, tableName } from "./table";
import { isDashes, looksNumeric } from "./text";
import { SheetView } from "./view";

const AMOUNT = columnSpec("amount", "决算数", ["金额", "决算金额", "本年决算数", "合计"]);
const START_WORDS = new Set(["人员经费", "公用经费", "科目编码", "经济分类科目编码", "科目名称", "项目", ...AMOUNT.candidates]);
const ECONOMIC_CODE = /^3\d{2}(\d{2})?$/;

const BOTTOM_LINES: { key: "personnelTotal" | "publicTotal"; words: string }[] = [
  { key: "personnelTotal", words: "人员经费" },
  { key: "publicTotal", words: "公用经费" },
];

interface Group {
  amountCol: number;
  layout: LabelLayout;
  labels: LabelReader;
  rows: TableRow[];
}

export function recognizeTable06(context: TableContext): PublicTable | undefined {
  const { view, anchor, notes } = context;
  const header = findHeader(view, anchor.top, anchor.limit, { start: START_WORDS, isRowLabel: looksLikeEconomicLabel });
  if (!header) {
    noteUnreadableHeader(context);
    return undefined;
  }
  const amountCols: number[] = [];
  for (let col = header.left; col <= header.right; col++) if (AMOUNT.candidates.has(leafOf(header, col))) amountCols.push(col);
  if (amountCols.length === 0) {
    notes.add(anchor.kind, view.name, header.top, header.left, `${tableName(anchor.kind)}缺少“决算数”列，该表未参与核对`);
    return undefined;
  }
  const groups = groupsOf(view, header, amountCols);
  const figures = new FigureReader(view, notes, anchor.kind, new Set(amountCols));
  const data = scanDataRows(view, header.dataStart, anchor.limit);
  const bottomRows: TableRow[] = [];

  for (const row of data.rows) {
    const bottomLine = readBottomLine(view, figures, row, amountCols);
    if (bottomLine.length > 0) {
      bottomRows.push(...bottomLine);
      continue;
    }
    for (const group of groups) readGroupRow(context, figures, group, row);
  }

  const rows = [...groups.flatMap((g) => g.rows), ...bottomRows];
  noteDuplicateKeys(context, rows, (row) => row.cells.amount?.col ?? header.left);
  return assembleTable(context, header, { columns: ["amount"], rows, bottom: data.bottom });
}

/** Each 决算数 column closes a group: the columns after the previous one hold its codes and names. */
function groupsOf(view: SheetView, header: HeaderBlock, amountCols: number[]): Group[] {
  const rowNumbers = rowNumberColumns(header);
  return amountCols.map((amountCol, index) => {
    const first = index === 0 ? header.left : amountCols[index - 1] + 1;
    const columns: number[] = [];
    for (let col = first; col < amountCol; col++) if (!rowNumbers.has(col)) columns.push(col);
    const split = findSplitColumns(view, header, columns);
    const layout: LabelLayout = split ? { columns, split } : { columns };
    return { amountCol, layout, labels: new LabelReader(view, layout), rows: [] };
  });
}

function readGroupRow(context: TableContext, figures: FigureReader, group: Group, row: number): void {
  const { view, anchor, notes } = context;
  const label = group.labels.read(row);
  const amount = figures.read(row, group.amountCol);
  const labelCol = group.layout.columns[0] ?? group.amountCol;
  if (label.empty) {
    if (holdsFigure(amount)) notes.add(anchor.kind, view.name, row, labelCol, `第 ${row} 行有金额但没有科目编码和名称，该金额未参与核对`);
    return;
  }
  const code = economicCode(label.code, label.name);
  if (code) {
    group.rows.push({ key: code, code, name: label.name, row, cells: { amount } });
    return;
  }
  if (holdsFigure(amount) || (label.code && label.code.length !== 4)) {
    notes.add(anchor.kind, view.name, row, labelCol, `第 ${row} 行的科目编码“${label.raw}”无法识别，该行金额未参与核对`);
  }
}

/**
 * The economic code of a row: a full 3- or 5-digit code as written; a 4-digit code (cut short by a PDF export)
 * or no code at all read from the name, when the name points at one code.
 */
function economicCode(code: string | undefined, name: string): string | undefined {
  if (code && ECONOMIC_CODE.test(code)) return code;
  if (code && code.length === 4) return economicCodeByName(name, code);
  if (!code && name) return economicCodeByName(name);
  return undefined;
}

/**
 * The bottom line: "人员经费合计" and "公用经费合计" with the first figure to the right of each label (the
 * amount may sit several columns further, past blank or merged cells), else the group's 决算数 column.
 */
function readBottomLine(view: SheetView, figures: FigureReader, row: number, amountCols: number[]): TableRow[] {
  const found: TableRow[] = [];
  const cols = view.filledColumns(row);
  for (const col of cols) {
    const text = view.text(row, col);
    const line = BOTTOM_LINES.find((l) => text.startsWith(l.words) && /(合计|小计)$/.test(text));
    if (!line) continue;
    const amount = amountRightOf(view, figures, row, col, amountCols);
    found.push({ key: line.key, name: view.rawText(row, col), row, cells: { amount } });
  }
  return found;
}

function amountRightOf(view: SheetView, figures: FigureReader, row: number, labelCol: number, amountCols: number[]): FigureCell | undefined {
  let nextLabelCol = view.lastColumn + 1;
  for (let col = labelCol + 1; col <= view.lastColumn; col++) {
    if (view.isCoveredByMerge(row, col)) continue;
    const text = view.text(row, col);
    const isLabel = text !== "" && !looksNumeric(text) && !isDashes(text) && !view.holdsNumberOrError(row, col);
    // The next label (公用经费合计) ends the search, unless it is an unreadable figure (text in an amount column).
    if (isLabel && !amountCols.includes(col)) {
      nextLabelCol = col;
      break;
    }
    if (view.hasContent(row, col)) return figures.read(row, col);
  }
  // A blank total: the last 决算数 column before the next label. 公用经费 spans the second and third column
  // groups, so its total sits under the third group's 决算数, not the second's.
  const fallbackCol = amountCols.filter((c) => c > labelCol && c < nextLabelCol).pop();
  return fallbackCol !== undefined ? figures.read(row, fallbackCol) : undefined;
}
