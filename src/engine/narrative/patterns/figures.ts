// The sentences every 情况说明 is made of, read figure by figure from the words just before each one:
//  - "<item> X 万元"                    an amount that restates the item's table cell;
//  - "占<base>的 P%"                     a share: the item last stated ÷ the base;
//  - "完成（年初）预算的 P%"               a budget rate: the item ÷ its budget (07 for “三公”, else 参考数据, or the
//                                       预算数 the sentence itself states);
//  - "增加/减少 D 万元，增长/降低 P%"       a change on last year: prior = current ∓ D, P = D ÷ prior.
import { Amount, amountOf } from "../../amount";
import { Decimal } from "../../decimal";
import { DOWN_WORDS, UP_WORDS, ChangeClaim, directionOf } from "../claims";
import { Item, resolveSubject } from "../items";
import { Source, budgetSource, priorSource } from "../sources";
import { clauseStart, normalizePhrase } from "../text";
import { TextFigure } from "../types";
import { PatternContext, addMention, claim, currentOf, lastMention, sentenceAt } from "./context";

const DIRECTION_WORDS = [...UP_WORDS, ...DOWN_WORDS];
/** A direction word right before the figure; a template's "增加（减少）" counts as its first word. */
const ENDS_WITH_DIRECTION = new RegExp(`(${DIRECTION_WORDS.join("|")})(?:\\((?:${DIRECTION_WORDS.join("|")})\\))?了?$`);
const SHARE = /^(.*?)占(.+?)的?(?:比重|比例)?(?:为)?$/;
const BUDGET_RATE = /^(.*?)(?:完成|达到)(?:了)?(?:全年|年初|全年年初)?预算(?:数)?的$|^(.*?)预算(?:完成率|执行率)(?:为|达到)?$/;
/** The words before a figure the sentence gives as its budget or its actual spending. */
const STATED_BUDGET = /(?:年初)?预算(?:数|金额)?(?:为|是)$/;
const STATED_ACTUAL = /(?:支出决算|决算数?|执行数|执行金额|实际支出)(?:为|是)?$/;

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
  if (figure.unit === unit || (unit === "万元" && MONEY_UNITS.has(figure.unit))) return figure;
  claim(context, { kind: "unit", paragraph: context.paragraph, quote: { start: figure.start, end: figure.unitEnd }, figure, expectedUnit: unit });
  return unit === "%" ? { ...figure, amount: asPercent(figure) } : figure;
}

function skipSpaces(text: string, position: number): number {
  let at = position;
  while (at < text.length && /\s/.test(text[at])) at++;
  return at;
}

/** The item a subject phrase names, or the one the sentence (or the paragraph's head) last stated a figure for. */
function subjectOf(context: PatternContext, phrase: string, position: number): { item?: Item; label: string; stated?: TextFigure; candidates?: string[] } {
  const resolution = resolveSubject(phrase, context.paragraph.section, context.tables);
  const named = resolution.phrase;
  if (named) {
    const item = resolution.item;
    // The same item named again: the figure the paragraph stated for it (when the tables lack it).
    const mention = [...context.mentions]
      .reverse()
      .find((m) => m.position < position && (item ? m.item?.id === item.id : !m.item && m.label === named));
    return { item, label: item?.label ?? named, stated: mention?.figure, candidates: resolution.candidates };
  }
  const mention = lastMention(context, position);
  return mention ? { item: mention.item, label: mention.label, stated: mention.figure } : { label: "" };
}

interface Pending {
  claim: ChangeClaim;
  sentenceEnd: number;
}

/** Units of money a figure of the text may carry; 元 is converted to 万元 exactly. */
const MONEY_UNITS = new Set(["万元", "万", "元"]);

