// Template phrases left in the text: "减少（增加）", "下降（增长）", "增加/减少", "大于（小于）". The template offers both
// words; the report must keep the one the figures call for.
import { PatternContext, claim, matchesIn, paragraphText } from "./context";

const WORDS = "增加|减少|增长|降低|下降|上升|持平|大于|小于|高于|低于|等于";
const BOTH_WORDS = new RegExp(`(?:${WORDS})\\s*(?:[（(]\\s*(?:${WORDS})\\s*[）)]|[/／](?:${WORDS}))`, "g");

export function leftoverPattern(context: PatternContext): void {
  // Both words are joined by a bracket or a slash: a paragraph with none of them is not searched.
  if (!/[（(/／]/.test(paragraphText(context))) return;
  for (const match of matchesIn(context, BOTH_WORDS)) {
    claim(context, {
      kind: "leftover",
      paragraph: context.paragraph,
      quote: { start: match.index, end: match.index + match[0].length },
      phrase: match[0],
    });
  }
}
