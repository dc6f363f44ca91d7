// Plain geometry of a PDF page as the reader sees it: ruling segments and text items in PDF points, y upwards
// (the page's own user space). Kept free of pdf.js so the table rebuild can be tested on made-up pages.

/** [x0, y0, x1, y1], x0 ≤ x1, y0 ≤ y1, in PDF points. */
export type Box = [number, number, number, number];

/** A horizontal (y0 === y1) or vertical (x0 === x1) ruling line. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface TextItem {
  text: string;
  /** Left end of the baseline. */
  x: number;
  y: number;
  width: number;
  /** The font size: the item's height. */
  size: number;
}

export interface PageContent {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  segments: Segment[];
  texts: TextItem[];
}

export function itemBox(item: TextItem): Box {
  return [item.x, item.y - item.size * 0.2, item.x + item.width, item.y + item.size * 0.8];
}

export function unionBox(boxes: Box[]): Box {
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

/** Values within `tolerance` of each other as one (their mean), sorted ascending. */
export function clusterValues(values: number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const last = groups[groups.length - 1];
    if (last && v - last[last.length - 1] <= tolerance) last.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** A line of text: items sharing a baseline, left to right. */
export interface TextLine {
  items: TextItem[];
  text: string;
  box: Box;
  size: number;
}

/** Items grouped into lines (baselines within a third of the font size), top to bottom; the text joined. */
export function textLines(items: TextItem[]): TextLine[] {
  const sorted = items.filter((i) => i.text.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextItem[][] = [];
  for (const item of sorted) {
    const line = lines.find((l) => Math.abs(l[0].y - item.y) <= Math.max(l[0].size, item.size) * 0.35);
    if (line) line.push(item);
    else lines.push([item]);
  }
  return lines
    .map((line) => {
      line.sort((a, b) => a.x - b.x);
      return { items: line, text: joinItems(line), box: unionBox(line.map(itemBox)), size: Math.max(...line.map((i) => i.size)) };
    })
    .sort((a, b) => b.box[3] - a.box[3]);
}

const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** Items of one line joined: a visible gap becomes one space (as the PDF shows it), touching items join. */
export function joinItems(items: TextItem[]): string {
  let text = "";
  let end = -Infinity;
  for (const item of items) {
    const gap = item.x - end;
    // Justified Chinese spreads its characters apart: no space between two Chinese characters.
    const betweenChinese = CHINESE.test(text.slice(-1)) && CHINESE.test(item.text.trimStart().slice(0, 1));
    if (text !== "" && gap > item.size * 0.25 && !betweenChinese && !/\s$/.test(text) && !/^\s/.test(item.text)) text += " ";
    text += item.text;
    end = item.x + item.width;
  }
  return text.replace(/\s+/g, " ").trim();
}

/** Wrapped lines of one cell or paragraph joined: Chinese text wraps without a space; Latin words keep one. */
export function joinWrapped(lines: string[]): string {
  let text = "";
  for (const line of lines) {
    if (text !== "" && /[A-Za-z]$/.test(text) && /^[A-Za-z]/.test(line)) text += " ";
    text += line;
  }
  return text;
}
