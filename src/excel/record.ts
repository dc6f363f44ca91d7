/// <reference types="office-js" />
// What the add-in changed in the workbook (the highlights with each cell's own fill, the last fill with each cell as
// it was) is kept in the workbook itself, in a custom XML part, so that 清除高亮 and 撤销 still work after the pane is
// closed or reloaded, and the colours never stay for good. A custom XML part (ExcelApi 1.5, inside the 1.9 the add-in
// requires) is invisible to the user, travels with the file, and touches no sheet: a very-hidden sheet would be one
// more sheet for the checker to read, could not be added to a workbook whose structure is protected, and would land
// in the user's undo history; conditional formats would mix with the user's own rules and cannot hold the record of
// a fill.
import { Decimal } from "../engine/decimal";
import { CellEdit } from "../engine/edits";
import { FillSnapshot, HighlightRecord, isNoFill } from "./highlight";
import { CellSnapshot, FillRecord } from "./write";

const RECORD_NAMESPACE = "urn:juesuan:pane-record:1";

/** What survives a reload of the pane. */
export interface PaneRecord {
  highlights: HighlightRecord | null;
  lastFill: FillRecord | null;
}

export const EMPTY_RECORD: PaneRecord = { highlights: null, lastFill: null };

/**
 * A filled cell, short: [sheet index, cell, value (a Decimal's string, or the text), number format ("" for a text),
 * and the cell before: formula or null, value, number format].
 */
type StoredFill = [number, string, string, string, string | null, unknown, string];

interface StoredFills {
  sheets: string[];
  cells: StoredFill[];
}

function storedFills(record: FillRecord): StoredFills {
  const sheets: string[] = [];
  const indexOf = (sheet: string) => {
    const at = sheets.indexOf(sheet);
    return at >= 0 ? at : sheets.push(sheet) - 1;
  };
  const cells = record.edits.map((edit, i): StoredFill => {
    const before = record.before[i];
    const value = edit.kind === "number" ? edit.value.toString() : edit.text;
    return [indexOf(edit.sheet), edit.cell, value, edit.kind === "number" ? edit.numFmt : "", before.formula, before.value, before.numberFormat];
  });
  return { sheets, cells };
}

function fillsOf(stored: StoredFills): FillRecord {
  const edits: CellEdit[] = [];
  const before: CellSnapshot[] = [];
  for (const [sheetIndex, cell, value, numFmt, formula, was, numberFormat] of stored.cells) {
    const sheet = stored.sheets[sheetIndex];
    // A text is stored with an empty number format: fill writes a text without touching the format.
    edits.push(numFmt === "" ? { sheet, cell, kind: "text", text: value, shown: value } : { sheet, cell, kind: "number", value: new Decimal(value), numFmt, shown: value });
    before.push({ sheet, cell, formula, value: was, numberFormat });
  }
  return { edits, before };
}

/**
 * A highlighted cell, short (a record of thousands of cells must fit in a request beside the paint): [cell, painted]
 * for a cell that had no fill, [cell, painted, color, pattern, tint, pattern colour, pattern tint] otherwise.
 */
type StoredSnapshot = [string, string] | [string, string, string, string | null, number | null, string | null, number | null];

interface StoredHighlights {
  sheets: { sheet: string; cells: StoredSnapshot[] }[];
  protectedSheets: string[];
}

function storedHighlights(record: HighlightRecord): StoredHighlights {
  const bySheet = new Map<string, StoredSnapshot[]>();
  for (const snapshot of record.cells) {
    const cells = bySheet.get(snapshot.sheet) ?? [];
    bySheet.set(snapshot.sheet, cells);
    cells.push(
      isNoFill(snapshot)
        ? [snapshot.cell, snapshot.painted]
        : [
            snapshot.cell,
            snapshot.painted,
            snapshot.color,
            snapshot.pattern,
            snapshot.tintAndShade ?? null,
            snapshot.patternColor ?? null,
            snapshot.patternTintAndShade ?? null,
          ]
    );
  }
  return { sheets: [...bySheet].map(([sheet, cells]) => ({ sheet, cells })), protectedSheets: record.protectedSheets };
}

