// The sentences every 情况说明 is made of, read figure by figure from the words just before each one:
//  - "<item> X 万元"                    an amount that restates the item's table cell;
//  - "占<base>的 P%"                     a share: the item last stated ÷ the base;
//  - "完成（年初）预算的 P%"               a budget rate: the item ÷ its budget (07 for “三公”, else 参考数据, or the
//                                       预算数 the sentence itself states);
//  - "增加/减少 D 万元，增长/降低 P%"       a change on last year: prior = current ∓ D, P = D ÷ prior.
import { Amount, amountOf } from "../../amount";
import { Decimal } from "../../decimal";
import { memoOn } from "../../memo";
import { DOWN_WORDS, UP_WORDS, ChangeClaim, directionOf } from "../claims";
import { Item, resolveItem } from "../items";
import { Source, budgetSource, priorSource } from "../sources";
import { clauseStart, itemPhrase, normalizePhrase, sentenceSpans } from "../text";
import { TextFigure } from "../types";
import { PatternContext, addMention, claim, currentOf, lastMention } from "./context";

const DIRECTION_WORDS = [...UP_WORDS, ...DOWN_WORDS];
/** A direction word right before the figure; a template's "增加（减少）" counts as its first word. */
const ENDS_WITH_DIRECTION = new RegExp(`(${DIRECTION_WORDS.join("|")})(?:\\((?:${DIRECTION_WORDS.join("|")})\\))?了?$`);
const SHARE = /^(.*?)占(.+?)的?(?:比重|比例)?(?:为)?$/;
const BUDGET_RATE = /^(.*?)(?:完成|达到)(?:了)?(?:全年|年初|全年年初)?预算(?:数)?的$|^(.*?)预算(?:完成率|执行率)(?:为|达到)?$/;
/** The words before a figure the sentence gives as its budget or its actual spending. */
const STATED_BUDGET = /(?:年初)?预算(?:数|金额)?(?:为|是)$/;
const STATED_ACTUAL = /(?:支出决算|决算数?|执行数|执行金额|实际支出)(?:为|是)$/;

/** × 0.01 is ÷ 100 exactly (both correctly rounded), and far cheaper than a long division. */
const HUNDREDTH = new Decimal("0.01");

/** A percentage shown without its % sign, read as one ("100.00" → 100.00%). */
function asPercent(figure: TextFigure): Amount | undefined {
  const amount = figure.amount;
  if (!amount || figure.unit === "%") return amount;
  return amountOf(amount.value.times(HUNDREDTH), amount.decimals + 2, true);
}

/** The figure with its unit, when the unit the sentence needs was missing. */
function withUnit(context: PatternContext, figure: TextFigure, unit: "%" | "万元"): TextFigure {
  if (figure.unit === unit) return figure;
  claim(context, { kind: "unit", paragraph: context.paragraph, quote: { start: figure.start, end: figure.unitEnd }, figure, expectedUnit: unit });
  return unit === "%" ? { ...figure, amount: asPercent(figure) } : figure;
}

function skipSpaces(text: string, position: number): number {
  let at = position;
  while (at < text.length && /\s/.test(text[at])) at++;
  return at;
}

// A paragraph is split into sentences once, however many of its figures ask which sentence they are in.
const SENTENCES = Symbol("sentence spans");

function sentenceOf(context: PatternContext, position: number): { start: number; end: number } {
  const { paragraph } = context;
  const spans = memoOn(paragraph, SENTENCES, () => sentenceSpans(paragraph.cell.text, paragraph.start, paragraph.end));
  return spans.find((s) => position >= s.start && position < s.end) ?? { start: context.paragraph.start, end: context.paragraph.end };
}

/** The item a subject phrase names, or the one the paragraph last stated a figure for. */
function subjectOf(context: PatternContext, phrase: string, position: number): { item?: Item; label: string; stated?: TextFigure } {
  const named = itemPhrase(phrase);
  if (named) {
    const item = resolveItem(named, context.paragraph.section, context.tables);
    const mention = [...context.mentions]
      .reverse()
      .find((m) => m.position < position && (item ? m.item?.id === item.id : !m.item && m.label === named));
    return { item, label: item?.label ?? named, stated: mention?.figure };
  }
  const mention = lastMention(context, position);
  return mention ? { item: mention.item, label: mention.label, stated: mention.figure } : { label: "" };
}

