// The tables listed by 支出功能分类 code (02, 03, 05, 08, 09): a 合计 row and one row per 类 / 款 / 项 code,
// figures in columns named by their header. The 合计 row may come first or last, or share its row with the
// 类 | 款 | 项 labels.
import { functionalCategoryByName } from "../../codes";
import { PublicTable, TableRow } from "../../tables";
import { FigureReader, rowHoldsFigures } from "./figures";
import { ColumnSpec, findHeader, HeaderBlock, mapColumns, rowNumberColumns } from "./headers";
import { findSplitColumns, LabelLayout, LabelReader, looksLikeFunctionalLabel } from "./labels";
import {
  assembleTable,
  keysInSheetOrder,
  noteDuplicateKeys,
  noteMissingColumns,
  noteUnreadableHeader,
  scanDataRows,
  TableContext,
} from "./table";
import { normalizeText, stripOrdinal } from "./text";

const LABEL_HEADER_WORDS = ["项目", "科目编码", "功能分类科目编码", "支出功能分类科目编码", "科目名称", "功能分类科目名称"];
/** Group headers over figure columns; they open a header but name no column. */
const GROUP_HEADER_WORDS = ["本年支出", "本年收入", "支出", "收入"];

const FUNCTIONAL_CODE = /^2\d{2}(\d{2}){0,2}$/;

export function recognizeFunctionalTable(context: TableContext, columns: ColumnSpec[]): PublicTable | undefined {
  const { view, anchor, notes } = context;
  const start = new Set([...LABEL_HEADER_WORDS, ...GROUP_HEADER_WORDS, ...columns.flatMap((c) => [...c.candidates])]);
  const header = findHeader(view, anchor.top, anchor.limit, { start, isRowLabel: looksLikeFunctionalLabel });
  if (!header) {
    noteUnreadableHeader(context);
    return undefined;
  }
  const found = mapColumns(header, columns);
  noteMissingColumns(context, header, columns, found);
  if (found.size === 0) return undefined;

  const layout = labelLayout(context, header, found);
  const labels = new LabelReader(view, layout);
  const figures = new FigureReader(view, notes, anchor.kind, new Set(found.values()));
  const labelCol = layout.columns[0] ?? header.left;
  const data = scanDataRows(view, header.dataStart, anchor.limit);
  const rows: TableRow[] = [];

  const shared = header.subHeadersInDataRow;
  for (const row of data.rows) {
    const label = labels.read(row);
    const cells = figures.readRow(row, found);
    // The 合计 row printed on the line of sub-headers has no figure under them: those cells are not figures.
    if (shared && shared.row === row) {
      for (const [key, col] of found) if (shared.columns.includes(col)) delete cells[key];
    }
    if (label.isTotal) {
      rows.push({ key: "total", name: label.name, row, cells });
      continue;
    }
    const code = label.code ?? (label.name ? functionalCategoryByName(stripOrdinal(normalizeText(label.name))) : undefined);
    if (code && FUNCTIONAL_CODE.test(code)) {
      rows.push({ key: code, code, name: label.name, row, cells });
      continue;
    }
    if (label.empty && rowHoldsFigures(cells)) {
      notes.add(anchor.kind, view.name, row, labelCol, `第 ${row} 行有金额但没有科目编码和名称，该行金额未参与核对`);
    } else if (label.code || /\d/.test(label.raw) || rowHoldsFigures(cells)) {
      notes.add(anchor.kind, view.name, row, labelCol, `第 ${row} 行的科目编码“${label.raw}”无法识别，该行金额未参与核对`);
    }
  }
  noteDuplicateKeys(context, rows, () => labelCol);

  return assembleTable(context, header, { columns: keysInSheetOrder(found), rows, bottom: data.bottom });
}

/** The code and name columns: left of the first figure column, without 行次. */
function labelLayout(context: TableContext, header: HeaderBlock, found: Map<string, number>): LabelLayout {
  const firstFigure = Math.min(...found.values());
  const rowNumbers = rowNumberColumns(header);
  const columns: number[] = [];
  for (let col = Math.min(header.left, firstFigure); col < firstFigure; col++) if (!rowNumbers.has(col)) columns.push(col);
  const split = findSplitColumns(context.view, header, columns);
  return split ? { columns, split } : { columns };
}
