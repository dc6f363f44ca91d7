// Reads the whole narrative into claims, once per recognised workbook: every rule, fill and the reference
// template work from the same reading. Patterns run per paragraph in a fixed order — the specific ones
// ((类)(款)(项), “三公” counts, 绩效) take their figures first, then the general figure reader, then wording.
import { memoOn } from "../memo";
import { WorkbookTables } from "../rule";
import { Claim } from "./claims";
import { Mention, PatternContext, claim } from "./patterns/context";
import { comparePattern } from "./patterns/compare";
import { figurePattern } from "./patterns/figures";
import { flatPattern } from "./patterns/flat";
import { functionalPattern } from "./patterns/functional";
import { leftoverPattern } from "./patterns/leftover";
import { nonePattern } from "./patterns/none";
import { perfPattern } from "./patterns/perf";
import { threePublicPattern } from "./patterns/three-public";
import { asciiFigures, scanFigures } from "./text";
import { NarrativeSheet, Section } from "./types";

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
  let carried: Mention | undefined;
  let carriedSection: Section | undefined;
  for (const paragraph of narrative.paragraphs) {
    const cell = paragraph.cell;
    let scan = scans.get(cell.address);
    if (scan === undefined) {
      scan = asciiFigures(cell.text);
      scans.set(cell.address, scan);
    }
    if (paragraph.heading || paragraph.section !== carriedSection) carried = undefined;
    carriedSection = paragraph.section;
    const context: PatternContext = {
      tables,
      paragraph,
      scan,
      figures: scanFigures(cell.text, paragraph.start, paragraph.end),
      claimed: new Set(),
      claims,
      mentions: [],
      carried,
    };
    for (const pattern of PATTERNS) pattern(context);
    for (const figure of context.figures) {
      if (figure.placeholder && !context.claimed.has(figure)) {
        claim(context, { kind: "stray", paragraph, quote: { start: figure.start, end: figure.unitEnd }, figure });
      }
    }
    const last = context.mentions.reduce<Mention | undefined>((a, m) => (!a || m.position > a.position ? m : a), undefined);
    if (last) carried = last;
  }
  return claims;
}

const CLAIMS = Symbol("narrative claims");

/** The claims of the workbook's narrative (none without one), read once per WorkbookTables. */
export function narrativeClaims(tables: WorkbookTables): Claim[] {
  const narrative = tables.narrative;
  if (!narrative) return [];
  return memoOn(tables, CLAIMS, () => readNarrative(narrative, tables));
}