interface Pending {
  claim: ChangeClaim;
  sentenceEnd: number;
}

export function figurePattern(context: PatternContext): void {
  const { paragraph, scan } = context;
  let pending: Pending | undefined;
  let previousEnd = paragraph.start;
  for (const figure of context.figures) {
    const leadStart = Math.max(clauseStart(scan, figure.start, paragraph.start), previousEnd);
    previousEnd = figure.unitEnd;
    if (context.claimed.has(figure)) continue;
    const lead = normalizePhrase(scan.slice(leadStart, figure.start));
    const unit = figure.unit;
    if (unit !== "" && unit !== "%" && unit !== "万元") continue;
    if (pending && figure.start >= pending.sentenceEnd) pending = undefined;

    const direction = ENDS_WITH_DIRECTION.exec(lead);
    if (direction) {
      pending = changePart(context, figure, lead, direction[1], leadStart, pending);
      continue;
    }
    if (unit !== "万元") {
      const share = SHARE.exec(lead);
      if (share) {
        shareClaim(context, figure, share[1], share[2], leadStart);
        continue;
      }
      const rate = BUDGET_RATE.exec(lead);
      if (rate) {
        budgetClaim(context, figure, rate[1] ?? rate[2] ?? "", leadStart);
        continue;
      }
    }
    if (unit !== "%") amountClaim(context, figure, lead, leadStart);
  }
}

/** The item a lead names; "一般公共预算财政拨款支出决算为" names 一般公共预算财政拨款支出 (a short "支出决算为" names none). */
function leadItem(context: PatternContext, phrase: string): Item | undefined {
  if (!phrase) return undefined;
  const item = resolveItem(phrase, context.paragraph.section, context.tables);
  if (item) return item;
  const bare = phrase.replace(/决算数?$/, "");
  return bare !== phrase && bare.length >= 4 ? resolveItem(bare, context.paragraph.section, context.tables) : undefined;
}

function amountClaim(context: PatternContext, figure: TextFigure, lead: string, leadStart: number): void {
  if (STATED_BUDGET.test(lead)) return statedFigure(context, figure, lead, leadStart);
  const phrase = itemPhrase(lead);
  const item = leadItem(context, phrase);
  if (!item && STATED_ACTUAL.test(lead)) return statedFigure(context, figure, lead, leadStart);
  if (!item) {
    // Not an item of the tables ("政府采购支出总额 0.00 万元"), but a later "比上年增加 D 万元，增长 P%" is about it.
    if (phrase && figure.unit === "万元") {
      addMention(context, { position: figure.start, label: phrase, figure, current: currentOf(context, undefined, figure) });
    }
    return;
  }
  const shown = withUnit(context, figure, "万元");
  const current = currentOf(context, item);
  claim(
    context,
    {
      kind: "amount",
      paragraph: context.paragraph,
      quote: { start: skipSpaces(context.scan, leadStart), end: figure.unitEnd },
      figure: shown,
      label: item.label,
      item,
      source: current,
    },
    [figure]
  );
  addMention(context, { position: figure.start, label: item.label, item, figure: shown, current: currentOf(context, item, shown) });
}

/** "年初预算为 500.00 万元", "支出决算为 477.29 万元": restates the item's budget or actual when they are known. */
function statedFigure(context: PatternContext, figure: TextFigure, lead: string, leadStart: number): void {
  const mention = lastMention(context, figure.start);
  if (!mention?.item) return;
  const budget = STATED_BUDGET.test(lead);
  const source = budget ? budgetSource(context.tables, mention.item, context.paragraph.section === "threePublic") : mention.current;
  if (source.kind === "missing" || source.kind === "stated") return;
  claim(
    context,
    {
      kind: "amount",
      paragraph: context.paragraph,
      quote: { start: leadStart, end: figure.unitEnd },
      figure: withUnit(context, figure, "万元"),
      label: `${mention.label}${budget ? "预算数" : "决算数"}`,
      item: mention.item,
      source,
    },
    [figure]
  );
}

