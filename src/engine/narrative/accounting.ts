// Every number of 情况说明 accounted for: each is a figure (an amount, a percentage, a count, a score) or
// recognisably not one (a year, a date, a list number, a threshold such as “单价 100 万元（含）以上”). Each figure
// gets exactly one outcome from the checks its claims take part in — agrees, 尾差, error, warning — or, when no
// check could reach it, unverifiable with what is missing. This is what `check --json` lists as `claims` and what
// the coverage line “情况说明：共 N 个数字，已核对 M 个，无法核对 K 个” counts.
import { memoOn } from "../memo";
import { PUBLIC_TITLES } from "../tables";
import { WorkbookTables } from "../rule";
import { narrativeClaims } from "./analyze";
import { Claim } from "./claims";
import {
  Outcome,
  checkAmount,
  checkChangeAmount,
  checkChangeRate,
  checkRatioClaim,
  comparisonStands,
  countAmount,
  isVerdict,
  ratioValue,
} from "./evaluate";
import { Source } from "./sources";
import { asciiFigures, clauseStart, itemPhrase, normalizePhrase, ordinalLength, scanFigures } from "./text";
import { NarrativeParagraph, TextFigure } from "./types";

export type FigureOutcome = "agrees" | "rounding" | "error" | "warning" | "unverifiable";

/** What a figure measures, for the coverage line and the mutation test. */
export type Measure = "amount" | "percent" | "count" | "score";

export interface FigureAccount {
  paragraph: NarrativeParagraph;
  figure: TextFigure;
  measure: Measure;
  /** The clause that states the figure, as offsets into the cell's text. */
  quote: { start: number; end: number };
  outcome: FigureOutcome;
  /** The cells it was checked with, each as "Sheet!A1"; [] when unverifiable. */
  against: string[];
  /** For an unverifiable figure: what is missing, in words (for a rate on a zero base: that). */
  reason?: string;
  /** 参考数据 can supply what is missing. */
  reference?: boolean;
}

/** A number that is not a figure, and why. */
interface NonFigure {
  paragraph: NarrativeParagraph;
  start: number;
  end: number;
  raw: string;
  why: "year" | "date" | "ordinal" | "threshold" | "name";
}

interface NarrativeAccount {
  figures: FigureAccount[];
  others: NonFigure[];
}

/** One check a claim performs, and the figures of the text it involves. */
interface Check {
  figures: TextFigure[];
  outcome: FigureOutcome;
  against: string[];
  reason?: string;
  reference?: boolean;
}

const RANK: Record<FigureOutcome, number> = { unverifiable: 0, agrees: 1, rounding: 2, warning: 3, error: 4 };

function keyOf(paragraph: NarrativeParagraph, figure: TextFigure): string {
  return `${paragraph.cell.sheet}!${paragraph.cell.address}:${figure.start}`;
}

/** The figures a source states in the text itself (a 预算数 the sentence gives). */
function statedFigures(...sources: (Source | undefined)[]): TextFigure[] {
  return sources.flatMap((s) => (s?.kind === "stated" ? [s.figure] : []));
}

function missingReason(...sources: Source[]): { reason: string; reference: boolean } | undefined {
  for (const source of sources) {
    if (source.kind !== "missing") continue;
    if (source.item) return { reason: `缺少${source.column}（${source.label}）`, reference: true };
    const table = source.table ? `${PUBLIC_TITLES[source.table]}（公开${source.table}表）` : "相应的报表";
    return { reason: `工作簿中没有${table}，${source.label || "该项"}无从核对`, reference: false };
  }
  return undefined;
}

/** The outcome of a verdict or of a check that could not run. */
function fromOutcome(outcome: Outcome, figures: TextFigure[], sources: Source[], zeroBase: FigureOutcome = "warning"): Check | undefined {
  if (isVerdict(outcome)) {
    const agreement = outcome.agreement;
    return { figures, outcome: agreement === "exact" ? "agrees" : agreement === "rounding" ? "rounding" : "error", against: outcome.related };
  }
  if (outcome.unchecked === "placeholder") return undefined;
  if (outcome.unchecked === "zero-base") return { figures, outcome: zeroBase, against: outcome.related ?? [], reason: "基数为 0，比率无从计算" };
  if (outcome.unchecked === "invalid") return { figures, outcome: "unverifiable", against: [], reason: "所需报表单元格不是数字" };
  const missing = missingReason(...sources) ?? { reason: "缺少核对所需的数字", reference: false };
  return { figures, outcome: "unverifiable", against: [], ...missing };
}

/** A rate's check as it bears on the figures it was computed from: a 尾差 is the rate's, not theirs. */
function asInputs(check: Check, figures: TextFigure[]): Check {
  return { ...check, figures, outcome: check.outcome === "rounding" ? "agrees" : check.outcome };
}

