// A figure without the unit its sentence needs ("占收入总计的 100.00", "收入总计 2259.73，") was left half-edited.
import { Rule } from "../../rule";
import { claimsOf, quoted, reportAt } from "./support";

export const narrativeMissingUnit: Rule = {
  meta: {
    id: "narrative/missing-unit",
    severity: "warning",
    title: "情况说明数字缺少单位",
    titleEn: "Narrative figure without its unit",
    docs: "金额后应有“万元”，比率后应有“%”。",
    messages: { missingUnit: "{{quote}}：数字 {{figure}} 后缺少“{{unit}}”" },
  },
  check(context) {
    for (const claim of claimsOf(context, "unit")) {
      reportAt(context, claim, {
        severity: "warning",
        expected: `${claim.figure.raw}${claim.expectedUnit === "%" ? "%" : " 万元"}`,
        actual: claim.figure.raw,
        messageId: "missingUnit",
        data: { quote: quoted(claim), figure: claim.figure.raw, unit: claim.expectedUnit },
      });
    }
  },
};