export function figurePattern(context: PatternContext): void {
  const { paragraph, scan } = context;
  let pending: Pending | undefined;
  let previousEnd = paragraph.start;
  for (const figure of context.figures) {
    const leadStart = Math.max(clauseStart(scan, figure.start, paragraph.start), previousEnd);
    previousEnd = figure.unitEnd;
    if (context.claimed.has(figure)) continue;
    // The first clause of a paragraph that goes on from the cell before starts in that cell.
    const carried = leadStart === paragraph.start && context.continued ? context.continued.lead : "";
    const lead = normalizePhrase(carried + scan.slice(leadStart, figure.start));
    const unit = figure.unit;
    if (unit !== "" && unit !== "%" && !MONEY_UNITS.has(unit)) continue;
    if (pending && figure.start >= pending.sentenceEnd) pending = undefined;

    const direction = ENDS_WITH_DIRECTION.exec(lead);
    if (direction) {
      pending = changePart(context, figure, lead, direction[1], leadStart, pending);
      continue;
    }
    if (!MONEY_UNITS.has(unit)) {
      const share = SHARE.exec(lead);
      if (share) {
        shareClaim(context, figure, share[1], share[2], leadStart);
        continue;
      }
      const bareShare = /^(.*?)占$/.exec(lead);
      if (bareShare) {
        shareClaim(context, figure, bareShare[1], "", leadStart);
        continue;
      }
      const rate = BUDGET_RATE.exec(lead);
      if (rate) {
        budgetClaim(context, figure, rate[1] ?? rate[2] ?? "", lead, leadStart);
        continue;
      }
    }
    if (unit !== "%") amountClaim(context, figure, lead, leadStart);
  }
}

/** A figure no check reaches, with why. */
function unchecked(context: PatternContext, figure: TextFigure, leadStart: number, reason: string, reference = false, missing?: Source): void {
  if (figure.placeholder) return;
  claim(
    context,
    {
      kind: "unchecked",
      paragraph: context.paragraph,
      quote: { start: skipSpaces(context.scan, leadStart), end: figure.unitEnd },
      figure,
      reason,
      reference,
      ...(missing ? { missing } : {}),
    },
    [figure]
  );
}

/** Why a subject could not be resolved, in words. */
function unresolvedReason(phrase: string, candidates: string[] = []): string {
  if (candidates.length > 1) return `“${phrase}”可能指${candidates.join("、")}，无法确定是哪一项`;
  if (candidates.length === 1) return `“${phrase}”与报表项目“${candidates[0]}”名称不一致，未作核对`;
  return phrase ? `报表中没有“${phrase}”` : "未能确定这个数字说的是哪一项";
}

/** The kind of budget a lead names: 年初预算, 全年预算 (the adjusted one), or a 预算 of either kind. */
type BudgetKind = "年初" | "全年" | "any";

function budgetKindOf(words: string): BudgetKind {
  if (/年初预算/.test(words)) return "年初";
  if (/全年预算|调整预算|调整后预算/.test(words)) return "全年";
  return "any";
}