function checksOf(claim: Claim): Check[] {
  switch (claim.kind) {
    case "amount": {
      const outcome = checkAmount(claim);
      const check = fromOutcome(outcome, [claim.figure, ...statedFigures(claim.source)], [claim.source]);
      if (!check) return [];
      // A ceiling (外事接待 within 公务接待费) met within rounding is met.
      if (claim.atMost && check.outcome === "rounding") check.outcome = "agrees";
      return [check];
    }
    case "ratio": {
      const inputs = statedFigures(claim.numerator, claim.denominator);
      const check = fromOutcome(checkRatioClaim(claim), [claim.figure], [claim.numerator, claim.denominator]);
      if (!check) return [];
      // The stated budget and actual are checked by the rate they give (a zero base checks nothing).
      const value = ratioValue(claim);
      const checks = [check];
      if (!("unchecked" in value) && inputs.length > 0) checks.push(asInputs(check, inputs));
      return checks;
    }
    case "change": {
      const checks: Check[] = [];
      const { amount, rate } = claim;
      const figures = [amount?.figure, rate?.figure].filter((f): f is TextFigure => !!f);
      if (amount && rate && amount.direction !== rate.direction) {
        return [{ figures, outcome: "error", against: [] }];
      }
      if (rate) {
        const outcome = checkChangeRate(claim);
        const check = fromOutcome(outcome, [rate.figure], [claim.current, claim.prior]);
        if (check) {
          checks.push(check);
          // With the change stated, the rate checks the change and the current figure the sentence states.
          if (amount && isVerdict(outcome)) checks.push(asInputs(check, [amount.figure, ...statedFigures(claim.current)]));
        }
      }
      if (amount) {
        const check = fromOutcome(checkChangeAmount(claim), [amount.figure], [claim.current, claim.prior]);
        if (check) checks.push(check);
      }
      return checks;
    }
    case "count": {
      if (!claim.figure.amount) return [];
      const amount = countAmount(claim);
      const plausible = "unchecked" in amount || claim.figure.amount.value.isZero() === amount.point.isZero();
      if (!plausible) return [{ figures: [claim.figure], outcome: "warning", against: amount.related }];
      return [{ figures: [claim.figure], outcome: "unverifiable", against: [], reason: `报表中没有${claim.label}` }];
    }
    case "compare": {
      const result = comparisonStands(claim);
      if ("unchecked" in result || !claim.figures?.length) return [];
      // The word agreeing with the figures checks neither figure; contradicting them, one of the three is wrong.
      return result.stands ? [] : [{ figures: claim.figures, outcome: "error", against: [...result.actual.related, ...result.budget.related] }];
    }
    case "unchecked":
      return claim.figure.placeholder ? [] : [{ figures: [claim.figure], outcome: "unverifiable", against: [], reason: claim.reason, reference: claim.reference }];
    default:
      return [];
  }
}

function measureOf(figure: TextFigure): Measure {
  if (figure.unit === "%") return "percent";
  if (figure.unit === "分") return "score";
  if (figure.unit === "万元" || figure.unit === "元" || figure.unit === "亿元" || figure.unit === "万") return "amount";
  if (figure.unit === "") return /\./.test(figure.raw) ? "amount" : "count";
  return "count";
}

/** “单价 100 万元（含）以上设备”: a threshold of the template, not a figure. */
function isThreshold(scan: string, figure: TextFigure): boolean {
  const before = normalizePhrase(scan.slice(Math.max(0, figure.start - 6), figure.start));
  const after = normalizePhrase(scan.slice(figure.unitEnd, figure.unitEnd + 8));
  return /单价$/.test(before) || /^(?:\(含\))?以上/.test(after);
}

/** The subject a figure's clause names, for a reason: "支出收入". */
function subjectPhrase(scan: string, paragraph: NarrativeParagraph, figure: TextFigure): string {
  const lead = scan.slice(clauseStart(scan, figure.start, paragraph.start), figure.start);
  return itemPhrase(lead).replace(/[(（][^)）]*[)）]/g, "").slice(-24);
}

function defaultReason(scan: string, paragraph: NarrativeParagraph, figure: TextFigure, measure: Measure): string {
  const subject = subjectPhrase(scan, paragraph, figure);
  if (measure === "count") return "报表中没有这一数量";
  if (measure === "score") return "工作簿中没有相应的绩效自评得分";
  // 1.23 亿元 stands for ±50 万元: too coarse to hold against a table's 万元 figure, so it is not compared.
  if (figure.unit === "亿元") return "以亿元为单位的数字精度不足万元，未与报表核对";
  return subject ? `报表中没有“${subject}”` : "未能确定这个数字说的是哪一项";
}

