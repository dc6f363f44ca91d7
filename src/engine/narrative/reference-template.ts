// The rows of a blank 参考数据 sheet: every figure the narrative needs that the nine tables do not hold — 年初预算数
// for each 完成年初预算的 P%, 上年决算数 for each 与上年相比 sentence, 本年决算数 for items such as 机关运行经费. Read
// from the workbook's own narrative when it has one, else from the standard draft.
import { sheetFromRows } from "../grid";
import { WorkbookTables } from "../rule";
import { readNarrative } from "./analyze";
import { Claim } from "./claims";
import { draftNarrative } from "./draft";
import { Item } from "./items";
import { Source } from "./sources";
import { narrativeFromSheet } from "./recognize";
import { ReferenceColumn } from "./types";

export interface ReferenceTemplateRow {
  item: string;
  code?: string;
  column: ReferenceColumn;
}

/** The sources a claim would take from 参考数据, whether or not it is there now. */
function referenceSources(claim: Claim): Source[] {
  switch (claim.kind) {
    case "amount":
      return [claim.source];
    case "ratio":
      return [claim.numerator, claim.denominator];
    case "change":
      return [claim.current, claim.prior];
    case "flat":
      return [claim.current, claim.prior];
    case "compare":
      return [claim.actual, claim.budget];
    case "unchecked":
      return claim.missing ? [claim.missing] : [];
    default:
      return [];
  }
}

/** Every (item, column) the narrative needs from 参考数据, in the order the text needs them. */
export function referenceTemplateRows(tables: WorkbookTables): ReferenceTemplateRow[] {
  // Read without 参考数据 so that what it already holds is listed too: the template is the whole list.
  const bare: WorkbookTables = { ...tables, reference: undefined };
  const narrative =
    tables.narrative ?? narrativeFromSheet(sheetFromRows("情况说明", draftNarrative(bare).map((paragraph) => [paragraph])));
  const rows: ReferenceTemplateRow[] = [];
  const seen = new Set<string>();
  for (const claim of readNarrative(narrative, bare)) {
    for (const source of referenceSources(claim)) {
      if (source.kind !== "missing" || !source.item) continue;
      const item: Item = source.item;
      const key = `${item.id}|${source.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ item: item.label, ...(item.code ? { code: item.code } : {}), column: source.column });
    }
  }
  return rows;
}
