// "本部门2024年度无政府性基金预算财政拨款支出。": the table must hold nothing for that item.
import { resolveItem } from "../items";
import { itemPhrase } from "../text";
import { PatternContext, claim, currentOf, matchesIn, paragraphText } from "./context";

const NOTHING = /(?:本部门|本单位|我部门|我单位)?\s*(?:\d{4}\s*年度?)?\s*(?:没有|无)\s*([^，。；,;]+?(?:支出|收入|经费))\s*(?=[，。；,;]|$)/g;

export function nonePattern(context: PatternContext): void {
  // Every match says 无 or 没有: a paragraph with neither is not searched.
  const text = paragraphText(context);
  if (!text.includes("无") && !text.includes("没有")) return;
  for (const match of matchesIn(context, NOTHING)) {
    // "无政府性基金预算财政拨款收入和支出": both the 收入 and the 支出.
    const phrase = itemPhrase(match[1]);
    const both = /^(.+?)收入和支出$/.exec(phrase);
    const phrases = both ? [`${both[1]}收入`, `${both[1]}支出`] : [phrase];
    for (const words of phrases) {
      const item = resolveItem(words, context.paragraph.section, context.tables);
      if (!item) continue;
      const source = currentOf(context, item);
      if (source.kind !== "cells") continue;
      claim(context, {
        kind: "none",
        paragraph: context.paragraph,
        quote: { start: match.index, end: match.index + match[0].length },
        label: item.label,
        source,
      });
    }
  }
}
