// Reads the whole narrative into claims, once per recognised workbook: every rule, fill and the reference
// template work from the same reading. Patterns run per paragraph in a fixed order — the specific ones
// ((类)(款)(项), “三公” counts, 绩效) take their figures first, then the general figure reader, then wording.
import { memoOn } from "../memo";
import { WorkbookTables } from "../rule";
import { Claim } from "./claims";
import { PatternContext, claim, headMention, sentenceAt } from "./patterns/context";
import { comparePattern } from "./patterns/compare";
import { figurePattern } from "./patterns/figures";
import { flatPattern } from "./patterns/flat";
import { functionalPattern } from "./patterns/functional";
import { leftoverPattern } from "./patterns/leftover";
import { nonePattern } from "./patterns/none";
import { perfPattern } from "./patterns/perf";
import { threePublicPattern } from "./patterns/three-public";
import { asciiFigures, clauseStart, scanFigures } from "./text";
import { NarrativeParagraph, NarrativeSheet } from "./types";

const PATTERNS: ((context: PatternContext) => void)[] = [
  leftoverPattern,
  functionalPattern,
  threePublicPattern,
  perfPattern,
  figurePattern,
  flatPattern,
  comparePattern,
  nonePattern,
];

/** Reads a narrative against the tables (and 参考数据) into claims, in text order. */
export function readNarrative(narrative: NarrativeSheet, tables: WorkbookTables): Claim[] {
  const claims: Claim[] = [];
  const scans = new Map<string, string>();
  let previous: { paragraph: NarrativeParagraph; context: PatternContext } | undefined;
  let heading: string | undefined;
  for (const paragraph of narrative.paragraphs) {
    if (paragraph.heading && /^\s*[一二三四五六七八九十]+[、.．]/.test(paragraph.text)) heading = paragraph.text;
    const cell = paragraph.cell;
    let scan = scans.get(cell.address);
    if (scan === undefined) {
      scan = asciiFigures(cell.text);
      scans.set(cell.address, scan);
    }
    const context: PatternContext = {
      tables,
      paragraph,
      scan,
      figures: scanFigures(cell.text, paragraph.start, paragraph.end),
      claimed: new Set(),
      claims,
      mentions: [],
      continued: !paragraph.heading && previous ? continuation(previous.paragraph, previous.context) : undefined,
      sectionHeading: heading,
    };
    for (const pattern of PATTERNS) pattern(context);
    for (const figure of context.figures) {
      if (figure.placeholder && !context.claimed.has(figure)) {
        claim(context, { kind: "stray", paragraph, quote: { start: figure.start, end: figure.unitEnd }, figure });
      }
    }
    previous = { paragraph, context };
  }
  return claims;
}

/** A paragraph's text ends mid-sentence when its last character ends neither a sentence nor a lead-in (：). */
const ENDS_SENTENCE = /[。！？!?；;：:]\s*$/;

/**
 * When the cell before ended mid-sentence (a report's text cut between cells), the next paragraph goes on with it:
 * the cut clause's words lead its first figure, and the cut sentence's mentions are still in force.
 */
function continuation(before: NarrativeParagraph, context: PatternContext): PatternContext["continued"] {
  if (before.heading || ENDS_SENTENCE.test(before.text)) return undefined;
  const scan = context.scan;
  const lead = scan.slice(clauseStart(scan, before.end, before.start), before.end);
  const sentence = sentenceAt(context, Math.max(before.start, before.end - 1));
  const mentions = context.mentions.filter((m) => m.position >= sentence.start).sort((a, b) => a.position - b.position);
  return { lead, mentions: [...(context.continued && sentence.start === before.start ? context.continued.mentions : []), ...mentions], head: headMention(context) };
}

const CLAIMS = Symbol("narrative claims");

/** The claims of the workbook's narrative (none without one), read once per WorkbookTables. */
export function narrativeClaims(tables: WorkbookTables): Claim[] {
  const narrative = tables.narrative;
  if (!narrative) return [];
  return memoOn(tables, CLAIMS, () => readNarrative(narrative, tables));
}
