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
import { HighlightRecord } from "./highlight";
import { CellSnapshot, FillRecord } from "./write";

export const RECORD_NAMESPACE = "urn:juesuan:pane-record:1";

/** What survives a reload of the pane. */
export interface PaneRecord {
  highlights: HighlightRecord | null;
  lastFill: FillRecord | null;
}

export const EMPTY_RECORD: PaneRecord = { highlights: null, lastFill: null };

type StoredEdit = Omit<CellEdit, "value"> & { value?: string };

interface StoredRecord {
  version: 1;
  highlights: HighlightRecord | null;
  lastFill: { edits: StoredEdit[]; before: CellSnapshot[] } | null;
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescapeXml = (text: string) =>
  text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** The record as the part's XML: one element holding the record as JSON text (a Decimal as its string). */
export function recordXml(record: PaneRecord): string {
  const stored: StoredRecord = {
    version: 1,
    highlights: record.highlights,
    lastFill: record.lastFill
      ? {
          edits: record.lastFill.edits.map((edit) => (edit.kind === "number" ? { ...edit, value: edit.value.toString() } : edit)),
          before: record.lastFill.before,
        }
      : null,
  };
  return `<?xml version="1.0" encoding="UTF-8"?><juesuan xmlns="${RECORD_NAMESPACE}">${escapeXml(JSON.stringify(stored))}</juesuan>`;
}

/** The record a part holds; the empty record for a part this version cannot read (it is then overwritten). */
export function parseRecordXml(xml: string): PaneRecord {
  const match = /<juesuan\b[^>]*>([\s\S]*)<\/juesuan>/.exec(xml);
  if (!match) return EMPTY_RECORD;
  try {
    const stored = JSON.parse(unescapeXml(match[1])) as StoredRecord;
    if (stored.version !== 1) return EMPTY_RECORD;
    const lastFill = stored.lastFill
      ? {
          edits: stored.lastFill.edits.map((edit) =>
            edit.kind === "number" ? ({ ...edit, value: new Decimal(edit.value ?? "0") } as CellEdit) : (edit as CellEdit)
          ),
          before: stored.lastFill.before,
        }
      : null;
    return { highlights: stored.highlights ?? null, lastFill };
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

/** Queues the write of the record into the part found by queueRecordLookup (after its sync), or a new part. */
export function queueRecordSave(context: Excel.RequestContext, part: Excel.CustomXmlPart, record: PaneRecord): void {
  const xml = recordXml(record);
  if (part.isNullObject) context.workbook.customXmlParts.add(xml);
  else part.setXml(xml);
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
