// One 参考数据 from the typed sheet and the companion workbooks. A typed figure wins (the accountant may know better,
// e.g. last year's figure as restated); where it differs from the workbook's, that is a 提示 (rules/previous/
// reference-differs). The ReferenceData shape is the narrative's own: typed entries first, then one entry per item
// the workbooks supply, the longer names first so that an item found by name finds its own entry (财政拨款基本支出
// before 基本支出, which the former also answers to).
import { sameDecimal } from "../decimal";
import { referenceCell } from "../narrative/sources";
import { REFERENCE_SHEET_NAME } from "../narrative/reference";
import { ReferenceColumn, ReferenceData, ReferenceEntry } from "../narrative/types";
import { CATALOGUE } from "../narrative/items";
import { normalizePhrase } from "../narrative/text";
import { amountOfCell } from "./cells";
import { DerivedFigure } from "./previous";
import { ReferenceConflict } from "./types";

export interface DerivedColumn {
  column: ReferenceColumn;
  figures: DerivedFigure[];
}

/** Names some catalogue item answers to: a functional row's entry goes by code alone when its name is one of them. */
const CATALOGUE_NAMES = new Set([...CATALOGUE.values()].flatMap((item) => item.aliases));

export function mergeReference(typed: ReferenceData | undefined, derived: DerivedColumn[]): { reference: ReferenceData; conflicts: ReferenceConflict[] } {
  const conflicts: ReferenceConflict[] = [];
  const byItem = new Map<string, ReferenceEntry>();
  for (const { column, figures } of derived) {
    for (const { item, cell } of figures) {
      const own = referenceCell(typed, item, column);
      if (own) {
        const a = amountOfCell(own);
        const b = amountOfCell(cell);
        if (a && b && !sameDecimal(a, b)) conflicts.push({ item: item.label, column, typed: own, derived: cell });
        continue;
      }
      let entry = byItem.get(item.id);
      if (!entry) {
        const name = item.code && CATALOGUE_NAMES.has(normalizePhrase(item.label)) ? `${item.label}（${item.code}）` : item.label;
        entry = { item: name, row: 0, figures: {}, ...(item.code ? { code: item.code } : {}) };
        byItem.set(item.id, entry);
      }
      if (!entry.figures[column]) entry.figures[column] = cell;
    }
  }
  const supplied = [...byItem.values()].sort((a, b) => b.item.length - a.item.length);
  return {
    reference: { sheet: typed?.sheet ?? REFERENCE_SHEET_NAME, entries: [...(typed?.entries ?? []), ...supplied] },
    conflicts,
  };
}
