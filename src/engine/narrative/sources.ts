// Where a figure a sentence needs comes from, and what it is worth: the sum of table cells, a 参考数据 cell, a
// figure the narrative itself states, a count of sheets — or nowhere (then the sentence cannot be checked).
// Each value keeps the interval its rounding allows (domain.md §7), so checks can tell 尾差 from errors.
import { Amount, showAmount } from "../amount";
import { Decimal, ZERO, maxDecimal, minDecimal } from "../decimal";
import { qualify } from "../grid";
import { memoOn } from "../memo";
import { Interval, addIntervals, intervalOf } from "../rounding";
import { WorkbookTables } from "../rule";
import { FigureCell, PublicKind } from "../tables";
import { effectiveCell } from "../figures/effective-cell";
import { Item } from "./items";
import { normalizePhrase } from "./text";
import { NarrativeCell, ReferenceColumn, ReferenceData, TextFigure } from "./types";

export type Source =
  /** Σ of table cells (a blank cell is 0). */
  | { kind: "cells"; cells: FigureCell[]; label: string }
  /** The mean of table cells (自评平均分). */
  | { kind: "mean"; cells: FigureCell[]; label: string }
  /** A number of sheets (项目 count), exact. */
  | { kind: "count"; count: number; label: string; related: string[] }
  /** A figure of the 参考数据 sheet. */
  | { kind: "reference"; cell: FigureCell; column: ReferenceColumn; label: string }
  /** A figure the narrative states itself (机关运行经费 291.59, 项目全年预算数为 146.4 万元). */
  | { kind: "stated"; figure: TextFigure; at: NarrativeCell; label: string }
  /** Nowhere: neither the tables nor 参考数据 hold it. */
  | { kind: "missing"; column: ReferenceColumn; label: string; item?: Item; table?: PublicKind };

/** What a source is worth. */
export interface Quantity {
  point: Decimal;
  interval: Interval;
  /** Decimals to show `point` with. */
  decimals: number;
  /** The cells it was computed from, as findings name them from the narrative's sheet. */
  related: string[];
  /** The figure(s) as shown, for the arithmetic of a finding: "1249.65 + 247.92". */
  terms: string;
}

export type Valuation =
  | { ok: true; quantity: Quantity }
  /** missing: no figure anywhere; invalid: a cell that is not a figure; placeholder: XX in the text. */
  | { ok: false; why: "missing" | "invalid" | "placeholder" };

function amountOfCell(cell: FigureCell): Amount | null {
  return cell.state === "amount" && cell.amount ? cell.amount : null;
}

function sumOf(cells: FigureCell[], fromSheet: string): Valuation {
  if (cells.some((c) => c.state === "invalid")) return { ok: false, why: "invalid" };
  let point = ZERO;
  let interval: Interval = { lo: ZERO, hi: ZERO };
  let decimals = 0;
  for (const cell of cells) {
    const amount = amountOfCell(cell);
    if (!amount) continue;
    point = point.plus(amount.value);
    const own = intervalOf(amount);
    const radius = cell.roundingRadius;
    interval = addIntervals(interval, radius ? { lo: minDecimal(own.lo, amount.value.minus(radius)), hi: maxDecimal(own.hi, amount.value.plus(radius)) } : own);
    decimals = Math.max(decimals, amount.decimals);
  }
  return {
    ok: true,
    quantity: {
      point,
      interval,
      decimals: cells.length === 0 || decimals === 0 ? Math.max(decimals, 2) : decimals,
      related: cells.map((c) => qualify(c.sheet, c.address, fromSheet)),
      // Put into words only for a finding that shows the arithmetic.
      get terms() {
        const shown = cells.map(amountOfCell).flatMap((amount) => (amount && !amount.value.isZero() ? [showAmount(amount)] : []));
        return shown.length ? shown.join(" + ") : "0";
      },
    },
  };
}

/** Valuations by source, then by the sheet they are seen from: several rules value the same claim's sources. */
const VALUATIONS = Symbol("valuations by sheet");
// The memo makers are named functions: an arrow at each call would be a new closure per lookup.
const newValuationMap = () => new Map<string, Valuation>();

/** The value of a source, seen from the narrative sheet `fromSheet`. */
export function valueOf(source: Source, fromSheet: string): Valuation {
  const bySheet = memoOn(source, VALUATIONS, newValuationMap);
  let valuation = bySheet.get(fromSheet);
  if (!valuation) {
    valuation = valuate(source, fromSheet);
    bySheet.set(fromSheet, valuation);
  }
  return valuation;
}

