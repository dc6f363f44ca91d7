// 公开07表 财政拨款“三公”经费支出决算表, printed two ways with the same keys:
//  - as rows: 项目 | 预算数 | 决算数, one row per item (合计, 1、因公出国（境）费, 2、公务接待费,
//    3、公务用车购置及运行费, 其中：(1) 公务用车运行维护费, (2) 公务用车购置费);
//  - as one row: a 预算数 / 决算数 column pair under each item (公务用车购置及运行费 → 小计 / 购置费 / 运行费).
import { FigureCell, PublicTable, TableRow } from "../../tables";
import { FigureReader, rowHoldsFigures } from "./figures";
import { findHeader, HeaderBlock, leafOf } from "./headers";
import { assembleTable, isNoteRow, noteDuplicateKeys, noteUnreadableHeader, scanDataRows, TableContext, tableName } from "./table";
import { normalizeText, stripOrdinal } from "./text";

type Measure = "budget" | "actual";

const MEASURES: Record<string, Measure> = {
  预算数: "budget",
  预算: "budget",
  全年预算数: "budget",
  年初预算数: "budget",
  预算金额: "budget",
  决算数: "actual",
  决算: "actual",
  决算金额: "actual",
  实际支出: "actual",
};

export const ITEMS_07: { key: string; name: string }[] = [
  { key: "total", name: "合计" },
  { key: "abroad", name: "因公出国（境）费" },
  { key: "reception", name: "公务接待费" },
  { key: "vehicle", name: "公务用车购置及运行费" },
  { key: "vehicleOps", name: "公务用车运行维护费" },
  { key: "vehiclePurchase", name: "公务用车购置费" },
];

const ITEM_WORDS = new Set(["合计", "因公出国(境)费", "因公出国(境)费用", "公务接待费", "公务用车购置及运行费", "公务用车购置及运行维护费"]);
const START_WORDS = new Set(["项目", ...Object.keys(MEASURES), ...ITEM_WORDS]);

/** The item a name stands for. The tests run from the most specific wording down. */
export function itemKey07(name: string): string | undefined {
  const text = stripOrdinal(normalizeText(name));
  if (!text) return undefined;
  if (/^(合计|总计|三公经费合计|三公经费)$/.test(text)) return "total";
  if (text.includes("出国")) return "abroad";
  if (text.includes("接待")) return "reception";
  if (text.includes("购置及运行")) return "vehicle";
  if (text.includes("运行")) return "vehicleOps";
  if (text.includes("购置")) return "vehiclePurchase";
  return undefined;
}

export function recognizeTable07(context: TableContext): PublicTable | undefined {
  const { view, anchor, notes } = context;
  const header = findHeader(view, anchor.top, anchor.limit, { start: START_WORDS });
  if (!header) {
    noteUnreadableHeader(context);
    return undefined;
  }
  const measureCols: { col: number; measure: Measure }[] = [];
  for (let col = header.left; col <= header.right; col++) {
    const measure = MEASURES[leafOf(header, col)];
    if (measure) measureCols.push({ col, measure });
  }
  const budgets = measureCols.filter((m) => m.measure === "budget").length;
  if (measureCols.length === 0) {
    notes.add(anchor.kind, view.name, header.top, header.left, `${tableName(anchor.kind)}缺少“预算数”“决算数”列，该表未参与核对`);
    return undefined;
  }
  const figures = new FigureReader(view, notes, anchor.kind, new Set(measureCols.map((m) => m.col)));
  const result = budgets > 1 ? readAsOneRow(context, header, measureCols, figures) : readAsRows(context, header, measureCols, figures);
  noteMissingItems(context, header, result.rows);
  noteDuplicateKeys(context, result.rows, () => header.left);
  return assembleTable(context, header, { columns: ["budget", "actual"], rows: result.rows, bottom: result.bottom });
}