function shareClaim(context: PatternContext, figure: TextFigure, numeratorPhrase: string, basePhrase: string, leadStart: number): void {
  const base = resolveItem(itemPhrase(basePhrase), context.paragraph.section, context.tables);
  if (!base) return;
  const subject = subjectOf(context, numeratorPhrase, figure.start);
  if (!subject.item && !subject.stated) return;
  claim(
    context,
    {
      kind: "ratio",
      role: "share",
      paragraph: context.paragraph,
      quote: { start: leadStart, end: figure.unitEnd },
      figure: withUnit(context, figure, "%"),
      label: subject.label,
      item: subject.item,
      numerator: currentOf(context, subject.item, subject.stated),
      denominator: currentOf(context, base),
    },
    [figure]
  );
}

/** The figure of the sentence (before `position`) whose lead matches `pattern`: a budget or actual the sentence states. */
function statedInSentence(context: PatternContext, position: number, pattern: RegExp): TextFigure | undefined {
  const sentence = sentenceOf(context, position);
  let found: TextFigure | undefined;
  for (const figure of context.figures) {
    if (figure.start < sentence.start || figure.start >= position || figure.unit !== "万元") continue;
    const lead = normalizePhrase(context.scan.slice(clauseStart(context.scan, figure.start, sentence.start), figure.start));
    if (pattern.test(lead)) found = figure;
  }
  return found;
}

function budgetClaim(context: PatternContext, figure: TextFigure, subjectPhrase: string, leadStart: number): void {
  const subject = subjectOf(context, subjectPhrase, figure.start);
  // "年初预算为 500.00 万元，支出决算为 477.29 万元，完成年初预算的 95.46%": checked from the sentence alone.
  const statedBudget = statedInSentence(context, figure.start, STATED_BUDGET);
  const statedActual = statedInSentence(context, figure.start, STATED_ACTUAL);
  if (!subject.item && !statedBudget) return;
  const at = context.paragraph.cell;
  const denominator: Source = statedBudget
    ? { kind: "stated", figure: statedBudget, at, label: "预算数" }
    : budgetSource(context.tables, subject.item!, context.paragraph.section === "threePublic");
  const numerator: Source = statedActual
    ? { kind: "stated", figure: statedActual, at, label: "决算数" }
    : currentOf(context, subject.item, subject.stated);
  claim(
    context,
    {
      kind: "ratio",
      role: "budget",
      paragraph: context.paragraph,
      quote: { start: leadStart, end: figure.unitEnd },
      figure: withUnit(context, figure, "%"),
      label: subject.label,
      item: subject.item,
      numerator,
      denominator,
    },
    [figure]
  );
}

/** Strips the comparison words around a change's subject: "今年收入总计减少" → "收入总计". */
function changeSubject(lead: string, word: string): string {
  return lead
    .slice(0, lead.lastIndexOf(word))
    .replace(/(?:与|比|较|同比|相比)?(?:上年|上一年度|上年度|去年)(?:同期)?(?:相比)?/g, "")
    .replace(/同比|相比/g, "");
}

function changePart(context: PatternContext, figure: TextFigure, lead: string, word: string, leadStart: number, pending: Pending | undefined): Pending | undefined {
  const isRate = figure.unit === "%" || (figure.unit === "" && pending !== undefined && !pending.claim.rate);
  const shown = withUnit(context, figure, isRate ? "%" : "万元");
  const wordStart = leadStart + context.scan.slice(leadStart, figure.start).lastIndexOf(word);
  const part = { word, direction: directionOf(word), wordStart, figure: shown };
  context.claimed.add(figure);
  if (isRate && pending && !pending.claim.rate) {
    pending.claim.rate = part;
    pending.claim.quote.end = figure.unitEnd;
    return undefined;
  }
  const subject = subjectOf(context, changeSubject(lead, word), figure.start);
  const sentence = sentenceOf(context, figure.start);
  const change: ChangeClaim = {
    kind: "change",
    paragraph: context.paragraph,
    quote: { start: wordStart, end: figure.unitEnd },
    label: subject.label,
    item: subject.item,
    current: currentOf(context, subject.item, subject.stated),
    prior: subject.item ? priorSource(context.tables, subject.item) : { kind: "missing", column: "上年决算数", label: subject.label },
  };
  if (isRate) change.rate = part;
  else change.amount = part;
  claim(context, change);
  return isRate ? undefined : { claim: change, sentenceEnd: sentence.end };
}
