// "本部门2024年度无政府性基金预算财政拨款支出": the table must hold nothing for it.
import { formatFigure } from "../../amount";
import { noneValue } from "../../narrative/evaluate";
import { Rule } from "../../rule";
import { claimsOf, quoted, reportAt } from "./support";

export const narrativeNoSpending: Rule = {
  meta: {
    id: "narrative/no-spending",
    severity: "error",
    title: "情况说明称“无”但报表有数",
    titleEn: "Narrative says none but the table has an amount",
    docs: "情况说明写“无政府性基金预算财政拨款支出”等时，对应报表应为空或 0。",
    messages: { tableHasAmount: "{{quote}}，但报表中{{label}}为 {{amount}} 万元" },
  },
  check(context) {
    for (const claim of claimsOf(context, "none")) {
      const value = noneValue(claim);
      if ("unchecked" in value || value.point.isZero()) continue;
      const shown = formatFigure(value.point, value.decimals);
      reportAt(context, claim, {
        severity: "error",
        expected: shown,
        actual: "0.00",
        related: value.related,
        messageId: "tableHasAmount",
        data: { quote: quoted(claim), label: claim.label, amount: shown },
      });
    }
  },
};