function readAsRows(
  context: TableContext,
  header: HeaderBlock,
  measureCols: { col: number; measure: Measure }[],
  figures: FigureReader
): { rows: TableRow[]; bottom: number } {
  const { view, anchor, notes } = context;
  const firstFigure = Math.min(...measureCols.map((m) => m.col));
  const columns = new Map<string, number>();
  for (const { col, measure } of measureCols) if (!columns.has(measure)) columns.set(measure, col);
  noteMissingMeasures(context, header, columns);
  const data = scanDataRows(view, header.dataStart, anchor.limit);
  const rows: TableRow[] = [];
  for (const row of data.rows) {
    const nameCol = view.filledColumns(row, header.left, firstFigure - 1)[0];
    const name = nameCol !== undefined ? view.rawText(row, nameCol) : "";
    const cells = figures.readRow(row, columns);
    const key = name ? itemKey07(name) : undefined;
    if (key) rows.push({ key, name, row, cells });
    else if (rowHoldsFigures(cells)) {
      const message = name ? `无法识别的项目“${name}”，该行金额未参与核对` : `第 ${row} 行有金额但没有项目名称，该行金额未参与核对`;
      notes.add(anchor.kind, view.name, row, nameCol ?? header.left, message);
    }
  }
  return { rows, bottom: data.bottom };
}

/** One data row; each 预算数 / 决算数 column names its item in the header texts above it. */
function readAsOneRow(
  context: TableContext,
  header: HeaderBlock,
  measureCols: { col: number; measure: Measure }[],
  figures: FigureReader
): { rows: TableRow[]; bottom: number } {
  const { view, anchor } = context;
  const data = scanDataRows(view, header.dataStart, anchor.limit);
  // An empty 07 has a blank row under its header (or none) before its 注： line: its figures are that row's blanks.
  const dataRow = data.rows[0] ?? header.bottom + 1;
  const noFigureRow = data.rows.length === 0 && isNoteRow(view, dataRow);
  const byItem = new Map<string, Record<string, FigureCell | undefined>>();
  for (const { col, measure } of measureCols) {
    const key = itemOfColumn(header.stacks.get(col) ?? []);
    if (!key) continue;
    const cells = byItem.get(key) ?? {};
    if (!(measure in cells)) cells[measure] = noFigureRow ? undefined : figures.read(dataRow, col);
    byItem.set(key, cells);
  }
  const rows: TableRow[] = [];
  for (const item of ITEMS_07) {
    const cells = byItem.get(item.key);
    if (cells) rows.push({ key: item.key, name: item.name, row: dataRow, cells });
  }
  return { rows, bottom: Math.max(data.rows[0] ?? 0, header.dataStart - 1) };
}

/** The item of a 预算数 / 决算数 column: its lowest item text, "小计" standing for the group above it. */
function itemOfColumn(stack: string[]): string | undefined {
  for (let i = stack.length - 2; i >= 0; i--) {
    if (stack[i] === "小计") continue;
    const key = itemKey07(stack[i]);
    if (key) return key;
  }
  return undefined;
}

function noteMissingMeasures(context: TableContext, header: HeaderBlock, columns: Map<string, number>): void {
  const labels: Record<Measure, string> = { budget: "预算数", actual: "决算数" };
  for (const measure of ["budget", "actual"] as Measure[]) {
    if (columns.has(measure)) continue;
    context.notes.add(context.anchor.kind, context.view.name, header.top, header.left, `${tableName(context.anchor.kind)}缺少“${labels[measure]}”列，该列金额按空白处理`);
  }
}

function noteMissingItems(context: TableContext, header: HeaderBlock, rows: TableRow[]): void {
  for (const item of ITEMS_07) {
    if (rows.some((r) => r.key === item.key)) continue;
    context.notes.add(context.anchor.kind, context.view.name, header.top, header.left, `${tableName(context.anchor.kind)}未找到“${item.name}”，涉及它的核对未进行`);
  }
}
