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
  },
  check(context) {
    for (const claim of claimsOf(context, "unit")) {
      reportAt(context, claim, {
        severity: "warning",
        expected: `${claim.figure.raw}${claim.expectedUnit === "%" ? "%" : " 万元"}`,
        actual: claim.figure.raw,
        message: `${quoted(claim)}：数字 ${claim.figure.raw} 后缺少“${claim.expectedUnit}”`,
      });
    }
  },
};
