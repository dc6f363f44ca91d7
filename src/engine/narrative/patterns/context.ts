// What every sentence pattern works with: the paragraph, its figures (numbers and placeholders, in order), the
// figures earlier patterns already took, and the items mentioned so far — "完成预算的 42.00%" and "比上年减少
// 0.93 万元" name no item: they are about the one the paragraph last stated a figure for.
import { memoOn } from "../../memo";
import { WorkbookTables } from "../../rule";
import { Claim } from "../claims";
import { Item } from "../items";
import { Source, currentSource } from "../sources";
import { NarrativeParagraph, TextFigure } from "../types";
import { PLACEHOLDER_SOURCE } from "../text";

/** An item the text stated a figure for, at a position. */
export interface Mention {
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
  /** The last mention of earlier paragraphs of the same section, for a sentence that names nothing. */
  carried?: Mention;
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

/** The last mention before `position`, in this paragraph or carried from an earlier one. */
export function lastMention(context: PatternContext, position: number): Mention | undefined {
  let best: Mention | undefined;
  for (const mention of context.mentions) {
    if (mention.position < position && (!best || mention.position > best.position)) best = mention;
  }
  return best ?? context.carried;
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
