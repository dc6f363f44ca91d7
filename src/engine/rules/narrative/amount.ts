// Each amount the narrative states ("基本支出 1672.09 万元", "（项）1116.80 万元", "自评平均分为 89.25 分") must restate
// the table figure it names: exact, or a 尾差 when the shown figures' intervals meet.
import { Rule } from "../../rule";
import { checkAmount, isVerdict } from "../../narrative/evaluate";
import { ROUNDING_NOTE, claimsOf, quoted, reportAt, whereOf } from "./support";

export const narrativeAmount: Rule = {
  meta: {
    id: "narrative/amount",
    severity: "error",
    title: "情况说明金额与报表不符",
    titleEn: "Narrative amount differs from the tables",
    docs: "情况说明中的每个金额（收入总计、基本支出、各（项）支出、“三公”经费、人员经费等）应与对应报表单元格一致。",
    messages: {
      exceedsWhole: "{{quote}}：{{label}} {{actual}} 万元超过其所属的{{whole}} {{expected}} 万元，其中数不能大于总数",
      rounding: `{{quote}}与{{where}}的 {{expected}} 不同，${ROUNDING_NOTE}`,
      mismatch: "{{quote}}与{{where}}不符：{{label}}应为 {{expected}}，实为 {{actual}}",
    },
  },
  check(context) {
    for (const claim of claimsOf(context, "amount")) {
      const outcome = checkAmount(claim);
      if (!isVerdict(outcome) || outcome.agreement === "exact") continue;
      const { expected, actual } = outcome;
      const base = { expected, actual, related: outcome.related, detail: outcome.detail };
      const quote = quoted(claim);
      if (claim.atMost && outcome.agreement === "error") {
        // A part (外事接待) more than its whole (公务接待费) beyond rounding cannot be right.
        reportAt(context, claim, {
          ...base,
          severity: "error",
          messageId: "exceedsWhole",
          data: { quote, label: claim.label, actual, whole: claim.item?.id === "3p.foreign" ? "公务接待费" : claim.item?.label ?? "", expected },
        });
      } else if (claim.atMost) {
        continue;
      } else if (outcome.agreement === "rounding") {
        reportAt(context, claim, {
          ...base,
          severity: "rounding",
          messageId: "rounding",
          data: { quote, where: whereOf(claim.source, claim.item), expected },
        });
      } else {
        reportAt(context, claim, {
          ...base,
          severity: "error",
          messageId: "mismatch",
          data: { quote, where: whereOf(claim.source, claim.item), label: claim.label, expected, actual },
        });
      }
    }
  },
};
