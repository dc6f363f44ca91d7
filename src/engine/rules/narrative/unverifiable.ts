// Every narrative figure no check could reach is said once, quietly, with what is missing: a 年初预算数 or 上年决算数
// that neither the sentence, the tables nor 参考数据 give (the user can add it to 参考数据; juesuan
// reference-template writes that sheet), or a figure the nine tables do not hold at all (a count of cars, 政府采购).
// Sentences with no figure that need 上年决算数 (“与上年持平”) are said too.
import { figureQuote, figureShown, narrativeAccount } from "../../narrative/accounting";
import { narrativeClaims } from "../../narrative/analyze";
import { Rule, RuleContext } from "../../rule";
import { quoted, reportAt } from "./support";

/**
 * A figure no check could reach: {{reason}} says what is missing, {{occurrence}} tells apart the same words stating
 * the same figure twice in a cell; the *Reference messages add that 参考数据 can give what is missing.
 */
const FIGURE = "无法核对：{{reason}}——“{{quote}}”中的 {{figure}}{{occurrence}}";
const ADD_TO_REFERENCE = "，可在“参考数据”表中填写后再核对";

function check(context: RuleContext): void {
  // The same words may state the same figure twice in a cell ("涉及预算金额 175.52 万元" thrice): each is said.
  const said = new Map<string, number>();
  for (const account of narrativeAccount(context.tables).figures) {
    if (account.outcome !== "unverifiable") continue;
    const data = { reason: account.reason ?? "", quote: figureQuote(account), figure: figureShown(account) };
    // Counted by the words the message shows, as a reader would tell them apart.
    const key = `${account.paragraph.cell.address}|${data.reason}——“${data.quote}”中的 ${data.figure}`;
    const times = (said.get(key) ?? 0) + 1;
    said.set(key, times);
    context.report({
      severity: "info",
      table: "narrative",
      sheet: account.paragraph.cell.sheet,
      cell: account.paragraph.cell.address,
      related: [],
      expected: null,
      actual: account.figure.unit === "%" ? `${account.figure.raw}%` : account.figure.raw,
      messageId: account.reference ? "figureReference" : "figure",
      data: { ...data, occurrence: times > 1 ? `（本单元格第 ${times} 处）` : "" },
    });
  }
  // “与上年持平” states no figure but needs last year's.
  for (const claim of narrativeClaims(context.tables)) {
    if (claim.kind !== "flat") continue;
    for (const source of [claim.current, claim.prior]) {
      if (source.kind !== "missing" || !source.item) continue;
      reportAt(context, claim, {
        severity: "info",
        expected: null,
        actual: null,
        messageId: "flatReference",
        data: { column: source.column, label: source.label, quote: quoted(claim) },
      });
    }
  }
}

export const narrativeUnverifiable: Rule = {
  meta: {
    id: "narrative/unverifiable",
    severity: "info",
    title: "情况说明无法核对的数字",
    titleEn: "Narrative figure cannot be checked",
    docs: "情况说明中每个无法核对的数字（所需的年初预算数、上年决算数不在公开表、句中或“参考数据”表中，或报表根本不含该数）列出一次，并说明缺少什么。",
    messages: {
      figure: FIGURE,
      figureReference: FIGURE + ADD_TO_REFERENCE,
      flatReference: `无法核对：缺少{{column}}（{{label}}）——{{quote}}${ADD_TO_REFERENCE}`,
    },
  },
  check,
};