function amountClaim(context: PatternContext, figure: TextFigure, lead: string, leadStart: number): void {
  if (STATED_BUDGET.test(lead)) return statedBudget(context, figure, lead, leadStart);
  const actual = STATED_ACTUAL.test(lead);
  let resolution = resolveSubject(lead, context.paragraph.section, context.tables);
  // "取得 9999.99 万元的收入总计": the noun after the figure, when the words before it name nothing.
  if (!resolution.item) {
    const after = /^的([^，。；;,：:、（(]+)/.exec(normalizePhrase(context.scan.slice(figure.unitEnd, figure.unitEnd + 24)));
    const noun = after ? resolveSubject(after[1], context.paragraph.section, context.tables) : undefined;
    if (noun?.item) resolution = noun;
  }
  let item = resolution.item;
  let label = item?.label ?? resolution.phrase;
  // "支出决算为 B 万元": the actual of the item the sentence (or the paragraph's head) is about.
  if (!item && !resolution.phrase && actual) {
    const mention = lastMention(context, figure.start);
    item = mention?.item;
    label = mention?.label ?? "";
  }
  if (!item) {
    unchecked(context, figure, leadStart, unresolvedReason(resolution.phrase, resolution.candidates));
    // Not an item of the tables ("机关运行经费支出 291.59 万元"), but a later "比上年增加 D 万元，增长 P%" is about it.
    if (label && MONEY_UNITS.has(figure.unit)) {
      addMention(context, { position: figure.start, label, figure, current: currentOf(context, undefined, figure) });
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
      label: actual && !resolution.item ? `${label}决算数` : item.label,
      item,
      source: current,
      // 外宾接待 within 公务接待费: more than it is implausible, less is fine.
      ...(item.id === "3p.foreign" ? { atMost: true } : {}),
    },
    [figure]
  );
  addMention(context, { position: figure.start, label: item.label, item, figure: shown, current: currentOf(context, item, shown) });
}

/**
 * "年初预算为 500.00 万元": the budget of the item the clause names, else of the one the sentence or the paragraph's
 * head is about. Checked against 07's 预算数 (“三公”) or 参考数据's 年初预算数; a 全年预算 is in neither. The
 * figure is checked again by the rate the sentence gives with it.
 */
function statedBudget(context: PatternContext, figure: TextFigure, lead: string, leadStart: number): void {
  const kind = budgetKindOf(lead);
  const words = lead.replace(/(?:年初|全年|调整后?)?预算(?:数|金额)?(?:为|是)$/, "");
  const resolution = resolveSubject(words, context.paragraph.section, context.tables);
  let item = resolution.item;
  let label = item?.label ?? resolution.phrase;
  if (!item && !resolution.phrase) {
    const mention = lastMention(context, figure.start);
    item = mention?.item;
    label = mention?.label ?? "";
  }
  const shown = withUnit(context, figure, "万元");
  if (item) addMention(context, { position: figure.start, label: item.label, item, current: currentOf(context, item) });
  if (!item) return unchecked(context, figure, leadStart, label ? unresolvedReason(label, resolution.candidates) : "未能确定这个预算数是哪一项的");
  if (kind === "全年") return unchecked(context, figure, leadStart, `报表中没有全年预算数（${item.label}）`);
  const source = budgetSource(context.tables, item, context.paragraph.section === "threePublic");
  if (source.kind === "missing") return unchecked(context, figure, leadStart, `缺少年初预算数（${describe(item)}）`, true, source);
  claim(
    context,
    {
      kind: "amount",
      paragraph: context.paragraph,
      quote: { start: skipSpaces(context.scan, leadStart), end: figure.unitEnd },
      figure: shown,
      label: `${item.label}预算数`,
      item,
      source,
    },
    [figure]
  );
}

/** An item as 参考数据 names it: "行政运行（2070101）". */
function describe(item: Item): string {
  return item.code && item.code.length === 7 ? `${item.label}（${item.code}）` : item.label;
}

function shareClaim(context: PatternContext, figure: TextFigure, numeratorPhrase: string, basePhrase: string, leadStart: number): void {
  const subject = subjectOf(context, numeratorPhrase, figure.start);
  let base: Item | undefined;
  if (basePhrase) {
    const resolution = resolveSubject(basePhrase, context.paragraph.section, context.tables);
    base = resolution.item;
    if (!base) return unchecked(context, figure, leadStart, unresolvedReason(resolution.phrase, resolution.candidates));
  } else {
    // "本年收入合计 X 万元，其中：财政拨款收入 Y 万元，占 P%": the share is of the sentence's head.
    base = sentenceHead(context, figure.start, subject.item);
    if (!base) return unchecked(context, figure, leadStart, "未能确定占比的基数");
  }
  if (!subject.item && !subject.stated) return unchecked(context, figure, leadStart, unresolvedReason(subject.label, subject.candidates));
  claim(
    context,
    {
      kind: "ratio",
      role: "share",
      paragraph: context.paragraph,
      quote: { start: skipSpaces(context.scan, leadStart), end: figure.unitEnd },
      figure: withUnit(context, figure, "%"),
      label: subject.label,
      item: subject.item,
      numerator: currentOf(context, subject.item, subject.stated),
      denominator: currentOf(context, base),
    },
    [figure]
  );
}

/**
 * The item a sentence opens with: the words of its first clause when they state no figure ("“三公”经费…决算中，"),
 * else its first mention ("本年收入合计 X 万元，其中：…").
 */
function sentenceHead(context: PatternContext, position: number, besides?: Item): Item | undefined {
  const sentence = sentenceAt(context, position);
  const opening = context.scan.slice(sentence.start, position);
  const cut = opening.search(/[，,：:]/);
  if (cut > 0 && !context.figures.some((f) => f.start >= sentence.start && f.start < sentence.start + cut)) {
    const words = normalizePhrase(opening.slice(0, cut)).replace(/中$/, "");
    const item = resolveSubject(words, context.paragraph.section, context.tables).item;
    if (item && item.id !== besides?.id) return item;
  }
  const first = context.mentions
    .filter((m) => m.position >= sentence.start && m.position < position && m.item && m.item.id !== besides?.id)
    .sort((a, b) => a.position - b.position)[0];
  if (first?.item) return first.item;
  if (sentence.start === sentenceAt(context, context.paragraph.start).start && context.continued) {
    const carried = context.continued.mentions.find((m) => m.item && m.item.id !== besides?.id);
    if (carried?.item) return carried.item;
  }
  return undefined;
}

/**
 * The figure stated in the rate's own clauses (after the previous percentage of its sentence, before it) whose lead
 * matches `pattern`: the budget or actual that "年初预算为 A 万元，支出决算为 B 万元，完成年初预算的 P%" states.
 */
function statedInClauses(context: PatternContext, position: number, pattern: RegExp, kind?: BudgetKind): TextFigure | undefined {
  const sentence = sentenceAt(context, position);
  let from = sentence.start;
  for (const figure of context.figures) {
    if (figure.start >= sentence.start && figure.start < position && figure.unit === "%") from = figure.unitEnd;
  }
  let found: TextFigure | undefined;
  let any: TextFigure | undefined;
  for (const figure of context.figures) {
    if (figure.start < from || figure.start >= position || !MONEY_UNITS.has(figure.unit)) continue;
    const lead = normalizePhrase(context.scan.slice(clauseStart(context.scan, figure.start, sentence.start), figure.start));
    if (!pattern.test(lead)) continue;
    const own = budgetKindOf(lead);
    if (!kind || kind === "any" || own === kind) found = figure;
    else if (own === "any") any = figure;
  }
  return found ?? any;
}

function budgetClaim(context: PatternContext, figure: TextFigure, subjectPhrase: string, lead: string, leadStart: number): void {
  const subject = subjectOf(context, subjectPhrase, figure.start);
  const kind = budgetKindOf(lead);
  // "年初预算为 500.00 万元，支出决算为 477.29 万元，完成年初预算的 95.46%": checked from the sentence alone.
  const statedBudget = statedInClauses(context, figure.start, STATED_BUDGET, kind);
  const statedActual = statedInClauses(context, figure.start, STATED_ACTUAL);
  const other = kind === "年初" ? statedInClauses(context, figure.start, STATED_BUDGET, "全年") : undefined;
  if (!subject.item && !statedBudget) return unchecked(context, figure, leadStart, unresolvedReason(subject.label, subject.candidates));
  const at = context.paragraph.cell;
  const denominator: Source = statedBudget
    ? { kind: "stated", figure: statedBudget, at, label: "预算数" }
    : budgetSource(context.tables, subject.item!, context.paragraph.section === "threePublic");
  if (!statedBudget && kind === "全年") return unchecked(context, figure, leadStart, `报表中没有全年预算数（${subject.label}）`);
  const numerator: Source = statedActual
    ? { kind: "stated", figure: statedActual, at, label: "决算数" }
    : currentOf(context, subject.item, subject.stated);
  claim(
    context,
    {
      kind: "ratio",
      role: "budget",
      paragraph: context.paragraph,
      quote: { start: skipSpaces(context.scan, leadStart), end: figure.unitEnd },
      figure: withUnit(context, figure, "%"),
      label: subject.label,
      item: subject.item,
      numerator,
      denominator,
      ...(other && other !== statedBudget ? { alternative: { kind: "stated" as const, figure: other, at, label: "全年预算数" } } : {}),
    },
    [figure]
  );
}

/** Strips the comparison words around a change's subject: "今年收入总计减少" → "收入总计". */
function changeSubject(lead: string, word: string): string {
  return lead
    .slice(0, lead.lastIndexOf(word))
    .replace(/(?:与|比|较|同比|相比)?(?:上年|上一年度|上年度|去年|\d{4}年度?)(?:同期)?(?:相比)?/g, "")
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
  const sentence = sentenceAt(context, figure.start);
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
