// A table printed without lines, rebuilt from text positions alone: only where a title (…表) and its unit line
// (单位：…) announce one, the rows are the text lines down to its 注/说明 line, and the columns are the x
// intervals its fullest rows fill. Fragile by nature (a wrapped name or a centred header can slide), so it is the
// fallback for a table the page draws no lines for, never a second opinion on a ruled one.
import { Box, itemBox, TextItem, TextLine, textLines, joinItems } from "./geometry";
import { PdfCell, PdfMerge, PdfTable } from "./tables";

function isTitleLine(text: string): boolean {
  return /表$/.test(text) && !/[。：，]/.test(text) && text.length <= 40;
}

function endsTable(text: string): boolean {
  return /^(注|说明|备注)[：:\d]/.test(text) || /^第[一二三四五六七八九十]+部分/.test(text);
}

/** Column intervals: the union of the items' x extents over the rows with the most items. */
function columnIntervals(lines: TextLine[]): [number, number][] {
  const most = Math.max(...lines.map((l) => l.items.length));
  const full = lines.filter((l) => l.items.length === most);
  const spans = full.flatMap((l) => l.items.map((i) => [i.x, i.x + i.width] as [number, number])).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1] + 1) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

function tableFrom(page: number, lines: TextLine[]): PdfTable | null {
  const intervals = columnIntervals(lines);
  if (intervals.length < 2) return null;
  const left = Math.min(...lines.map((l) => l.box[0]));
  const right = Math.max(...lines.map((l) => l.box[2]));
  // Column edges halfway between the intervals.
  const xs = [left - 2, ...intervals.slice(1).map((iv, i) => (intervals[i][1] + iv[0]) / 2), right + 2];
  const colCount = xs.length - 1;
  const tops = lines.map((l, r) => (r === 0 ? l.box[3] + 2 : (lines[r - 1].box[1] + l.box[3]) / 2));
  const bottoms = lines.map((l, r) => (r === lines.length - 1 ? l.box[1] - 2 : tops[r + 1]));
  const rows: (PdfCell | null)[][] = [];
  const boxes: Box[][] = [];
  const merges: PdfMerge[] = [];
  const used = new Set<TextItem>();
  lines.forEach((line, r) => {
    const cells: TextItem[][] = Array.from({ length: colCount }, () => []);
    const spans = new Map<number, number>();
    for (const item of line.items) {
      const [x0, , x1] = itemBox(item);
      // The columns whose printed extent the item covers: a header centred over two columns spans them.
      const overlapped = intervals.map((_, c) => c).filter((c) => Math.min(x1, intervals[c][1]) - Math.max(x0, intervals[c][0]) > item.size * 0.5);
      const mid = (x0 + x1) / 2;
      const first = overlapped[0] ?? Math.max(0, xs.findIndex((x, c) => c < colCount && mid >= x && mid <= xs[c + 1]));
      const last = overlapped[overlapped.length - 1] ?? first;
      cells[first].push(item);
      if (last > first) spans.set(first, Math.max(spans.get(first) ?? first, last));
      used.add(item);
    }
    rows.push(cells.map((items, c) => {
      if (items.length === 0) return null;
      const end = spans.get(c) ?? c;
      return { text: joinItems(items), box: [xs[c], bottoms[r], xs[end + 1], tops[r]] as Box };
    }));
    boxes.push(xs.slice(0, -1).map((x, c) => [x, bottoms[r], xs[c + 1], tops[r]] as Box));
    for (const [c, end] of spans) merges.push({ top: r, left: c, bottom: r, right: end });
  });
  return { page, box: [xs[0], bottoms[lines.length - 1], xs[colCount], tops[0]], rows, boxes, merges, xs, ruled: false, used };
}

/** The tables a page prints without lines, from the text its ruled tables left. */
export function textTables(page: number, texts: TextItem[]): PdfTable[] {
  const lines = textLines(texts);
  const tables: PdfTable[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!isTitleLine(lines[i].text) || !/^单位[：:]/.test(lines[i + 1].text)) continue;
    let end = i + 2;
    while (end < lines.length && !endsTable(lines[end].text) && !isTitleLine(lines[end].text)) end++;
    const body = lines.slice(i + 2, end);
    if (body.filter((l) => l.items.length >= 3).length < 2) continue;
    const table = tableFrom(page, body);
    if (table) tables.push(table);
    i = end - 1;
  }
  return tables;
}
