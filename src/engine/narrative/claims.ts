// What the sentence patterns read out of the narrative: claims, each about one figure or wording, each
// pointing at its paragraph and at the sources (table cells, 参考数据, the text itself) it must agree with.
// Rules check claims; fill computes the placeholders of claims; nothing here reports anything.
import { Item } from "./items";
import { Source } from "./sources";
import { NarrativeParagraph, TextFigure } from "./types";

export type Direction = "up" | "down" | "flat";

export const UP_WORDS = ["增加", "增长", "上升", "提高", "上涨", "增多"];
export const DOWN_WORDS = ["减少", "降低", "下降", "减小", "缩减"];

export function directionOf(word: string): Direction {
  if (UP_WORDS.includes(word)) return "up";
  if (DOWN_WORDS.includes(word)) return "down";
  return "flat";
}

interface ClaimBase {
  paragraph: NarrativeParagraph;
  /** The words a finding quotes, as offsets into the cell's text. */
  quote: { start: number; end: number };
}

/** "基本支出 1672.09 万元": a figure that restates a source. */
export interface AmountClaim extends ClaimBase {
  kind: "amount";
  figure: TextFigure;
  /** What the figure is, in Chinese, for messages: "基本支出". */
  label: string;
  item?: Item;
  source: Source;
  /** Only a ceiling (外事接待 within 公务接待费): more than the source is a warning, less is fine. */
  atMost?: boolean;
}

/** "占支出总计的 74.00%" (share) or "完成年初预算的 125.77%" (budget): a percentage of two sources. */
export interface RatioClaim extends ClaimBase {
  kind: "ratio";
  role: "share" | "budget";
  figure: TextFigure;
  label: string;
  item?: Item;
  numerator: Source;
  denominator: Source;
  /** The sentence's other budget ("全年预算为 321.02 万元" beside "年初预算为 0 万元"), for a rate on the wrong one. */
  alternative?: Source;
}

/** A direction word and the figure after it: "减少 180.77 万元", "降低 7.41%". */
export interface ChangePart {
  word: string;
  direction: Direction;
  /** Offsets of the word in the cell's text. */
  wordStart: number;
  figure: TextFigure;
}

/** "与上年相比，…减少 180.77 万元，降低 7.41%": prior = current ∓ change, rate = change ÷ prior. */
export interface ChangeClaim extends ClaimBase {
  kind: "change";
  label: string;
  item?: Item;
  current: Source;
  prior: Source;
  amount?: ChangePart;
  rate?: ChangePart;
}

/** "今年结转结余持平", "与上年持平": the figure equals last year's. */
export interface FlatClaim extends ClaimBase {
  kind: "flat";
  label: string;
  item?: Item;
  current: Source;
  prior: Source;
}

/** "决算数小于预算数": the word must agree with the two figures. */
export interface CompareClaim extends ClaimBase {
  kind: "compare";
  label: string;
  word: string;
  direction: Direction;
  actual: Source;
  budget: Source;
  /** The figures of the paragraph the word is about ("年初预算为 A 万元，支出决算为 B 万元"), when it states them. */
  figures?: TextFigure[];
  /** Other budgets the paragraph states that "预算数" may mean (年初 and 全年): a word fitting one of them stands. */
  alternatives?: Source[];
}

/** "参加出国（境）团组 0 个", "当年购置公务用车 0 辆": a count that goes with an amount (none without the other). */
export interface CountClaim extends ClaimBase {
  kind: "count";
  figure: TextFigure;
  label: string;
  /** The amount the count goes with: 因公出国（境）费 for 团组. */
  amount: Source;
  amountLabel: string;
}

/** "本部门2024年度无政府性基金预算财政拨款支出": the source must be nothing. */
export interface NoneClaim extends ClaimBase {
  kind: "none";
  label: string;
  source: Source;
}

/** A template phrase left in the text: "下降（增长）". */
interface LeftoverClaim extends ClaimBase {
  kind: "leftover";
  phrase: string;
}

/** A figure shown without the unit its sentence needs: "占收入总计的 100.00". */
interface UnitClaim extends ClaimBase {
  kind: "unit";
  figure: TextFigure;
  expectedUnit: "%" | "万元";
}

/** A placeholder no pattern can compute ("主要原因：XX"): left for the user. */
interface StrayPlaceholder extends ClaimBase {
  kind: "stray";
  figure: TextFigure;
}

/**
 * A figure no check can reach: its subject names no cell, or several ("支出收入 2002.80 万元"), or the figure is
 * of a kind the nine tables do not hold (全年预算数, a count of cars). Reported 无法核对 with the reason.
 */
interface UncheckedClaim extends ClaimBase {
  kind: "unchecked";
  figure: TextFigure;
  /** What is missing, in words: "缺少年初预算数（行政运行）", "“支出收入”可能是…". */
  reason: string;
  /** 参考数据 could hold the missing figure. */
  reference?: boolean;
  /** What 参考数据 would need to hold for it (a 年初预算数 of a （项）), for the 参考数据 template. */
  missing?: Source;
}

export type Claim =
  | AmountClaim
  | RatioClaim
  | ChangeClaim
  | FlatClaim
  | CompareClaim
  | CountClaim
  | NoneClaim
  | LeftoverClaim
  | UnitClaim
  | StrayPlaceholder
  | UncheckedClaim;

export type ClaimOf<K extends Claim["kind"]> = Extract<Claim, { kind: K }>;

/** The words a claim quotes. */
export function quoteOf(claim: Claim): string {
  return claim.paragraph.cell.text.slice(claim.quote.start, claim.quote.end).replace(/\s+/g, " ").trim();
}
