// "决算数小于预算数的主要原因是…": the word (小于, 大于, 持平, 等于) must agree with the item's actual and budget
// figures — 07's 预算数 in the “三公” part, 参考数据's 年初预算数 elsewhere.
import { directionOf } from "../claims";
import { budgetSource } from "../sources";
import { PatternContext, claim, lastMention, matchesIn } from "./context";

const COMPARISON = /决算数?\s*(小于|低于|少于|大于|高于|多于|超过|等于|持平于?|与(?:年初)?预算数?持平)\s*(?:年初)?(?:预算数?)?/g;

const WORD_DIRECTION: Record<string, "增加" | "减少" | "持平"> = {
  小于: "减少",
  低于: "减少",
  少于: "减少",
  大于: "增加",
  高于: "增加",
  多于: "增加",
  超过: "增加",
};

export function comparePattern(context: PatternContext): void {
  for (const match of matchesIn(context, COMPARISON, ["决算"])) {
    const mention = lastMention(context, match.index);
    if (!mention?.item) continue;
    const word = match[1].startsWith("与") || match[1].startsWith("持平") ? "持平" : match[1];
    const budget = budgetSource(context.tables, mention.item, context.paragraph.section === "threePublic");
    if (budget.kind === "missing") continue;
    claim(context, {
      kind: "compare",
      paragraph: context.paragraph,
      quote: { start: match.index, end: match.index + match[0].length },
      label: mention.label,
      word,
      direction: directionOf(WORD_DIRECTION[word] ?? "持平"),
      actual: mention.current,
      budget,
    });
  }
}
