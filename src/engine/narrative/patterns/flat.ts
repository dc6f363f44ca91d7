// "与上年相比，今年结转结余持平", "2024 年因公出国（境）费与上年持平": the item's figure equals last year's. Checkable
// only with 参考数据's 上年决算数; without it the sentence is reported as not checkable.
import { resolveItem } from "../items";
import { priorSource } from "../sources";
import { CLAUSE_DELIMITERS, itemPhrase, normalizePhrase, sentenceSpans } from "../text";
import { PatternContext, claim, currentOf, lastMention } from "./context";

export function flatPattern(context: PatternContext): void {
  const { paragraph, scan } = context;
  // Most paragraphs say nothing is 持平: they need no splitting into sentences.
  const first = scan.indexOf("持平", paragraph.start);
  if (first < 0 || first + 2 > paragraph.end) return;
  for (const sentence of sentenceSpans(scan, paragraph.start, paragraph.end)) {
    const text = scan.slice(sentence.start, sentence.end);
    const at = text.indexOf("持平");
    // "决算数持平预算数" compares with the budget, not with last year.
    if (at < 0 || !/上年|上一年|去年/.test(text) || /持平(?:于)?预算|预算数?持平/.test(text)) continue;
    let clauseStart = at;
    while (clauseStart > 0 && !CLAUSE_DELIMITERS.includes(text[clauseStart - 1])) clauseStart--;
    const subjectText = normalizePhrase(text.slice(clauseStart, at))
      .replace(/(?:与|比|较|同)?(?:上年|上一年度|上年度|去年)(?:同期)?(?:相比)?/g, "")
      .replace(/(?:基本|保持|基本保持|相比)$/, "");
    const position = sentence.start + at;
    const named = itemPhrase(subjectText);
    const item = named ? resolveItem(named, paragraph.section, context.tables) : lastMention(context, position)?.item;
    if (!item) continue;
    const mention = [...context.mentions].reverse().find((m) => m.item?.id === item.id && m.position < position);
    claim(context, {
      kind: "flat",
      paragraph,
      quote: { start: sentence.start + clauseStart, end: position + 2 },
      label: item.label,
      item,
      current: currentOf(context, item, mention?.figure),
      prior: priorSource(context.tables, item),
    });
  }
}
