// The “三公” counts go with their amounts: groups sent abroad with no 因公出国（境）费, or money spent with no group,
// batches of guests with no 公务接待费, cars bought with no 公务用车购置费 — implausible, worth a look.
import { countAmount } from "../../narrative/evaluate";
import { formatFigure } from "../../amount";
import { Rule } from "../../rule";
import { claimsOf, quoted, reportAt } from "./support";

export const narrativeCount: Rule = {
  meta: {
    id: "narrative/count",
    severity: "warning",
    title: "情况说明“三公”数量与金额不符",
    titleEn: "Narrative count does not fit its amount",
    docs: "出国团组数、接待批次和人数、购置车辆数为 0 时相应经费应为 0，反之亦然。",
    messages: {
      amountWithoutCount: "{{quote}}：{{amountLabel}}为 {{money}} 万元，{{label}}却为 0",
      countWithoutAmount: "{{quote}}：{{label}}为 {{count}}，{{amountLabel}}却为 0",
    },
  },
  check(context) {
    for (const claim of claimsOf(context, "count")) {
      const count = claim.figure.amount;
      if (!count) continue;
      const amount = countAmount(claim);
      if ("unchecked" in amount) continue;
      if (count.value.isZero() === amount.point.isZero()) continue;
      reportAt(context, claim, {
        severity: "warning",
        expected: null,
        actual: claim.figure.raw,
        related: amount.related,
        ...(count.value.isZero()
          ? {
              messageId: "amountWithoutCount",
              data: { quote: quoted(claim), amountLabel: claim.amountLabel, money: formatFigure(amount.point, amount.decimals), label: claim.label },
            }
          : { messageId: "countWithoutAmount", data: { quote: quoted(claim), label: claim.label, count: claim.figure.raw, amountLabel: claim.amountLabel } }),
      });
    }
  },
};
