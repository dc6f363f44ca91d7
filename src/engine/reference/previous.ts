// 上年决算数 from last year's workbook: each item of this year's narrative catalogue (收入总计, 财政拨款支出, 公务接待费 …)
// and each functional row of this year's 公开05表 takes the figure of the same item in last year's tables — the same
// table, the same row (same code, or the same fixed row such as 年末结转和结余), the same column. A row last year's
// tables do not have is not 0: it is a new item, said as 信息 (rules/previous/new-item), and gets no 上年决算数.
import { CATALOGUE, Item, functionalItem } from "../narrative/items";
import { WorkbookTables } from "../rule";
import { effectiveCell } from "../figures/effective-cell";
import { FigureCell, PublicKind, TableRow, findRow } from "../tables";
import { sumCell } from "./cells";
import { NewItem, PREVIOUS_PREFIX } from "./types";

/** A 参考数据 figure a companion workbook supplies for an item. */
export interface DerivedFigure {
  item: Item;
  cell: FigureCell;
}

/** The item's cells in `tables`, blank totals as the value fill would write; undefined when the tables lack them. */
function cellsIn(tables: WorkbookTables, item: Item): FigureCell[] | undefined {
  const cells = item.cells(tables);
  return cells?.map((cell) => effectiveCell(tables, cell));
}

/** Same unit both years: a 元 table against a 万元 one would compare figures 10 000 apart. */
function sameUnit(current: WorkbookTables, previous: WorkbookTables, kind: PublicKind | undefined): boolean {
  if (!kind) return true;
  const a = current.public[kind];
  const b = previous.public[kind];
  return !a || !b || a.unit === b.unit;
}

/** The functional rows of this year's 公开05表 (the items of the （类）（款）（项） sentences). */
function functionalRows(tables: WorkbookTables): TableRow[] {
  return (tables.public["05"]?.rows ?? []).filter((row) => row.key !== "total" && /^\d+$/.test(row.code ?? row.key));
}

export function priorFigures(current: WorkbookTables, previous: WorkbookTables): DerivedFigure[] {
  const figures: DerivedFigure[] = [];
  for (const item of CATALOGUE.values()) {
    if (!item.table || !sameUnit(current, previous, item.table)) continue;
    const cells = cellsIn(previous, item);
    const cell = cells && sumCell(cells, PREVIOUS_PREFIX);
    if (cell) figures.push({ item, cell });
  }
  const before = previous.public["05"];
  if (before && sameUnit(current, previous, "05")) {
    for (const row of functionalRows(current)) {
      const prior = findRow(before, row.key);
      if (!prior) continue;
      const cell = prior.cells.total;
      const derived = cell && sumCell([effectiveCell(previous, cell)], PREVIOUS_PREFIX);
      if (derived) figures.push({ item: functionalItem(row), cell: derived });
    }
  }
  return figures;
}

/**
 * The functional codes of this year's 05 (else 03) that last year's same table does not list, each said once: a
 * new 类 once, not again for each of its 款 and 项. Rows without a figure this year are left out.
 */
export function newItems(current: WorkbookTables, previous: WorkbookTables): NewItem[] {
  const kind: PublicKind | undefined = current.public["05"] && previous.public["05"] ? "05" : current.public["03"] && previous.public["03"] ? "03" : undefined;
  if (!kind) return [];
  const now = current.public[kind]!;
  const before = previous.public[kind]!;
  const known = new Set(before.rows.map((row) => row.key));
  const found: NewItem[] = [];
  for (const row of now.rows) {
    const code = row.code ?? row.key;
    if (row.key === "total" || !/^\d+$/.test(code) || known.has(row.key)) continue;
    if (found.some((f) => code.startsWith(f.code))) continue;
    const cell = row.cells.total;
    if (!cell || cell.state !== "amount" || !cell.amount || cell.amount.value.isZero()) continue;
    found.push({ code, name: row.name.trim(), cell, table: kind });
  }
  return found;
}
