// Tables 01 and 04 print income on the left and spending on the right of the same rows: 项目 | 行次 | 金额 on
// each side (04's spending side has 合计 and one column per fund). Rows are items named in words, with
// ordinals ("一、一般公共服务支出"); their keys come from the names, never from row positions.
import { functionalCategoryByName } from "../../codes";
import { PublicTable, TableRow } from "../../tables";
import { FigureReader, rowHoldsFigures } from "./figures";
import { ColumnSpec, findHeader, HeaderBlock, leafOf, mapColumns } from "./headers";
import {
  assembleTable,
  keysInSheetOrder,
  noteDuplicateKeys,
  noteMissingColumns,
  noteUnreadableHeader,
  scanDataRows,
  TableContext,
  tableName,
} from "./table";
import { normalizeText, stripOrdinal } from "./text";

type Side = "in" | "out";

/** Reads an item name into a row key; may keep state between rows (04's 年初结转和结余 sub-rows). */
type ItemClassifier = (name: string) => string | undefined;

export interface SideSpec {
  side: Side;
  columns: ColumnSpec[];
  /** A fresh classifier per table. */
  classifier: () => ItemClassifier;
  /** Rows the rules cannot do without: noted when absent. */
  requiredRows: { key: string; label: string }[];
}

const ITEM_COLUMN_WORDS = new Set(["项目", "收入项目", "支出项目", "项目名称"]);
const SIDE_WORDS = ["收入", "支出"];

interface SideLayout {
  spec: SideSpec;
  itemCol: number;
  columns: Map<string, number>;
}

/** A spending category from its name ("一、一般公共服务支出", "201 一般公共服务支出"). */
export function categoryKey(name: string): string | undefined {
  const text = stripOrdinal(normalizeText(name));
  const code = /^(2\d{2})(?:\D|$)/.exec(text)?.[1];
  if (code) return `out.${code}`;
  const byName = functionalCategoryByName(text);
  return byName ? `out.${byName}` : undefined;
}

/** Names reduced for lookup: normalised, without numbering. */
export function itemText(name: string): string {
  return stripOrdinal(normalizeText(name));
}

export function recognizeTwoSidedTable(context: TableContext, sides: [SideSpec, SideSpec]): PublicTable | undefined {
  const { view, anchor, notes } = context;
  const start = new Set([...ITEM_COLUMN_WORDS, ...SIDE_WORDS]);
  // 04 names its fund columns as its fund rows ("一般公共预算财政拨款"): a column's name is never a row label.
  const columnWords = new Set(sides.flatMap((side) => side.columns.flatMap((c) => [...c.candidates])));
  const isRowLabel = (text: string) => !columnWords.has(text) && sides.some((side) => side.classifier()(text) !== undefined);
  const header = findHeader(view, anchor.top, anchor.limit, { start, isRowLabel });
  if (!header) {
    noteUnreadableHeader(context);
    return undefined;
  }
  const layouts = sideLayouts(header, sides);
  if (layouts.length === 0) {
    notes.add(anchor.kind, view.name, header.top, header.left, `${tableName(anchor.kind)}未找到“项目”列，该表未参与核对`);
    return undefined;
  }
  for (const layout of layouts) noteMissingColumns(context, header, layout.spec.columns, layout.columns);
  const figureCols = new Set(layouts.flatMap((l) => [...l.columns.values()]));
  const figures = new FigureReader(view, notes, anchor.kind, figureCols);
  const classifiers = layouts.map((l) => l.spec.classifier());
  const data = scanDataRows(view, header.dataStart, anchor.limit);
  const rows: TableRow[] = [];
  const itemColOfRow = new Map<TableRow, number>();

  for (const row of data.rows) {
    layouts.forEach((layout, index) => {
      const name = view.rawText(row, layout.itemCol);
      const cells = figures.readRow(row, layout.columns);
      if (!name) {
        if (rowHoldsFigures(cells)) {
          notes.add(anchor.kind, view.name, row, layout.itemCol, `第 ${row} 行有金额但没有项目名称，该行金额未参与核对`);
        }
        return;
      }
      const key = classifiers[index](name);
      if (!key) {
        if (rowHoldsFigures(cells)) {
          notes.add(anchor.kind, view.name, row, layout.itemCol, `无法识别的项目“${name}”，该行金额未参与核对`);
        }
        return;
      }
      const tableRow: TableRow = { key, name, row, cells };
      // A spending category row carries its 类 code, like the rows of the code tables.
      const category = /^out\.(2\d{2})$/.exec(key);
      if (category) tableRow.code = category[1];
      rows.push(tableRow);
      itemColOfRow.set(tableRow, layout.itemCol);
    });
  }
  noteDuplicateKeys(context, rows, (row) => itemColOfRow.get(row) ?? header.left);
  for (const layout of layouts) {
    for (const required of layout.spec.requiredRows) {
      if (rows.some((r) => r.key === required.key)) continue;
      notes.add(anchor.kind, view.name, header.top, layout.itemCol, `${tableName(anchor.kind)}未找到“${required.label}”行，涉及它的核对未进行`);
    }
  }

  const columns: string[] = [];
  for (const layout of layouts) for (const key of keysInSheetOrder(layout.columns)) if (!columns.includes(key)) columns.push(key);
  return assembleTable(context, header, { columns, rows, bottom: data.bottom });
}

/** The 项目 columns and the figure columns to the right of each, up to the next 项目 column. */
function sideLayouts(header: HeaderBlock, sides: [SideSpec, SideSpec]): SideLayout[] {
  const itemCols: number[] = [];
  for (let col = header.left; col <= header.right; col++) {
    if (ITEM_COLUMN_WORDS.has(leafOf(header, col))) itemCols.push(col);
  }
  const layouts: SideLayout[] = [];
  itemCols.slice(0, 2).forEach((itemCol, index) => {
    const stack = header.stacks.get(itemCol) ?? [];
    // The group header (收入 / 支出) decides the side; without one, income is on the left.
    const named = stack.some((t) => t.includes("支出")) ? "out" : stack.some((t) => t.includes("收入")) ? "in" : undefined;
    const side = named ?? (index === 0 ? "in" : "out");
    const spec = sides.find((s) => s.side === side)!;
    if (layouts.some((l) => l.spec === spec)) return;
    const right = (itemCols[index + 1] ?? header.right + 1) - 1;
    layouts.push({ spec, itemCol, columns: mapColumns(header, spec.columns, itemCol + 1, right) });
  });
  return layouts;
}
