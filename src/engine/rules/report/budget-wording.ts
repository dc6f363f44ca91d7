// What an item line says after “年初预算为 A 万元，支出决算为 B 万元”. Whether 大于 / 小于 / 等于 agree with A and B is
// narrative/direction's; this rule reads what it does not: “基本持平” is only for a difference within a tolerance
// (Settings.basicallyFlatPercent of A, default 1%), and a difference must be explained: “主要原因：” followed by
// nothing is a reason left unwritten.
import { Amount, formatFigure, parseFigureText, showAmount } from "../../amount";
import { Decimal } from "../../decimal";
import { Rule, RuleContext } from "../../rule";
import { withoutSpaces } from "./text";

const NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
/**
 * One item: the last budget stated before the actual (“年初预算为 0 万元，全年预算为 321.02 万元，支出决算为 307.82
 * 万元”: 321.02), the actual, and the words up to the next item's budget.
 */
const ITEM = new RegExp(
  `((?:年初|全年|调整后?)?预算(?:数)?为?(${NUMBER})万元)(?:(?!预算(?:数)?为?\\d)[^。])*?(?:支出)?决算(?:数)?为?(${NUMBER})万元((?:(?!(?:年初|全年|调整后?)?预算(?:数)?为?\\d).)*)`,
  "g"
);
const BASICALLY_FLAT = /基本持平/;
/** “主要原因：” (or 是 / 为) followed by no words before the sentence ends. */
const EMPTY_REASON = /主要原因(?:是|为)?[:：]?\s*(?=[。；;]|$)/;

function amountOf(raw: string): Amount | undefined {
  const parsed = parseFigureText(raw);
  return parsed.kind === "amount" ? parsed.amount : undefined;
}

function check(context: RuleContext): void {
  const narrative = context.tables.narrative;
  if (!narrative) return;
  const percent = new Decimal(context.settings.basicallyFlatPercent ?? 1);
  for (const cell of narrative.cells) {
    for (const m of withoutSpaces(cell.text).matchAll(ITEM)) {
      const budget = amountOf(m[2]);
      const actual = amountOf(m[3]);
      if (!budget || !actual) continue;
      const after = m[4];
      const difference = actual.value.minus(budget.value).abs();
      const decimals = Math.max(budget.decimals, actual.decimals);
      const base = { table: "narrative", sheet: cell.sheet, cell: cell.address, related: [] as string[] };
      const stated = `“${m[1]}，…决算为 ${showAmount(actual)} 万元”`;
      if (BASICALLY_FLAT.test(after)) {
        const allowed = budget.value.times(percent).div(100);
        if (difference.gt(allowed)) {
          context.report({
            ...base,
            severity: "warning",
            expected: null,
            actual: "基本持平",
            messageId: "notBasicallyFlat",
            data: { stated, difference: formatFigure(difference, decimals), percent: percent.toString() },
          });
        }
      }
      if (!difference.isZero() && EMPTY_REASON.test(after)) {
        context.report({
          ...base,
          severity: "warning",
          expected: null,
          actual: null,
          messageId: "reasonMissing",
          data: { stated, difference: formatFigure(difference, decimals) },
        });
      }
    }
  }
}

export const budgetWording: Rule = {
  meta: {
    id: "report/budget-wording",
    severity: "warning",
    title: "预算与决算对比的说明不完整",
    titleEn: "Budget-versus-actual wording left incomplete",
    docs: "“年初预算为 A 万元，支出决算为 B 万元”之后：称“基本持平”时两者之差不应超过 A 的 1%（设置 basicallyFlatPercent）；A ≠ B 时“主要原因：”后须写明原因。大于、小于、等于是否与 A、B 相符由“情况说明增减用词与数字矛盾”（narrative/direction）核对。",
    // {{stated}}: the item's words, “年初预算为 A 万元，…决算为 B 万元”; {{difference}}: |B − A| in 万元.
    messages: {
      notBasicallyFlat: "{{stated}}：决算数与预算数相差 {{difference}} 万元，超过预算数的 {{percent}}%，不宜称“基本持平”",
      reasonMissing: "{{stated}}：决算数与预算数相差 {{difference}} 万元，“主要原因”后未写原因",
    },
  },
  check,
};
