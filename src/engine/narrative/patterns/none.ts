// "本部门2024年度无政府性基金预算财政拨款支出。": the table must hold nothing for that item.
import { resolveItem } from "../items";
import { itemPhrase } from "../text";
import { PatternContext, claim, currentOf, matchesIn } from "./context";

const NOTHING = /(?:本部门|本单位|我部门|我单位)?\s*(?:\d{4}\s*年度?)?\s*(?:没有|无)\s*([^，。；,;]+?(?:支出|收入|经费))\s*(?=[，。；,;]|$)/g;

export function nonePattern(context: PatternContext): void {
  for (const match of matchesIn(context, NOTHING)) {
    const item = resolveItem(itemPhrase(match[1]), context.paragraph.section, context.tables);
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
