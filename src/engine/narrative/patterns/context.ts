// What every sentence pattern works with: the paragraph, its figures (numbers and placeholders, in order), the
// figures earlier patterns already took, and the items mentioned so far — "完成预算的 42.00%" and "比上年减少
// 0.93 万元" name no item: they are about the one the paragraph last stated a figure for.
import { memoOn } from "../../memo";
import { WorkbookTables } from "../../rule";
import { Claim } from "../claims";
import { Item } from "../items";
import { Source, currentSource } from "../sources";
import { NarrativeParagraph, TextFigure } from "../types";
import { PLACEHOLDER_SOURCE, sentenceSpans } from "../text";

/** An item the text stated a figure for, at a position. */
interface Mention {
  position: number;
  label: string;
  item?: Item;
  figure?: TextFigure;
  /** Its figure this year: the item's cells, or the figure the text states when the tables lack it. */
  current: Source;
}

export interface PatternContext {
  tables: WorkbookTables;
  paragraph: NarrativeParagraph;
  /** The cell's text with full-width digits made ASCII (same offsets). */
  scan: string;
  figures: TextFigure[];
  claimed: Set<TextFigure>;
  claims: Claim[];
  mentions: Mention[];
  /**
   * A paragraph that goes on from the cell before it (the sentence was cut between cells): the words of the cut
   * clause, read before this paragraph's first lead, and the mentions of the cut sentence.
   */
  continued?: { lead: string; mentions: Mention[]; head?: Mention };
  /** The text of the top heading (一、… 八、…) the paragraph is under. */
  sectionHeading?: string;
}

/** A number or a placeholder, for patterns that match a whole phrase around figures. */
export const FIG = `(?:${PLACEHOLDER_SOURCE}|\\d[\\d,]*(?:\\.\\d+)?)`;

/** Figures inside [start, end), in order. */
export function figuresIn(context: PatternContext, start: number, end: number): TextFigure[] {
  return context.figures.filter((f) => f.start >= start && f.end <= end);
}

const PARAGRAPH_TEXT = Symbol("paragraph text");

/** The paragraph's text as scanned (full-width digits made ASCII), cut out once for all the patterns. */
export function paragraphText(context: PatternContext): string {
  return memoOn(context, PARAGRAPH_TEXT, cutParagraphText);
}

// Named, not an arrow in paragraphText: every pattern asks for the text, and each arrow would be a new closure.
function cutParagraphText(context: PatternContext): string {
  return context.scan.slice(context.paragraph.start, context.paragraph.end);
}

const NO_MATCHES: readonly RegExpExecArray[] = Object.freeze([]);

/**
 * Every match of `pattern` (global) within the paragraph. `needs`: words every match contains, so a paragraph
 * without them is not searched (each paragraph meets every pattern; few hold a match).
 */
export function matchesIn(context: PatternContext, pattern: RegExp, needs: readonly string[] = []): readonly RegExpExecArray[] {
  const { paragraph } = context;
  const text = paragraphText(context);
  // A loop and one shared empty answer: this runs for every pattern on every paragraph, most of which lack its words.
  for (let i = 0; i < needs.length; i++) if (!text.includes(needs[i])) return NO_MATCHES;
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    match.index += paragraph.start;
    found.push(match);
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return found;
}

/** The sentence of the paragraph that holds `position`. */
export function sentenceAt(context: PatternContext, position: number): { start: number; end: number } {
  const { paragraph } = context;
  const spans = memoOn(paragraph, SENTENCES, () => sentenceSpans(paragraph.cell.text, paragraph.start, paragraph.end));
  return spans.find((s) => position >= s.start && position < s.end) ?? { start: paragraph.start, end: paragraph.end };
}

const SENTENCES = Symbol("sentence spans");

/** The paragraph's head: its first mention, when its first sentence makes it (“1. 公务接待费 0.42 万元，…”). */
export function headMention(context: PatternContext): Mention | undefined {
  const first = context.mentions.reduce<Mention | undefined>((a, m) => (!a || m.position < a.position ? m : a), undefined);
  const firstSentence = sentenceAt(context, context.paragraph.start);
  if (first && first.position < firstSentence.end) return first;
  return context.continued?.head;
}

/**
 * What a sentence that names nothing is about: the last item stated earlier in the same sentence, else the
 * paragraph's head. A subject is never carried from one sentence to another's other than so (issue: a carried-over
 * subject is used only within its sentence).
 */
export function lastMention(context: PatternContext, position: number): Mention | undefined {
  const sentence = sentenceAt(context, position);
  let best: Mention | undefined;
  for (const mention of context.mentions) {
    if (mention.position < position && mention.position >= sentence.start && (!best || mention.position > best.position)) best = mention;
  }
  if (best) return best;
  if (context.continued && sentence.start === sentenceAt(context, context.paragraph.start).start) {
    const carried = context.continued.mentions[context.continued.mentions.length - 1];
    if (carried) return carried;
  }
  const head = headMention(context);
  return head && head.position < position ? head : context.continued?.head;
}

export function addMention(context: PatternContext, mention: Mention): void {
  context.mentions.push(mention);
}

/** The item's figure this year, falling back on the figure the text states for it. */
export function currentOf(context: PatternContext, item: Item | undefined, stated?: TextFigure): Source {
  const source = item ? currentSource(context.tables, item) : undefined;
  if (source && source.kind !== "missing") return source;
  if (stated) return { kind: "stated", figure: stated, at: context.paragraph.cell, label: item?.label ?? "" };
  return source ?? { kind: "missing", column: "本年决算数", label: "" };
}

export function claim(context: PatternContext, value: Claim, figures: TextFigure[] = []): void {
  context.claims.push(value);
  for (const figure of figures) context.claimed.add(figure);
}
