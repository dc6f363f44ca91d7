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

/** The item a （类）（款）（项） phrase names, when table 05 holds it. */
export function functionalLine(tables: WorkbookTables, category: string, section: string, line: string): Item | undefined {
  const table = tables.public["05"];
  if (!table) return undefined;
  const row = findFunctionalRow(table, stripLead(category), section.trim(), line.trim());
  return row ? functionalItem(row) : undefined;
}

export function functionalPattern(context: PatternContext): void {
  for (const match of matchesIn(context, FUNCTIONAL_SENTENCE, ["类", "款", "项"])) {
    const figures = figuresIn(context, match.index, match.index + match[0].length);
    const figure = figures[figures.length - 1];
    if (!figure || context.claimed.has(figure)) continue;
    const [, category, section, line] = match;
    const item = functionalLine(context.tables, category, section, line);
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
    addMention(context, { position: figure.start, label, item, figure, current: item ? current : currentOf(context, undefined, figure) });
  }
}