function valuate(source: Source, fromSheet: string): Valuation {
  switch (source.kind) {
    case "cells":
      return sumOf(source.cells, fromSheet);
    case "mean": {
      const sum = sumOf(source.cells, fromSheet);
      if (!sum.ok || source.cells.length === 0) return sum.ok ? { ok: false, why: "missing" } : sum;
      const n = new Decimal(source.cells.length);
      const q = sum.quantity;
      return {
        ok: true,
        quantity: {
          point: q.point.div(n),
          interval: { lo: q.interval.lo.div(n), hi: q.interval.hi.div(n) },
          decimals: 2,
          related: q.related,
          terms: `(${source.cells.map((c) => (amountOfCell(c) ? showAmount(amountOfCell(c)!) : "0")).join(" + ")}) ÷ ${source.cells.length}`,
        },
      };
    }
    case "count": {
      const point = new Decimal(source.count);
      return { ok: true, quantity: { point, interval: { lo: point, hi: point }, decimals: 0, related: source.related, terms: String(source.count) } };
    }
    case "reference":
      return sumOf([source.cell], fromSheet);
    case "stated": {
      const amount = source.figure.amount;
      if (!amount) return { ok: false, why: "placeholder" };
      return {
        ok: true,
        quantity: {
          point: amount.value,
          interval: intervalOf(amount),
          decimals: amount.decimals,
          related: source.at.sheet === fromSheet ? [] : [qualify(source.at.sheet, source.at.address, fromSheet)],
          terms: showAmount(amount),
        },
      };
    }
    case "missing":
      return { ok: false, why: "missing" };
  }
}

/** Names an item goes by in 参考数据, beyond its label and aliases. */
const REFERENCE_NAMES: Record<string, string[]> = {
  "fiscal.total": ["合计", "总计", "财政拨款支出合计", "财政拨款支出总计", "支出合计"],
  "fiscal.basic": ["基本支出合计"],
  "fiscal.project": ["项目支出合计"],
};

/** The 参考数据 cell holding `column` for an item: by 科目编码 first, then by name. */
export function referenceCell(reference: ReferenceData | undefined, item: Item, column: ReferenceColumn): FigureCell | undefined {
  if (!reference) return undefined;
  const names = new Set([normalizePhrase(item.label), ...item.aliases, ...(REFERENCE_NAMES[item.id] ?? []).map(normalizePhrase)]);
  const byCode = item.code ? reference.entries.find((e) => e.code === item.code && e.figures[column]) : undefined;
  if (byCode) return byCode.figures[column];
  const byName = reference.entries.find((e) => !e.code && names.has(normalizePhrase(e.item)) && e.figures[column]);
  return (byName ?? reference.entries.find((e) => names.has(normalizePhrase(e.item)) && e.figures[column]))?.figures[column];
}

const CURRENT_SOURCES = Symbol("current sources by item");
const newSourceMap = () => new Map<Item, Source>();

/** The item's figure this year: its table cells, else 参考数据's 本年决算数, else missing. */
export function currentSource(tables: WorkbookTables, item: Item): Source {
  // Every sentence naming an item asks for it (twice: for its claim and for what later sentences refer to).
  const byItem = memoOn(tables, CURRENT_SOURCES, newSourceMap);
  let source = byItem.get(item);
  if (!source) {
    source = findCurrentSource(tables, item);
    byItem.set(item, source);
  }
  return source;
}

function findCurrentSource(tables: WorkbookTables, item: Item): Source {
  const cells = item.cells(tables)?.map((cell) => effectiveCell(tables, cell));
  if (cells) return { kind: "cells", cells, label: item.label };
  const cell = referenceCell(tables.reference, item, "本年决算数");
  if (cell) return { kind: "reference", cell, column: "本年决算数", label: item.label };
  // An item of a table the workbook lacks is not for 参考数据: table/missing says the table is missing.
  return { kind: "missing", column: "本年决算数", label: item.label, item: item.table ? undefined : item, table: item.table };
}

/** The item's budget: the table's (07 预算数) when `fromTable`, else 参考数据's 年初预算数, else missing. */
export function budgetSource(tables: WorkbookTables, item: Item, fromTable: boolean): Source {
  const cells = fromTable ? item.budgetCells?.(tables)?.map((cell) => effectiveCell(tables, cell)) : undefined;
  if (cells) return { kind: "cells", cells, label: `${item.label}预算数` };
  const cell = referenceCell(tables.reference, item, "年初预算数");
  if (cell) return { kind: "reference", cell, column: "年初预算数", label: `${item.label}年初预算数` };
  return { kind: "missing", column: "年初预算数", label: item.label, item };
}

/** The item's figure last year: 参考数据's 上年决算数, else missing. */
export function priorSource(tables: WorkbookTables, item: Item): Source {
  const cell = referenceCell(tables.reference, item, "上年决算数");
  if (cell) return { kind: "reference", cell, column: "上年决算数", label: `${item.label}上年决算数` };
  return { kind: "missing", column: "上年决算数", label: item.label, item };
}
