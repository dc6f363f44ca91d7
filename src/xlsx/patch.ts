// Patches SpreadsheetML parts in place, as text: a worksheet's cells (§18.3.1.4 <c>, §18.3.1.73 <row>), a number
// format and a cell format added to the styles (§18.8), and the workbook's calculation properties (§18.2.2
// <calcPr>). Only the elements named change; every other byte of the part stays as the file had it.
import { localName } from "./fast/package";
import { BUILT_IN_NUMBER_FORMATS, columnLetters, MAX_COLUMN, positionOf, rowNumberOf } from "./fast/format";
import { XML_CLOSE, XML_END, XML_OPEN, XmlReader } from "./fast/xml";
import { areaOf } from "./fast/worksheet";

/** One change to a part's text: the characters [start, end) become `text`. */
interface Splice {
  start: number;
  end: number;
  text: string;
}

function applySplices(xml: string, splices: Splice[]): string {
  const ordered = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let result = "";
  let at = 0;
  for (const splice of ordered) {
    result += xml.slice(at, splice.start) + splice.text;
    at = splice.end;
  }
  return result + xml.slice(at);
}

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, "&quot;");

/**
 * Text as a <t> may hold it (ST_Xstring, §22.4.2.4): characters XML forbids as _xHHHH_, and a literal "_xHHHH_" in
 * the text escaped itself (its "_" as _x005F_), so that a reader turns it back into the same text.
 */
function xstring(text: string): string {
  return escapeText(
    text
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
      .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
  );
}

/** An element's start tag with one attribute set (added, or its value replaced); `<a …/>` stays self-closing. */
function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name.replace(/[:]/g, "\\:")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${escapeAttribute(value)}"`);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close).replace(/\s+$/, "")} ${name}="${escapeAttribute(value)}"${tag.slice(close)}`;
}