/** Numbers the figure scanner passes over (years, dates, list numbers), each with why it is not a figure. */
function nonFigures(paragraph: NarrativeParagraph, scan: string, figureStarts: Set<number>): NonFigure[] {
  const out: NonFigure[] = [];
  const number = /\d+(?:[.,]\d+)*/g;
  number.lastIndex = paragraph.start;
  const ordinalEnd = paragraph.start + ordinalLength(paragraph.text);
  let match: RegExpExecArray | null;
  while ((match = number.exec(scan)) !== null && match.index < paragraph.end) {
    const start = match.index;
    const end = start + match[0].length;
    if (figureStarts.has(start)) continue;
    // Digits inside a word ("MCN2"), never a figure.
    const after = scan.slice(end, end + 3).replace(/^[\s\u3000]+/, "");
    const before = scan.slice(Math.max(paragraph.start, start - 1), start);
    let why: NonFigure["why"];
    if (/^年/.test(after)) why = "year";
    else if (/^[月日号]/.test(after)) why = "date";
    else if (end <= ordinalEnd || /[（(]\s*$/.test(before)) why = "ordinal";
    else why = "name";
    out.push({ paragraph, start, end, raw: match[0], why });
  }
  return out;
}

function accountOf(tables: WorkbookTables): NarrativeAccount {
  const narrative = tables.narrative;
  if (!narrative) return { figures: [], others: [] };
  const checks = new Map<string, Check[]>();
  for (const claim of narrativeClaims(tables)) {
    for (const check of checksOf(claim)) {
      for (const figure of check.figures) {
        const key = keyOf(claim.paragraph, figure);
        const list = checks.get(key) ?? [];
        list.push(check);
        checks.set(key, list);
      }
    }
  }
  const figures: FigureAccount[] = [];
  const others: NonFigure[] = [];
  for (const paragraph of narrative.paragraphs) {
    const scan = asciiFigures(paragraph.cell.text);
    const scanned = scanFigures(paragraph.cell.text, paragraph.start, paragraph.end);
    const starts = new Set(scanned.map((f) => f.start));
    others.push(...nonFigures(paragraph, scan, starts));
    for (const figure of scanned) {
      if (figure.placeholder) continue;
      if (isThreshold(scan, figure)) {
        others.push({ paragraph, start: figure.start, end: figure.end, raw: figure.raw, why: "threshold" });
        continue;
      }
      const measure = measureOf(figure);
      const own = checks.get(keyOf(paragraph, figure)) ?? [];
      const performed = own.filter((c) => c.outcome !== "unverifiable");
      const quote = { start: Math.max(clauseStart(scan, figure.start, paragraph.start), paragraph.start), end: figure.unitEnd };
      while (quote.start < figure.start && /\s/.test(scan[quote.start])) quote.start++;
      quote.start += ordinalLength(scan.slice(quote.start, figure.start));
      const from = paragraph.cell.sheet;
      const self = `${from}!${paragraph.cell.address}`;
      if (performed.length > 0) {
        const worst = performed.reduce((a, c) => (RANK[c.outcome] > RANK[a.outcome] ? c : a));
        const against = [...new Set(performed.flatMap((c) => (c.against.length ? c.against : [self])).map((a) => qualifyFrom(a, from)))];
        figures.push({ paragraph, figure, measure, quote, outcome: worst.outcome, against, ...(worst.reason ? { reason: worst.reason } : {}) });
      } else {
        const first = own[0];
        figures.push({
          paragraph,
          figure,
          measure,
          quote,
          outcome: "unverifiable",
          against: [],
          reason: first?.reason ?? defaultReason(scan, paragraph, figure, measure),
          reference: first?.reference ?? false,
        });
      }
    }
  }
  return { figures, others };
}

/** A related cell as "Sheet!A1": findings name cells of the narrative's own sheet without it. */
function qualifyFrom(address: string, from: string): string {
  return address.includes("!") ? address : `${from}!${address}`;
}

const ACCOUNT = Symbol("narrative account");

/** Every figure of the narrative with its outcome, and every number that is not a figure; once per workbook. */
export function narrativeAccount(tables: WorkbookTables): NarrativeAccount {
  return memoOn(tables, ACCOUNT, accountOf);
}

/** The words of a figure's clause. */
export function figureQuote(account: FigureAccount): string {
  return account.paragraph.cell.text.slice(account.quote.start, account.quote.end).replace(/\s+/g, " ").trim();
}

/** The figure as written, with its unit: "2259.73 万元", "74.00%". */
export function figureShown(account: FigureAccount): string {
  const { figure } = account;
  const unit = figure.unit === "%" ? "%" : figure.unit ? ` ${figure.unit}` : "";
  return `${figure.raw}${unit}`;
}
