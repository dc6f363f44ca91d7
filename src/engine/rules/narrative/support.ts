// How narrative findings are placed and worded: always at the narrative cell (情况说明!A12), quoting the phrase,
// with the table cells used in `related` and the figures as the sentence shows them in expected / actual.
import { narrativeClaims } from "../../narrative/analyze";
import { Claim, ClaimOf, quoteOf } from "../../narrative/claims";
import { Item } from "../../narrative/items";
import { Source } from "../../narrative/sources";
import { ReportInput, RuleContext } from "../../rule";
import { PUBLIC_TITLES } from "../../tables";

/** The claims of one kind, in text order. */
export function claimsOf<K extends Claim["kind"]>(context: RuleContext, kind: K): ClaimOf<K>[] {
  return narrativeClaims(context.tables).filter((c): c is ClaimOf<K> => c.kind === kind);
}

/** A report by message id (the narrative rules have no legacy reports left). */
type NarrativeReport = Omit<Extract<ReportInput, { messageId: string }>, "sheet" | "cell" | "table" | "related"> & { related?: string[] };

/** Reports a finding at the claim's narrative cell. */
export function reportAt(context: RuleContext, claim: Claim, finding: NarrativeReport): void {
  context.report({
    ...finding,
    related: finding.related ?? [],
    table: "narrative",
    sheet: claim.paragraph.cell.sheet,
    cell: claim.paragraph.cell.address,
  });
}

/** “…” around the words a claim quotes. */
export function quoted(claim: Claim): string {
  return `“${quoteOf(claim)}”`;
}

/** Where a source's figure lives, for messages: "支出决算表（公开03表）", "参考数据", "绩效自评表". */
export function whereOf(source: Source, item?: Item): string {
  switch (source.kind) {
    case "cells":
      return item?.table ? `${PUBLIC_TITLES[item.table]}（公开${item.table}表）` : source.label;
    case "mean":
    case "count":
      return "绩效自评表";
    case "reference":
      return `参考数据（${source.column}）`;
    case "stated":
      return "情况说明";
    case "missing":
      return "参考数据";
  }
}

/** The end of every narrative 尾差 message, as the 公开 rules word it. */
export const ROUNDING_NOTE = "属四舍五入尾差（四舍五入造成的尾数差异，可不处理）";