/** A start tag without one attribute. */
function withoutAttribute(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`), "");
}

/** The namespace prefix an element name carries ("x:row" → "x:"), to write new elements alike. */
function prefixOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon + 1);
}

// ---------------------------------------------------------------------------------------------------------------
// Worksheets

/** What a filled cell holds: a number under a cell format, or text (written as an inline string). */
export type CellWrite =
  | { row: number; col: number; kind: "number"; value: number; style: number | undefined }
  | { row: number; col: number; kind: "text"; text: string; style: number | undefined };

/** What a worksheet's XML says about the cells to be filled, read before they are written. */
interface CellSite {
  /** The cell's own style index (its s), else its row's (customFormat), else its column's; 0 without any. */
  style: number;
  /** Whether the <c> element holds a formula: fill never writes over one. */
  hasFormula: boolean;
}

interface CellSpan {
  col: number;
  start: number;
  end: number;
  startTag: string;
  hasFormula: boolean;
  style: number | undefined;
}

interface RowSpan {
  row: number;
  start: number;
  /** End of the start tag. */
  openEnd: number;
  /** Start of the end tag (for a self-closing row: its end). */
  closeStart: number;
  end: number;
  startTag: string;
  selfClosing: boolean;
  style: number | undefined;
  cells: CellSpan[];
}

interface SheetLayout {
  prefix: string;
  /** The <sheetData> element: its start tag's span, its end tag's start, whether it is written <sheetData/>. */
  sheetData: { start: number; openEnd: number; closeStart: number; end: number; startTag: string; selfClosing: boolean };
  rows: RowSpan[];
  /** The column styles (<cols><col min max style>). */
  columnStyles: { min: number; max: number; style: number }[];
  dimension: { start: number; end: number; startTag: string; ref: string | undefined } | undefined;
}

const numberOrUndefined = (text: string | undefined) => {
  const value = text === undefined ? NaN : Number(text);
  return Number.isInteger(value) && value >= 0 ? value : undefined;
};

/** Reads where the worksheet's rows and cells stand; cells are noted only for the rows in `rowsOfInterest`. */
function layoutOf(xml: string, rowsOfInterest: ReadonlySet<number>): SheetLayout {
  const reader = new XmlReader(xml);
  let layout: Partial<SheetLayout> & { rows: RowSpan[]; columnStyles: SheetLayout["columnStyles"] } = {
    rows: [],
    columnStyles: [],
  };
  for (let event = reader.next(); event !== XML_END; event = reader.next()) {
    if (event !== XML_OPEN || reader.depth !== 2) continue;
    const name = localName(reader.name);
    if (name === "dimension") {
      layout.dimension = { start: reader.tagStart, end: 0, startTag: xml.slice(reader.tagStart, reader.tagEnd), ref: reader.attribute("ref") };
      reader.skipElement();
      layout.dimension.end = reader.tagEnd;
    } else if (name === "cols") {
      const depth = reader.depth;
      for (let inner = reader.next(); !(inner === XML_CLOSE && reader.depth === depth); inner = reader.next()) {
        if (inner !== XML_OPEN || localName(reader.name) !== "col") continue;
        const min = numberOrUndefined(reader.attribute("min"));
        const max = numberOrUndefined(reader.attribute("max"));
        const style = numberOrUndefined(reader.attribute("style"));
        if (min !== undefined && max !== undefined && style !== undefined) layout.columnStyles.push({ min, max, style });
      }
    } else if (name === "sheetData") {
      layout.prefix = prefixOf(reader.name);
      const start = reader.tagStart;
      const openEnd = reader.tagEnd;
      const startTag = xml.slice(start, openEnd);
      const selfClosing = reader.selfClosing;
      readRows(reader, xml, layout.rows, rowsOfInterest);
      layout.sheetData = { start, openEnd, closeStart: selfClosing ? openEnd : reader.tagStart, end: reader.tagEnd, startTag, selfClosing };
    } else {
      reader.skipElement();
    }
  }
  if (!layout.sheetData) throw new Error("a worksheet without <sheetData>");
  return layout as SheetLayout;
}

function readRows(reader: XmlReader, xml: string, rows: RowSpan[], rowsOfInterest: ReadonlySet<number>): void {
  if (reader.selfClosing) {
    reader.next();
    return;
  }
  const depth = reader.depth;
  let rowNumber = 0;
  for (;;) {
    const event = reader.next();
    if (event === XML_CLOSE && reader.depth === depth) return;
    if (event !== XML_OPEN) continue;
    if (localName(reader.name) !== "row") {
      reader.skipElement();
      continue;
    }
    const stated = reader.attribute("r");
    rowNumber = stated === undefined ? rowNumber + 1 : rowNumberOf(stated.trim()) ?? rowNumber + 1;
    const row: RowSpan = {
      row: rowNumber,
      start: reader.tagStart,
      openEnd: reader.tagEnd,
      closeStart: reader.tagEnd,
      end: reader.tagEnd,
      startTag: xml.slice(reader.tagStart, reader.tagEnd),
      selfClosing: reader.selfClosing,
      style: reader.attribute("customFormat") === "1" || reader.attribute("customFormat") === "true" ? numberOrUndefined(reader.attribute("s")) : undefined,
      cells: [],
    };
    if (rowsOfInterest.has(rowNumber)) readCells(reader, xml, row);
    else reader.skipElement();
    row.closeStart = row.selfClosing ? row.openEnd : reader.tagStart;
    row.end = reader.tagEnd;
    rows.push(row);
  }
}

function readCells(reader: XmlReader, xml: string, row: RowSpan): void {
  if (reader.selfClosing) {
    reader.next();
    return;
  }
  const depth = reader.depth;
  let col = 0;
  for (;;) {
    const event = reader.next();
    if (event === XML_CLOSE && reader.depth === depth) return;
    if (event !== XML_OPEN) continue;
    if (localName(reader.name) !== "c") {
      reader.skipElement();
      continue;
    }
    const address = reader.attribute("r");
    const position = address === undefined ? undefined : positionOf(address.trim().toUpperCase().replace(/\$/g, ""));
    col = position ? position.col : col + 1;
    const start = reader.tagStart;
    const startTag = xml.slice(start, reader.tagEnd);
    const style = numberOrUndefined(reader.attribute("s"));
    let hasFormula = false;
    const cellDepth = reader.depth;
    for (let inner = reader.next(); !(inner === XML_CLOSE && reader.depth === cellDepth); inner = reader.next()) {
      if (inner === XML_OPEN && localName(reader.name) === "f") hasFormula = true;
    }
    row.cells.push({ col, start, end: reader.tagEnd, startTag, hasFormula, style });
  }
}

/** A row's spans attribute ("1:6"), widened to take a column. */
function widenedSpans(tag: string, col: number): string {
  const spans = /\sspans\s*=\s*"(\d+):(\d+)"/.exec(tag);
  if (!spans) return tag;
  const first = Number(spans[1]);
  const last = Number(spans[2]);
  if (col >= first && col <= last) return tag;
  return withAttribute(tag, "spans", `${Math.min(first, col)}:${Math.max(last, col)}`);
}

/** The worksheet's cells at the given places, as fill must know them before it writes. */
export function cellSites(xml: string, places: { row: number; col: number }[]): CellSite[] {
  const layout = layoutOf(xml, new Set(places.map((p) => p.row)));
  return places.map(({ row, col }) => siteOf(layout, row, col));
}

function siteOf(layout: SheetLayout, row: number, col: number): CellSite {
  const rowSpan = layout.rows.find((r) => r.row === row);
  const cell = rowSpan?.cells.find((c) => c.col === col);
  const columnStyle = layout.columnStyles.find((c) => col >= c.min && col <= c.max)?.style;
  return {
    style: cell ? cell.style ?? 0 : rowSpan?.style ?? columnStyle ?? 0,
    hasFormula: cell?.hasFormula ?? false,
  };
}

/** The new <c> element: reference, style, and the value, written as the format stores it. */
function cellElement(prefix: string, write: CellWrite, keptTag: string | undefined): string {
  const address = `${columnLetters(write.col)}${write.row}`;
  // Attributes of the blank cell the file had (cm, vm, ph) are kept; r, s and t are written anew.
  let tag = keptTag ? keptTag.replace(/\/?>$/, ">") : `<${prefix}c>`;
  for (const name of ["r", "s", "t"]) tag = withoutAttribute(tag, name);
  tag = withAttribute(tag, "r", address);
  if (write.style) tag = withAttribute(tag, "s", String(write.style));
  if (write.kind === "number") return `${tag}<${prefix}v>${String(write.value)}</${prefix}v></${prefix}c>`;
  tag = withAttribute(tag, "t", "inlineStr");
  return `${tag}<${prefix}is><${prefix}t xml:space="preserve">${xstring(write.text)}</${prefix}t></${prefix}is></${prefix}c>`;
}

/** The worksheet with the cells written: blank <c> elements replaced, missing cells and rows inserted in order. */
export function patchWorksheet(xml: string, writes: CellWrite[]): string {
  const layout = layoutOf(xml, new Set(writes.map((w) => w.row)));
  const { prefix } = layout;
  const splices: Splice[] = [];
  const newRows = new Map<number, CellWrite[]>();
  const rowTagChanges = new Map<RowSpan, string>();
  const insertsInRow = new Map<RowSpan, { at: number; text: string; col: number }[]>();

  for (const write of writes) {
    if (write.col < 1 || write.col > MAX_COLUMN) throw new Error(`column ${write.col} off the sheet`);
    const row = layout.rows.find((r) => r.row === write.row);
    if (!row) {
      newRows.set(write.row, [...(newRows.get(write.row) ?? []), write]);
      continue;
    }
    const cell = row.cells.find((c) => c.col === write.col);
    if (cell) {
      splices.push({ start: cell.start, end: cell.end, text: cellElement(prefix, write, cell.startTag) });
      continue;
    }
    rowTagChanges.set(row, widenedSpans(rowTagChanges.get(row) ?? row.startTag, write.col));
    // Before the first cell of a later column, else at the row's end.
    const next = row.cells.find((c) => c.col > write.col);
    const inserts = insertsInRow.get(row) ?? [];
    inserts.push({ at: next ? next.start : row.closeStart, text: cellElement(prefix, write, undefined), col: write.col });
    insertsInRow.set(row, inserts);
  }

  for (const [row, inserts] of insertsInRow) {
    const tag = rowTagChanges.get(row) ?? row.startTag;
    if (row.selfClosing) {
      const open = tag.replace(/\s*\/>$/, ">");
      const cells = inserts.sort((a, b) => a.col - b.col).map((i) => i.text).join("");
      splices.push({ start: row.start, end: row.end, text: `${open}${cells}</${prefix}row>` });
      continue;
    }
    if (tag !== row.startTag) splices.push({ start: row.start, end: row.openEnd, text: tag });
    // Inserts at one place go in column order; splices at one offset keep the order they are given in.
    for (const insert of inserts.sort((a, b) => a.col - b.col)) splices.push({ start: insert.at, end: insert.at, text: insert.text });
  }

  const sheetData = layout.sheetData;
  const rowsToAdd = [...newRows.entries()].sort((a, b) => a[0] - b[0]);
  if (rowsToAdd.length > 0 && sheetData.selfClosing) {
    const open = sheetData.startTag.replace(/\s*\/>$/, ">");
    const body = rowsToAdd.map(([row, cells]) => rowElement(prefix, row, cells)).join("");
    splices.push({ start: sheetData.start, end: sheetData.end, text: `${open}${body}</${prefix}sheetData>` });
  } else {
    for (const [rowNumber, cells] of rowsToAdd) {
      const next = layout.rows.find((r) => r.row > rowNumber);
      const at = next ? next.start : sheetData.closeStart;
      splices.push({ start: at, end: at, text: rowElement(prefix, rowNumber, cells) });
    }
  }

  const dimension = layout.dimension;
  if (dimension) {
    const widened = widenedDimension(dimension.ref, writes);
    if (widened !== dimension.ref && widened !== undefined) {
      splices.push({ start: dimension.start, end: dimension.start + dimension.startTag.length, text: withAttribute(dimension.startTag, "ref", widened) });
    }
  }
  return applySplices(xml, splices);
}

function rowElement(prefix: string, row: number, cells: CellWrite[]): string {
  const body = [...cells].sort((a, b) => a.col - b.col).map((write) => cellElement(prefix, write, undefined)).join("");
  return `<${prefix}row r="${row}">${body}</${prefix}row>`;
}

/** The <dimension> reference grown to hold the written cells (it is a hint, but Excel's own is never too small). */
function widenedDimension(ref: string | undefined, writes: CellWrite[]): string | undefined {
  const area = ref === undefined ? undefined : areaOf(ref);
  if (!area) return ref;
  let { top, left, bottom, right } = area;
  for (const write of writes) {
    top = Math.min(top, write.row);
    bottom = Math.max(bottom, write.row);
    left = Math.min(left, write.col);
    right = Math.max(right, write.col);
  }
  if (top === area.top && left === area.left && bottom === area.bottom && right === area.right) return ref;
  return `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Styles: a number format and a cell format cloned from the cell's own, when a filled figure needs one.

interface StylesLayout {
  prefix: string;
  styleSheetOpenEnd: number;
  numFmts: { start: number; openEnd: number; closeStart: number; end: number; startTag: string; selfClosing: boolean } | undefined;
  customFormats: Map<string, number>;
  cellXfs: { start: number; openEnd: number; closeStart: number; end: number; startTag: string; selfClosing: boolean } | undefined;
  /** Each <xf> of cellXfs: its text and its numFmtId. */
  formats: { text: string; numFmtId: number }[];
}

function stylesLayoutOf(xml: string): StylesLayout {
  const reader = new XmlReader(xml);
  const layout: StylesLayout = { prefix: "", styleSheetOpenEnd: 0, numFmts: undefined, customFormats: new Map(), cellXfs: undefined, formats: [] };
  for (let event = reader.next(); event !== XML_END; event = reader.next()) {
    if (event !== XML_OPEN) continue;
    if (reader.depth === 1) {
      layout.prefix = prefixOf(reader.name);
      layout.styleSheetOpenEnd = reader.tagEnd;
      continue;
    }
    if (reader.depth !== 2) continue;
    const name = localName(reader.name);
    if (name !== "numFmts" && name !== "cellXfs") {
      reader.skipElement();
      continue;
    }
    const start = reader.tagStart;
    const openEnd = reader.tagEnd;
    const startTag = xml.slice(start, openEnd);
    const selfClosing = reader.selfClosing;
    const depth = reader.depth;
    for (let inner = reader.next(); !(inner === XML_CLOSE && reader.depth === depth); inner = reader.next()) {
      if (inner !== XML_OPEN || (reader.depth as number) !== 3) continue;
      const childStart = reader.tagStart;
      if (name === "numFmts" && localName(reader.name) === "numFmt") {
        const id = Number(reader.attribute("numFmtId"));
        const code = reader.attribute("formatCode");
        if (Number.isInteger(id) && code !== undefined && !layout.customFormats.has(code)) layout.customFormats.set(code, id);
        reader.skipElement();
      } else if (name === "cellXfs" && localName(reader.name) === "xf") {
        const numFmtId = Number(reader.attribute("numFmtId") ?? 0);
        reader.skipElement();
        layout.formats.push({ text: xml.slice(childStart, reader.tagEnd), numFmtId });
      } else {
        reader.skipElement();
      }
    }
    const span = { start, openEnd, closeStart: selfClosing ? openEnd : reader.tagStart, end: reader.tagEnd, startTag, selfClosing };
    if (name === "numFmts") layout.numFmts = span;
    else layout.cellXfs = span;
  }
  return layout;
}

/** Built-in ids whose format is the same in every locale (5–8, 27–36 and 50–58 differ from one Excel to another). */
const UNIVERSAL_FORMAT_IDS = (id: number) => id <= 4 || (id >= 9 && id <= 22) || (id >= 37 && id <= 40) || (id >= 45 && id <= 49);

/** The styles part, and the cell format indexes fill asks for: the cell's format with another number format. */
export class StylesPatch {
  private readonly xml: string;
  private readonly layout: StylesLayout;
  private readonly addedFormats: string[] = [];
  private readonly addedCodes: { id: number; code: string }[] = [];
  private readonly made = new Map<string, number>();
  private nextCustomId: number;

  constructor(xml: string) {
    this.xml = xml;
    this.layout = stylesLayoutOf(xml);
    this.nextCustomId = Math.max(163, ...this.layout.customFormats.values()) + 1;
  }

  get changed(): boolean {
    return this.addedFormats.length > 0;
  }

  /** The number format code of a cell format index, as the reader sees it. */
  private codeOf(numFmtId: number): string | undefined {
    for (const [code, id] of this.layout.customFormats) if (id === numFmtId) return code;
    for (const added of this.addedCodes) if (added.id === numFmtId) return added.code;
    return BUILT_IN_NUMBER_FORMATS.get(numFmtId);
  }

  /** The id a number format code has here: built in, already in the file, or added. */
  private formatIdOf(code: string): number {
    for (const [id, builtIn] of BUILT_IN_NUMBER_FORMATS) if (builtIn === code && UNIVERSAL_FORMAT_IDS(id)) return id;
    const custom = this.layout.customFormats.get(code);
    if (custom !== undefined) return custom;
    const added = this.addedCodes.find((a) => a.code === code);
    if (added) return added.id;
    const id = this.nextCustomId++;
    this.addedCodes.push({ id, code });
    return id;
  }

  /** A cell format showing `code`, made from `style`; `style` itself when it already shows it. */
  styleFor(style: number, code: string): number {
    const formats = this.layout.formats;
    const base = style >= 0 && style < formats.length ? style : 0;
    const current = formats[base];
    if (!current) throw new Error("the styles part has no cell formats");
    if ((this.codeOf(current.numFmtId) ?? "General") === code || (code === "General" && current.numFmtId === 0)) return base;
    const key = `${base}\u0000${code}`;
    const known = this.made.get(key);
    if (known !== undefined) return known;
    const numFmtId = this.formatIdOf(code);
    const openTag = /^<[^>]*>/.exec(current.text)![0];
    let tag = withAttribute(openTag, "numFmtId", String(numFmtId));
    tag = withAttribute(tag, "applyNumberFormat", "1");
    const index = formats.length + this.addedFormats.length;
    this.addedFormats.push(tag + current.text.slice(openTag.length));
    this.made.set(key, index);
    return index;
  }

  /** The styles part with the added formats, their lists' counts updated. */
  text(): string {
    if (!this.changed) return this.xml;
    const { prefix, numFmts, cellXfs } = this.layout;
    const splices: Splice[] = [];
    if (this.addedCodes.length > 0) {
      const codes = this.addedCodes.map((a) => `<${prefix}numFmt numFmtId="${a.id}" formatCode="${escapeAttribute(a.code)}"/>`).join("");
      const count = this.layout.customFormats.size + this.addedCodes.length;
      if (!numFmts) {
        // <numFmts> is the first child of <styleSheet>.
        splices.push({ start: this.layout.styleSheetOpenEnd, end: this.layout.styleSheetOpenEnd, text: `<${prefix}numFmts count="${count}">${codes}</${prefix}numFmts>` });
      } else if (numFmts.selfClosing) {
        const open = withAttribute(numFmts.startTag, "count", String(count)).replace(/\s*\/>$/, ">");
        splices.push({ start: numFmts.start, end: numFmts.end, text: `${open}${codes}</${prefix}numFmts>` });
      } else {
        splices.push({ start: numFmts.start, end: numFmts.openEnd, text: withAttribute(numFmts.startTag, "count", String(count)) });
        splices.push({ start: numFmts.closeStart, end: numFmts.closeStart, text: codes });
      }
    }
    if (!cellXfs) throw new Error("the styles part has no cell formats");
    const count = this.layout.formats.length + this.addedFormats.length;
    const added = this.addedFormats.join("");
    if (cellXfs.selfClosing) {
      const open = withAttribute(cellXfs.startTag, "count", String(count)).replace(/\s*\/>$/, ">");
      splices.push({ start: cellXfs.start, end: cellXfs.end, text: `${open}${added}</${prefix}cellXfs>` });
    } else {
      splices.push({ start: cellXfs.start, end: cellXfs.openEnd, text: withAttribute(cellXfs.startTag, "count", String(count)) });
      splices.push({ start: cellXfs.closeStart, end: cellXfs.closeStart, text: added });
    }
    return applySplices(this.xml, splices);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Workbook: <calcPr fullCalcOnLoad="1"/>, so that Excel recomputes every formula when it opens the filled copy.

/** The elements that follow <calcPr> in CT_Workbook: a new <calcPr> goes before the first of them present. */
const AFTER_CALC_PR = new Set([
  "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr",
  "webPublishObjects", "extLst",
]);

export function withFullCalcOnLoad(xml: string): string {
  const reader = new XmlReader(xml);
  let prefix = "";
  let insertAt: number | undefined;
  for (let event = reader.next(); event !== XML_END; event = reader.next()) {
    if (event === XML_OPEN && reader.depth === 1) {
      prefix = prefixOf(reader.name);
      continue;
    }
    if (event === XML_CLOSE && reader.depth === 1) {
      insertAt ??= reader.tagStart;
      break;
    }
    if (event !== XML_OPEN || reader.depth !== 2) continue;
    const name = localName(reader.name);
    if (name === "calcPr") {
      const tag = xml.slice(reader.tagStart, reader.tagEnd);
      return xml.slice(0, reader.tagStart) + withAttribute(tag, "fullCalcOnLoad", "1") + xml.slice(reader.tagEnd);
    }
    if (AFTER_CALC_PR.has(name) && insertAt === undefined) insertAt = reader.tagStart;
    reader.skipElement();
  }
  if (insertAt === undefined) throw new Error("a workbook part without its end");
  return `${xml.slice(0, insertAt)}<${prefix}calcPr fullCalcOnLoad="1"/>${xml.slice(insertAt)}`;
}
