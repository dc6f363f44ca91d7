// Sentences that need a figure neither the nine tables nor 参考数据 hold (年初预算数 for 完成年初预算的 P%, 上年决算数
// for 持平, 本年决算数 for 机关运行经费) cannot be checked: said once each, quietly, naming what is missing so the
// user can add it to 参考数据 (juesuan reference-template writes that sheet).
import { showAmount } from "../../amount";
import { Claim } from "../../narrative/claims";
import { Source } from "../../narrative/sources";
import { narrativeClaims } from "../../narrative/analyze";
import { Rule, RuleContext } from "../../rule";
import { quoted, reportAt } from "./support";

/** The missing sources a claim would need, with the figure it shows. */
function missingOf(claim: Claim): { source: Extract<Source, { kind: "missing" }>; shown: string | null }[] {
  const missing = (source: Source | undefined) => (source?.kind === "missing" && source.item ? [source] : []);
  switch (claim.kind) {
    case "amount":
      return missing(claim.source).map((source) => ({ source, shown: claim.figure.amount ? showAmount(claim.figure.amount) : null }));
    case "ratio":
      return [...missing(claim.numerator), ...missing(claim.denominator)].map((source) => ({
        source,
        shown: claim.figure.amount ? showAmount(claim.figure.amount) : null,
      }));
    case "change": {
      const shown = claim.rate?.figure.amount ? showAmount(claim.rate.figure.amount) : null;
      // With the change amount stated the rate is checked from the sentence alone; without it 上年决算数 is needed.
      const needs = claim.amount ? missing(claim.current) : [...missing(claim.current), ...missing(claim.prior)];
      return needs.map((source) => ({ source, shown }));
    }
    case "flat":
      return [...missing(claim.current), ...missing(claim.prior)].map((source) => ({ source, shown: null }));
    default:
      return [];
  }
}

function check(context: RuleContext): void {
  const said = new Set<string>();
  for (const claim of narrativeClaims(context.tables)) {
    for (const { source, shown } of missingOf(claim)) {
      const key = `${claim.paragraph.cell.address}|${claim.quote.start}|${source.column}|${source.label}`;
      if (said.has(key)) continue;
      said.add(key);
      reportAt(context, claim, {
        severity: "info",
        expected: null,
        actual: shown,
        message: `无法核对：缺少${source.column}（${source.label}）——${quoted(claim)}，可在“参考数据”表中填写后再核对`,
      });
    }
  }
}

export const narrativeUnverifiable: Rule = {
  meta: {
    id: "narrative/unverifiable",
    severity: "info",
    title: "情况说明无法核对的语句",
    titleEn: "Narrative sentence cannot be checked",
    docs: "语句所需的年初预算数、上年决算数等不在公开表中，也未在“参考数据”表中提供，无法核对。",
  },
  check,
};
