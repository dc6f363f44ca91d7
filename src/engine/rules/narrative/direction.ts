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
        messageId: "wordsDisagree",
        data: { quote: quoted(claim), amountWord: amount.word, rateWord: rate.word },
      });
      continue;
    }
    const moved = referenceDirection(claim);
    if ("unchecked" in moved) continue;
    const part = amount ?? rate;
    if (!part || part.direction === moved.direction) continue;
    const words = part === amount ? AMOUNT_WORD : RATE_WORD;
    const data = { quote: quoted(claim), label: claim.label, word: part.word };
    reportAt(context, claim, {
      severity: "error",
      expected: moved.direction === "flat" ? "持平" : `${words[moved.direction]}`,
      actual: part.word,
      related: moved.related,
      ...(moved.direction === "flat"
        ? { messageId: "priorFlat", data }
        : {
            messageId: "priorMoved",
            data: { ...data, meaning: MEANING[moved.direction], difference: formatFigure(moved.difference.abs(), moved.decimals) },
          }),
    });
  }
}

function checkFlats(context: RuleContext): void {
  for (const claim of claimsOf(context, "flat")) {
    const moved = referenceDirection(claim);
    if ("unchecked" in moved || moved.direction === "flat") continue;
    const difference = formatFigure(moved.difference.abs(), moved.decimals);
    reportAt(context, claim, {
      severity: "error",
      expected: `${AMOUNT_WORD[moved.direction]} ${difference} 万元`,
      actual: "持平",
      related: moved.related,
      messageId: "notFlat",
      data: { quote: quoted(claim), label: claim.label, word: AMOUNT_WORD[moved.direction], difference },
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
      messageId: "comparison",
      data: {
        quote: quoted(claim),
        label: claim.label,
        actual: formatFigure(result.actual.point, result.actual.decimals),
        budget: formatFigure(result.budget.point, result.budget.decimals),
        word: COMPARE_WORD[result.direction],
      },
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
    messages: {
      wordsDisagree: "{{quote}}：金额说“{{amountWord}}”，比率却说“{{rateWord}}”，增减方向用词前后矛盾",
      // 参考数据's 上年决算数 against the sentence's word: the figure moved ({{meaning}} 增加/减少), or it did not.
      priorMoved: "{{quote}}：按参考数据的上年决算数，{{label}}本年比上年{{meaning}} {{difference}} 万元，不应写“{{word}}”",
      priorFlat: "{{quote}}：按参考数据的上年决算数，{{label}}本年比上年持平，不应写“{{word}}”",
      notFlat: "{{quote}}：按参考数据的上年决算数，{{label}}比上年{{word}} {{difference}} 万元，并非持平",
      comparison: "{{quote}}：{{label}}决算数 {{actual}}，预算数 {{budget}}，决算数应{{word}}预算数",
    },
  },
  check(context) {
    checkChanges(context);
    checkFlats(context);
    checkComparisons(context);
  },
};
