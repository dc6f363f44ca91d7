// Templates from finance bureaus offer both words ("下降（增长）", "增加/减少"); a report that keeps both was not
// finished.
import { Rule } from "../../rule";
import { claimsOf, quoted, reportAt } from "./support";

export const narrativeTemplatePhrase: Rule = {
  meta: {
    id: "narrative/template-phrase",
    severity: "warning",
    title: "情况说明残留模板用语",
    titleEn: "Template phrase left in the narrative",
    docs: "“下降（增长）”“增加/减少”等模板中的备选用语应按实际情况保留其一。",
    messages: { bothWords: "{{quote}}为模板中的备选用语，请按实际增减保留其一" },
  },
  check(context) {
    for (const claim of claimsOf(context, "leftover")) {
      reportAt(context, claim, {
        severity: "warning",
        expected: null,
        actual: claim.phrase,
        messageId: "bothWords",
        data: { quote: quoted(claim) },
      });
    }
  },
};
