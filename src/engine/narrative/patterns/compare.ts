// "决算数小于预算数的主要原因是…": the word (小于, 大于, 持平, 等于) must agree with the budget and the actual the
// same paragraph states ("年初预算为 A 万元，支出决算为 B 万元。决算数小于预算数…"), else with the item the clause
// names ("“三公”经费支出决算数小于预算数": 07's 预算数 and 决算数), else with the paragraph's head item. A clause
// naming something no table holds is not guessed at.
import { directionOf } from "../claims";
import { resolveSubject } from "../items";
import { Source, budgetSource, currentSource } from "../sources";
import { clauseStart, normalizePhrase } from "../text";
import { TextFigure } from "../types";
import { PatternContext, claim, headMention, lastMention, matchesIn } from "./context";

const COMPARISON = /决算数?\s*(小于|低于|少于|大于|高于|多于|超过|等于|持平于?|与(?:年初|全年)?预算数?(?:基本)?持平)\s*(?:年初|全年)?(?:预算数?)?/g;

const WORD_DIRECTION: Record<string, "增加" | "减少" | "持平"> = {
  小于: "减少",
  低于: "减少",
  少于: "减少",
  大于: "增加",
  高于: "增加",
  多于: "增加",
  超过: "增加",
};

const BUDGET_LEAD = /(年初|全年|调整后?)?预算(?:数|金额)?(?:为|是)$/;
const ACTUAL_LEAD = /(?:支出决算|决算数?|执行数|执行金额|实际支出)(?:为|是)?$/;

/** The budgets (by kind) and the actual the paragraph states before `position`, after the previous comparison. */
function statedPair(context: PatternContext, from: number, position: number): { budgets: { figure: TextFigure; kind: string }[]; actual?: TextFigure } {
  const budgets: { figure: TextFigure; kind: string }[] = [];
  let actual: TextFigure | undefined;
  for (const figure of context.figures) {
    if (figure.start < from || figure.start >= position || figure.placeholder || !/^(?:万元|万|元)$/.test(figure.unit)) continue;
    const lead = normalizePhrase(context.scan.slice(clauseStart(context.scan, figure.start, context.paragraph.start), figure.start));
    const budget = BUDGET_LEAD.exec(lead);
    if (budget) budgets.push({ figure, kind: budget[1] === "年初" ? "年初" : budget[1] ? "全年" : "any" });
    else if (ACTUAL_LEAD.test(lead)) actual = figure;
  }
  return { budgets, actual };
}

export function comparePattern(context: PatternContext): void {
  let from = context.paragraph.start;
  for (const match of matchesIn(context, COMPARISON, ["决算"])) {
    const word = match[1].startsWith("与") || match[1].startsWith("持平") ? "持平" : match[1];
    const direction = directionOf(WORD_DIRECTION[word] ?? "持平");
    const quote = { start: match.index, end: match.index + match[0].length };
    const wanted = /年初预算/.test(match[0]) ? "年初" : /全年预算/.test(match[0]) ? "全年" : "any";
    const base = { kind: "compare" as const, paragraph: context.paragraph, quote, word, direction };
    const at = context.paragraph.cell;
    const stated = (figure: TextFigure, label: string): Source => ({ kind: "stated", figure, at, label });

    // The words before 决算数 in its clause name the item: "2025 年度“三公”经费支出决算数小于预算数".
    const words = context.scan.slice(clauseStart(context.scan, match.index, context.paragraph.start), match.index);
    const named = resolveSubject(words, context.paragraph.section, context.tables);
    const pair = statedPair(context, from, match.index);
    from = match.index + match[0].length;
    if (named.phrase && !named.item) continue;
    if (!named.item && pair.actual && pair.budgets.length > 0) {
      // "预算数" may be the 年初 or the 全年 one: the word must agree with one the paragraph states (or the one named).
      const budgets = pair.budgets.filter((b) => wanted === "any" || b.kind === wanted || b.kind === "any");
      if (budgets.length === 0) continue;
      const actual = pair.actual;
      const claims = budgets.map((b) => ({ ...base, label: "", actual: stated(actual, "决算数"), budget: stated(b.figure, "预算数"), figures: [b.figure, actual] }));
      // Only one budget can be meant: with several, a word that fits any of them is not contradicted.
      if (claims.length === 1) claim(context, claims[0]);
      else claim(context, { ...claims[claims.length - 1], alternatives: claims.slice(0, -1).map((c) => c.budget) });
      continue;
    }
    const mention = named.item ? undefined : lastMention(context, match.index) ?? headMention(context);
    const item = named.item ?? mention?.item;
    if (!item) continue;
    const budget = budgetSource(context.tables, item, context.paragraph.section === "threePublic");
    if (budget.kind === "missing") continue;
    claim(context, { ...base, label: named.item ? item.label : mention!.label, actual: named.item ? currentSource(context.tables, item) : mention!.current, budget });
  }
}
