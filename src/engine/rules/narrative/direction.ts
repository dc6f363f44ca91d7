// Direction words must agree with the figures: 增加/增长 for a rise, 减少/降低 for a fall, 持平 for none. Within a
// sentence the change's word and the rate's word must agree ("减少 180.77 万元，增长 7.41%" contradicts itself);
// with 参考数据's 上年决算数 both must agree with current − prior; "决算数小于预算数" with 决算数 and 预算数.
import { formatFigure, showAmount } from "../../amount";
import { ChangePart, Direction } from "../../narrative/claims";
import { comparisonStands, referenceDirection } from "../../narrative/evaluate";
import { Rule, RuleContext } from "../../rule";
import { claimsOf, quoted, reportAt } from "./support";

const AMOUNT_WORD: Record<Direction, string> = { up: "增加", down: "减少", flat: "持平" };
const RATE_WORD: Record<Direction, string> = { up: "增长", down: "降低", flat: "持平" };
const COMPARE_WORD: Record<Direction, string> = { up: "大于", down: "小于", flat: "持平" };
const MEANING: Record<Direction, string> = { up: "增加", down: "减少", flat: "持平" };

function shownPart(part: ChangePart, word = part.word): string {
  const figure = part.figure.amount ? showAmount(part.figure.amount) : part.figure.raw;
  return `${word} ${figure}${part.figure.unit === "%" || part.figure.amount?.percent ? "" : " 万元"}`;
}

function checkChanges(context: RuleContext): void {
  for (const claim of claimsOf(context, "change")) {
    const { amount, rate } = claim;
    if (amount && rate && amount.direction !== rate.direction) {
      reportAt(context, claim, {
        severity: "error",
        expected: shownPart(rate, RATE_WORD[amount.direction]),
        actual: shownPart(rate),
        message: `${quoted(claim)}：金额说“${amount.word}”，比率却说“${rate.word}”，增减方向用词前后矛盾`,
      });
      continue;
    }
    const moved = referenceDirection(claim);
    if ("unchecked" in moved) continue;
    const part = amount ?? rate;
    if (!part || part.direction === moved.direction) continue;
    const words = part === amount ? AMOUNT_WORD : RATE_WORD;
    reportAt(context, claim, {
      severity: "error",
      expected: moved.direction === "flat" ? "持平" : `${words[moved.direction]}`,
      actual: part.word,
      related: moved.related,
      message: `${quoted(claim)}：按参考数据的上年决算数，${claim.label}本年比上年${MEANING[moved.direction]}${
        moved.direction === "flat" ? "" : ` ${formatFigure(moved.difference.abs(), moved.decimals)} 万元`
      }，不应写“${part.word}”`,
    });
  }
}

function checkFlats(context: RuleContext): void {
  for (const claim of claimsOf(context, "flat")) {
    const moved = referenceDirection(claim);
    if ("unchecked" in moved || moved.direction === "flat") continue;
    const change = `${AMOUNT_WORD[moved.direction]} ${formatFigure(moved.difference.abs(), moved.decimals)} 万元`;
    reportAt(context, claim, {
      severity: "error",
      expected: change,
      actual: "持平",
      related: moved.related,
      message: `${quoted(claim)}：按参考数据的上年决算数，${claim.label}比上年${change}，并非持平`,
    });
  }
}

function checkComparisons(context: RuleContext): void {
  for (const claim of claimsOf(context, "compare")) {
    const result = comparisonStands(claim);
    if ("unchecked" in result || result.stands) continue;
    reportAt(context, claim, {
      severity: "error",
      expected: COMPARE_WORD[result.direction],
      actual: claim.word,
      related: [...result.actual.related, ...result.budget.related],
      message: `${quoted(claim)}：${claim.label}决算数 ${formatFigure(result.actual.point, result.actual.decimals)}，预算数 ${formatFigure(
        result.budget.point,
        result.budget.decimals
      )}，决算数应${COMPARE_WORD[result.direction]}预算数`,
    });
  }
}

export const narrativeDirection: Rule = {
  meta: {
    id: "narrative/direction",
    severity: "error",
    title: "情况说明增减用词与数字矛盾",
    titleEn: "Narrative direction word contradicts the figures",
    docs: "增加/增长、减少/降低、持平、大于/小于等用词须与数字的增减方向一致（同一句中的金额与比率用词也须一致）。",
  },
  check(context) {
    checkChanges(context);
    checkFlats(context);
    checkComparisons(context);
  },
};
