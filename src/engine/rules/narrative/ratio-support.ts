// Shares and budget rates are checked alike: the shown percentage against numerator ÷ denominator of the shown
// figures, 尾差 when the intervals meet (or when it is the ratio rounded more coarsely, 98.00% for 98.29%).
import { RatioClaim } from "../../narrative/claims";
import { checkRatioClaim, isVerdict } from "../../narrative/evaluate";
import { RuleContext } from "../../rule";
import { ROUNDING_NOTE, quoted, reportAt } from "./support";

/**
 * The messages of reportRatio, for the meta.messages of a rule that checks ratios through it; `what` names the
 * ratio ("占比", "预算完成率"). {{owner}} is “公务接待费的” or nothing when the sentence names no item.
 */
export function ratioMessages(what: string) {
  return {
    rounding: `{{quote}}：{{basis}}为 {{expected}}，与所写 {{actual}} 的差异在四舍五入范围内，${ROUNDING_NOTE}`,
    mismatch: `{{quote}}：{{owner}}${what}应为 {{expected}}，实为 {{actual}}`,
  };
}

/** Where the figures of a ratio came from, for the message: the sentence itself, 参考数据, or the tables. */
function basis(claim: RatioClaim): string {
  const kinds = [claim.numerator.kind, claim.denominator.kind];
  if (kinds.includes("stated")) return "按句中数字计算";
  if (kinds.includes("reference")) return "按报表和参考数据计算";
  return "按报表数计算";
}

export function reportRatio(context: RuleContext, claim: RatioClaim): void {
  const outcome = checkRatioClaim(claim);
  if (!isVerdict(outcome) || outcome.agreement === "exact") return;
  const { expected, actual } = outcome;
  const base = { expected, actual, related: outcome.related, detail: outcome.detail };
  if (outcome.agreement === "rounding") {
    reportAt(context, claim, { ...base, severity: "rounding", messageId: "rounding", data: { quote: quoted(claim), basis: basis(claim), expected, actual } });
  } else {
    const owner = claim.label ? `${claim.label}的` : "";
    reportAt(context, claim, { ...base, severity: "error", messageId: "mismatch", data: { quote: quoted(claim), owner, expected, actual } });
  }
}
