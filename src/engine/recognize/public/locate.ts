// Finding the nine tables: by title ("收入支出决算总表") and/or marker ("公开01表", "公开 01 表", "公开1表"),
// wherever they sit. A title is matched as a whole cell: "支出决算表" is a substring of "收入支出决算总表" and
// of most other titles, so a substring test would find table 03 everywhere.
import { presentRowIndexes } from "../../grid";
import { memoizeText } from "../../memo";
import { PublicKind } from "../../tables";
import { normalizeText, stripOrdinal } from "./text";
import { SheetView } from "./view";

/** Title variants by kind, normalised (no spaces, no quotes). The first is PUBLIC_TITLES' form. */
const TITLE_VARIANTS: Record<PublicKind, string[]> = {
  "01": ["收入支出决算总表", "收支决算总表"],
  "02": ["收入决算表"],
  "03": ["支出决算表"],
  "04": ["财政拨款收入支出决算总表", "财政拨款收支决算总表"],
  "05": ["一般公共预算财政拨款支出决算表"],
  "06": ["一般公共预算财政拨款基本支出决算表"],
  "07": ["财政拨款三公经费支出决算表", "一般公共预算财政拨款三公经费支出决算表"],
  "08": ["政府性基金预算财政拨款收入支出决算表", "政府性基金预算财政拨款支出决算表"],
  // The sample prints 09 as …收入支出决算表 although the table holds only spending.
  "09": ["国有资本经营预算财政拨款支出决算表", "国有资本经营预算财政拨款收入支出决算表"],
};

const KIND_BY_TITLE = new Map<string, PublicKind>();
for (const [kind, titles] of Object.entries(TITLE_VARIANTS) as [PublicKind, string[]][]) {
  for (const title of titles) KIND_BY_TITLE.set(title, kind);
}

const MARKER = /\(?公开0?([1-9])表\)?/;
/** Longer than any title with a department and year in front: a sentence, not a title. */
const MAX_TITLE_LENGTH = 60;

interface TitleHit {
  kind: PublicKind;
  /** The cell also carries the marker ("收入支出决算总表（公开01表）"). */
  withMarker: boolean;
}

/** Reads a title cell: the whole cell must be a title, optionally after numbering, a "2024年度" lead-in or "部门". */
export function titleKind(raw: string): TitleHit | undefined {
  return titleOfText(raw);
}

// Every sheet's text cells holding "表" are read as possible titles; each distinct text once (hits are frozen).
const titleOfText = memoizeText((raw: string): TitleHit | undefined => {
  const hit = readTitle(raw);
  return hit && Object.freeze(hit);
});

function readTitle(raw: string): TitleHit | undefined {
  let text = normalizeText(raw);
  if (!text.includes("表") || text.length > MAX_TITLE_LENGTH) return undefined;
  const withMarker = MARKER.test(text);
  text = text.replace(MARKER, "");
  text = stripOrdinal(text);
  // "中共××办公室2024年度收入支出决算总表": whatever stands before the year is the department.
  text = text.replace(/^.*?\d{4}年度?/, "");
  text = text.replace(/^部门/, "");
  const kind = KIND_BY_TITLE.get(text);
  return kind ? { kind, withMarker } : undefined;
}

/** Reads a marker cell ("公开01表", "公开 1 表", "（公开09表）"); a short cell only, never a sentence. */
export const markerKind = memoizeText((raw: string): PublicKind | undefined => {
  const text = normalizeText(raw);
  if (text.length > 20) return undefined;
  const match = MARKER.exec(text);
  return match ? (`0${match[1]}` as PublicKind) : undefined;
});

export interface TableAnchor {
  kind: PublicKind;
  /** First row of the table: its title or its marker, whichever is higher. */
  top: number;
  /** Last row the table may use: the row before the next table's anchor, or the sheet's last row. */
  limit: number;
  title?: { row: number; col: number };
  marker?: { row: number; col: number };
}

interface Hit {
  kind: PublicKind;
  row: number;
  col: number;
  isTitle: boolean;
  withMarker: boolean;
}

/** How far from its title a marker may sit and still belong to it. */
const MARKER_REACH_ABOVE = 3;
const MARKER_REACH_BELOW = 5;

/** Every title and marker in the sheet, one pass over the cells that hold "表". */
function scanHits(view: SheetView): Hit[] {
  const hits: Hit[] = [];
  const rows = view.sheet.cells;
  for (const r of presentRowIndexes(view.sheet)) {
    const cells = rows[r];
    const last = Math.min(cells.length, view.lastColumn);
    for (let c = 0; c < last; c++) {
      const value = cells[c]?.value;
      if (typeof value !== "string" || !value.includes("表")) continue;
      if (view.isCoveredByMerge(r + 1, c + 1)) continue;
      const title = titleKind(value);
      if (title) {
        hits.push({ kind: title.kind, row: r + 1, col: c + 1, isTitle: true, withMarker: title.withMarker });
        continue;
      }
      const marker = markerKind(value);
      if (marker) hits.push({ kind: marker, row: r + 1, col: c + 1, isTitle: false, withMarker: true });
    }
  }
  return hits;
}

/** The tables a sheet holds, top to bottom. A marker joins the title of the same kind next to it. */
export function locateTables(view: SheetView): TableAnchor[] {
  const hits = scanHits(view);
  const titles = hits.filter((h) => h.isTitle);
  const markers = hits.filter((h) => !h.isTitle);
  const usedMarkers = new Set<Hit>();
  const anchors: TableAnchor[] = [];

  for (const title of titles) {
    const anchor: TableAnchor = { kind: title.kind, top: title.row, limit: view.rowCount, title: { row: title.row, col: title.col } };
    if (title.withMarker) anchor.marker = { row: title.row, col: title.col };
    const marker = markers.find(
      (m) =>
        !usedMarkers.has(m) &&
        m.kind === title.kind &&
        m.row >= title.row - MARKER_REACH_ABOVE &&
        m.row <= title.row + MARKER_REACH_BELOW
    );
    if (marker) {
      usedMarkers.add(marker);
      anchor.marker = { row: marker.row, col: marker.col };
      anchor.top = Math.min(anchor.top, marker.row);
    }
    anchors.push(anchor);
  }

  for (const marker of markers) {
    if (usedMarkers.has(marker)) continue;
    // A marker beside a title of another kind is a mislabelled marker: the title decides.
    const nearTitle = titles.some((t) => marker.row >= t.row - MARKER_REACH_ABOVE && marker.row <= t.row + MARKER_REACH_BELOW);
    if (nearTitle) continue;
    anchors.push({ kind: marker.kind, top: marker.row, limit: view.rowCount, marker: { row: marker.row, col: marker.col } });
  }

  anchors.sort((a, b) => a.top - b.top);
  const distinct = anchors.filter((anchor, i) => i === 0 || anchor.top !== anchors[i - 1].top);
  for (let i = 0; i < distinct.length - 1; i++) distinct[i].limit = distinct[i + 1].top - 1;
  return distinct;
}
