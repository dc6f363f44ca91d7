// Tables rebuilt from the ruling lines a page draws: the lines that touch form one table; their distinct x and y
// positions are the column and row edges; a missing stretch of line between two grid cells merges them; each
// text item goes to the cell that holds its middle, and a cell's wrapped lines are joined.
import { Box, clusterValues, joinWrapped, PageContent, Segment, TextItem, textLines } from "./geometry";

/** Positions closer than this (points) are one edge: lines are drawn a hair apart at corners. */
const EDGE_TOLERANCE = 1.5;

const SPREAD_CHINESE = /([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])/g;

export interface PdfCell {
  text: string;
  /** The cell's rectangle (a merged cell's whole area). */
  box: Box;
}

export interface PdfMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PdfTable {
  page: number;
  box: Box;
  /** rows[r][c], 0-based; a merged area's text sits in its top-left cell. */
  rows: (PdfCell | null)[][];
  /** The rectangle of each grid cell, [r][c] (inside a merge: the merge's rectangle). */
  boxes: Box[][];
  merges: PdfMerge[];
  /** Column edges, left to right (colCount + 1 of them). */
  xs: number[];
  /** Drawn with lines, or guessed from text positions. */
  ruled: boolean;
  /** The text items placed in it (so the page's other text is what is left). */
  used: Set<TextItem>;
}

function horizontal(s: Segment): boolean {
  return Math.abs(s.y0 - s.y1) <= 0.5 && Math.abs(s.x1 - s.x0) > 2;
}

function vertical(s: Segment): boolean {
  return Math.abs(s.x0 - s.x1) <= 0.5 && Math.abs(s.y1 - s.y0) > 2;
}

function touches(a: Segment, b: Segment): boolean {
  const t = EDGE_TOLERANCE;
  return a.x0 - t <= b.x1 && b.x0 - t <= a.x1 && a.y0 - t <= b.y1 && b.y0 - t <= a.y1;
}

/** The ruling lines in groups that touch one another: one group per drawn table. */
export function segmentGroups(segments: Segment[]): Segment[][] {
  const lines = segments.filter((s) => horizontal(s) || vertical(s));
  const parent = lines.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) if (touches(lines[i], lines[j])) parent[find(i)] = find(j);
  }
  const groups = new Map<number, Segment[]>();
  lines.forEach((s, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), s]);
  });
  // A table has at least two rows and a column edge each side.
  return [...groups.values()].filter((g) => g.filter(horizontal).length >= 2 && g.filter(vertical).length >= 2);
}

/** Whether some line of `lines` runs along `at` (x for vertical lines, y for horizontal) over `mid`. */
function drawnAt(lines: Segment[], isVertical: boolean, at: number, mid: number): boolean {
  return lines.some((s) =>
    isVertical
      ? Math.abs(s.x0 - at) <= EDGE_TOLERANCE && s.y0 - EDGE_TOLERANCE <= mid && mid <= s.y1 + EDGE_TOLERANCE
      : Math.abs(s.y0 - at) <= EDGE_TOLERANCE && s.x0 - EDGE_TOLERANCE <= mid && mid <= s.x1 + EDGE_TOLERANCE
  );
}

/** A table from one group of ruling lines, with the page's text placed in its cells. */
function ruledTable(page: number, group: Segment[], texts: TextItem[]): PdfTable {
  const verticals = group.filter(vertical);
  const horizontals = group.filter(horizontal);
  const xs = clusterValues(verticals.map((s) => s.x0), EDGE_TOLERANCE);
  const ys = clusterValues(horizontals.map((s) => s.y0), EDGE_TOLERANCE).reverse(); // top to bottom
  const rowCount = ys.length - 1;
  const colCount = xs.length - 1;
  // Grid cells joined where the line between them is not drawn.
  const id = (r: number, c: number) => r * colCount + c;
  const parent = Array.from({ length: rowCount * colCount }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let r = 0; r < rowCount; r++) {
    const midY = (ys[r] + ys[r + 1]) / 2;
    for (let c = 0; c < colCount; c++) {
      const midX = (xs[c] + xs[c + 1]) / 2;
      if (c + 1 < colCount && !drawnAt(verticals, true, xs[c + 1], midY)) parent[find(id(r, c))] = find(id(r, c + 1));
      if (r + 1 < rowCount && !drawnAt(horizontals, false, ys[r + 1], midX)) parent[find(id(r, c))] = find(id(r + 1, c));
    }
  }
  const areas = new Map<number, PdfMerge>();
  for (let r = 0; r < rowCount; r++) {
    for (let c = 0; c < colCount; c++) {
      const root = find(id(r, c));
      const area = areas.get(root);
      if (!area) areas.set(root, { top: r, left: c, bottom: r, right: c });
      else {
        area.top = Math.min(area.top, r);
        area.left = Math.min(area.left, c);
        area.bottom = Math.max(area.bottom, r);
        area.right = Math.max(area.right, c);
      }
    }
  }
  const areaOf = (r: number, c: number) => areas.get(find(id(r, c)))!;
  const boxOf = (a: PdfMerge): Box => [xs[a.left], ys[a.bottom + 1], xs[a.right + 1], ys[a.top]];
  const boxes = Array.from({ length: rowCount }, (_, r) => Array.from({ length: colCount }, (_, c) => boxOf(areaOf(r, c))));
  const tableBox: Box = [xs[0], ys[rowCount], xs[colCount], ys[0]];
  const placed = new Map<PdfMerge, TextItem[]>();
  const used = new Set<TextItem>();
  for (const item of texts) {
    const midX = item.x + item.width / 2;
    const midY = item.y + item.size * 0.3;
    if (midX < tableBox[0] || midX > tableBox[2] || midY < tableBox[1] || midY > tableBox[3]) continue;
    const c = xs.findIndex((x, i) => i < colCount && midX >= x && midX <= xs[i + 1]);
    const r = ys.findIndex((y, i) => i < rowCount && midY <= y && midY >= ys[i + 1]);
    if (c < 0 || r < 0) continue;
    const area = areaOf(r, c);
    placed.set(area, [...(placed.get(area) ?? []), item]);
    used.add(item);
  }
  const rows: (PdfCell | null)[][] = Array.from({ length: rowCount }, () => Array<PdfCell | null>(colCount).fill(null));
  for (const [area, items] of placed) {
    // A cell's justified Chinese comes with spaces between its characters: a name has none.
    const text = joinWrapped(textLines(items).map((l) => l.text)).replace(SPREAD_CHINESE, "$1");
    if (text !== "") rows[area.top][area.left] = { text, box: boxOf(area) };
  }
  const merges = [...new Set(areas.values())].filter((a) => a.bottom > a.top || a.right > a.left);
  return { page, box: tableBox, rows, boxes, merges, xs, ruled: true, used };
}

/** The page's ruled tables, top to bottom. */
export function ruledTables(content: PageContent): PdfTable[] {
  return segmentGroups(content.segments)
    .map((group) => ruledTable(content.number, group, content.texts))
    .filter((t) => t.rows.length > 0 && t.xs.length > 1)
    .sort((a, b) => b.box[3] - a.box[3]);
}