function highlightsOf(stored: StoredHighlights): HighlightRecord {
  const cells: FillSnapshot[] = stored.sheets.flatMap(({ sheet, cells: snapshots }) =>
    snapshots.map((entry): FillSnapshot => {
      if (entry.length === 2) return { sheet, cell: entry[0], painted: entry[1], ...NO_FILL_SNAPSHOT };
      const [cell, painted, color, pattern, tintAndShade, patternColor, patternTintAndShade] = entry;
      return { sheet, cell, painted, color, pattern, tintAndShade, patternColor, patternTintAndShade };
    })
  );
  return { cells, protectedSheets: stored.protectedSheets };
}

const NO_FILL_SNAPSHOT = { color: "#FFFFFF", pattern: "None", tintAndShade: null, patternColor: null, patternTintAndShade: null };

interface StoredRecord {
  version: 1;
  highlights: StoredHighlights | null;
  lastFill: StoredFills | null;
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescapeXml = (text: string) =>
  text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** The record as the part's XML: one element holding the record as JSON text (a Decimal as its string). */
function recordXml(record: PaneRecord): string {
  const stored: StoredRecord = {
    version: 1,
    highlights: record.highlights ? storedHighlights(record.highlights) : null,
    lastFill: record.lastFill ? storedFills(record.lastFill) : null,
  };
  return `<?xml version="1.0" encoding="UTF-8"?><juesuan xmlns="${RECORD_NAMESPACE}">${escapeXml(JSON.stringify(stored))}</juesuan>`;
}

/** The record a part holds; the empty record for a part this version cannot read (it is then overwritten). */
function parseRecordXml(xml: string): PaneRecord {
  const match = /<juesuan\b[^>]*>([\s\S]*)<\/juesuan>/.exec(xml);
  if (!match) return EMPTY_RECORD;
  try {
    const stored = JSON.parse(unescapeXml(match[1])) as StoredRecord;
    if (stored.version !== 1) return EMPTY_RECORD;
    const lastFill = stored.lastFill ? fillsOf(stored.lastFill) : null;
    return { highlights: stored.highlights ? highlightsOf(stored.highlights) : null, lastFill };
  } catch {
    return EMPTY_RECORD;
  }
}

/** The part, looked up in the batch's next sync: a null object when the workbook has none yet. */
export function queueRecordLookup(context: Excel.RequestContext): Excel.CustomXmlPart {
  const part = context.workbook.customXmlParts.getByNamespace(RECORD_NAMESPACE).getOnlyItemOrNullObject();
  part.load("isNullObject,id");
  return part;
}

/** A record larger than this is not kept in the workbook (it would take a request of its own): only in the pane. */
export const RECORD_BYTE_LIMIT = 1_000_000;

/**
 * Queues the write of the record into the part found by queueRecordLookup (after its sync), or a new part; returns
 * the bytes it adds to the request. A record over RECORD_BYTE_LIMIT is replaced by the empty record, so no stale
 * record is left to mislead a reloaded pane.
 */
/** UTF-8 bytes of a text (TextEncoder is missing in older Office web views). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00) bytes += 2; // half of a four-byte pair
    else if (unit >= 0xdc00 && unit < 0xe000) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

export function queueRecordSave(context: Excel.RequestContext, part: Excel.CustomXmlPart, record: PaneRecord, limit = RECORD_BYTE_LIMIT): number {
  let xml = recordXml(record);
  if (utf8Length(xml) > limit) xml = recordXml(EMPTY_RECORD);
  if (part.isNullObject) context.workbook.customXmlParts.add(xml);
  else part.setXml(xml);
  return utf8Length(xml);
}

/** Reads the record kept in the workbook (two syncs: find the part, read its XML). */
export async function loadRecord(context: Excel.RequestContext): Promise<PaneRecord> {
  const part = queueRecordLookup(context);
  await context.sync();
  if (part.isNullObject) return EMPTY_RECORD;
  const xml = part.getXml();
  await context.sync();
  return parseRecordXml(xml.value);
}
