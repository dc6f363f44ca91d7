// "一般公共服务支出（类）党委办公厅（室）及相关机构事务（款）行政运行（项）1116.80 万元": a 项 of table 05, found
// by its names (类, then 款 under it, then 项 under that), never by position. Names are compared leniently
// (brackets, spaces, a trailing 支出), and when the 项 name alone is unique in 05 it is enough.
import { WorkbookTables } from "../../rule";
import { PublicTable, TableRow } from "../../tables";
import { Item, functionalItem, rowsNamed } from "../items";
import { FIG, PatternContext, addMention, claim, currentOf, figuresIn, matchesIn } from "./context";

const FUNCTIONAL_SENTENCE = new RegExp(
  `([^，。；,;:：]*?)[（(]类[）)]\\s*([^，。；,;]*?)[（(]款[）)]\\s*([^，。；,;]*?)[（(]项[）)]\\s*(${FIG})\\s*(万元)?`,
  "g"
);

function stripLead(name: string): string {
  return name.replace(/^\s*(?:[（(]?\d+[）)]|\d+[.、．])\s*/, "").trim();
}

/** The 05 row of a （类）（款）（项） phrase, or undefined when it names none (or more than one). */
export function findFunctionalRow(table: PublicTable, category: string, section: string, line: string): TableRow | undefined {
  const lines = rowsNamed(table, line, 7);
  if (lines.length === 1) return lines[0];
  const categories = rowsNamed(table, category, 3);
  for (const cat of categories) {
    const sections = rowsNamed(table, section, 5, cat.code ?? cat.key);
    for (const sec of sections) {
      const found = rowsNamed(table, line, 7, sec.code ?? sec.key);
      if (found.length === 1) return found[0];
    }
  }
  return undefined;
}

/**
 * The item a （类）（款）（项） phrase names: a row of 05, or of 08 / 09 in their own paragraphs (八、政府性基金…);
 * a name found in more than one of them is no item.
 */
function functionalLine(tables: WorkbookTables, category: string, section: string, line: string, kinds: ("05" | "08" | "09")[] = ["05"]): Item | undefined {
  const found: Item[] = [];
  for (const kind of kinds) {
    const table = tables.public[kind];
    if (!table) continue;
    const row = findFunctionalRow(table, stripLead(category), section.trim(), line.trim());
    if (row) found.push(functionalItem(row, kind));
  }
  return found.length === 1 ? found[0] : undefined;
}

/** “1、文化旅游体育与传媒支出（类）文化和旅游（款）行政运行（项）。主要用于：…支出决算为 457.86 万元”. */
const FUNCTIONAL_NAMING = /([^，。；,;:：]*?)[（(]类[）)]\s*([^，。；,;]*?)[（(]款[）)]\s*([^，。；,;]*?)[（(]项[）)]/g;

/** Which tables a paragraph's （项） are in: 八、政府性基金… reads 08, 九、国有资本经营… 09, the rest 05. */
function kindsFor(context: PatternContext): ("05" | "08" | "09")[] {
  const heading = context.sectionHeading ?? "";
  if (/政府性基金/.test(heading)) return ["08"];
  if (/国有资本经营/.test(heading)) return ["09"];
  return ["05"];
}

export function functionalPattern(context: PatternContext): void {
  const kinds = kindsFor(context);
  const named = new Set<number>();
  for (const match of matchesIn(context, FUNCTIONAL_SENTENCE, ["类", "款", "项"])) {
    named.add(match.index);
    const figures = figuresIn(context, match.index, match.index + match[0].length);
    const figure = figures[figures.length - 1];
    if (!figure || context.claimed.has(figure)) continue;
    const [, category, section, line] = match;
    const item = functionalLine(context.tables, category, section, line, kinds);
    const label = `${stripLead(category)}（类）${section.trim()}（款）${line.trim()}（项）`;
    const current = currentOf(context, item);
    if (item) {
      claim(
        context,
        {
          kind: "amount",
          paragraph: context.paragraph,
          quote: { start: match.index + match[0].search(/[（(]项[）)]/) - line.length, end: figure.unitEnd },
          figure,
          label: line.trim(),
          item,
          source: current,
        },
        [figure]
      );
    }
    if (!item && !figure.placeholder) {
      const reason = kinds.some((k) => context.tables.public[k]) ? `${kinds.join("、")}表中没有（或不止一处）“${line.trim()}（项）”` : `工作簿中没有${kinds.join("、")}表`;
      claim(context, { kind: "unchecked", paragraph: context.paragraph, quote: { start: match.index, end: figure.unitEnd }, figure, reason }, [figure]);
    }
    addMention(context, { position: figure.start, label, item, figure, current: item ? current : currentOf(context, undefined, figure) });
  }
  // A 项 named with no figure after it: the paragraph is about it ("…（项）。主要用于：…支出决算为 B 万元").
  for (const match of matchesIn(context, FUNCTIONAL_NAMING, ["类", "款", "项"])) {
    if (named.has(match.index)) continue;
    const [, category, section, line] = match;
    const item = functionalLine(context.tables, category, section, line, kinds);
    const label = `${stripLead(category)}（类）${section.trim()}（款）${line.trim()}（项）`;
    addMention(context, { position: match.index, label: item?.label ?? label, item, current: currentOf(context, item) });
  }
}
