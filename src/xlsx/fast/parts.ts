// The workbook-level parts of an .xlsx as exceljs (4.4) reads them: relationships, workbook, styles, shared strings
// and the document properties. Each reader follows the matching exceljs "xform" closely enough to yield the same
// model, and declines (throws) where that xform would throw or where it would go its own odd way.
import {
  BUILT_IN_NUMBER_FORMATS,
  Declined,
  decodeEscapedText,
  exceljsInteger,
  extractRanges,
  unescapeFormatCode,
} from "./exceljs-rules";
import { XML_CLOSE, XML_END, XML_OPEN, XmlReader } from "./xml";

/**
 * Reads a part the way exceljs's part parsers dispatch: the root must be `root`; an element whose name `handle`
 * knows is read whole by it; any other element is looked through, its children dispatched in turn. The rest of
 * the document is then read on, since saxes would report a fault there too.
 */
export function readDocument(xml: string, root: string, handle: (reader: XmlReader) => void): void {
  const reader = new XmlReader(xml);
  if (reader.next() !== XML_OPEN || reader.name !== root) throw new Declined(`the root element is not <${root}>`);
  for (;;) {
    const event = reader.next();
    if (event === XML_OPEN) {
      if (reader.name === root) throw new Declined(`<${root}> inside <${root}>`);
      handle(reader);
    } else if (event === XML_CLOSE && reader.depth === 1) {
      break;
    }
  }
  while (reader.next() !== XML_END);
}

/** Reads a list element (exceljs ListXform) whose children must all be `child` elements, each read by `read`. */
export function readList(reader: XmlReader, child: string, read: (reader: XmlReader) => void): void {
  if (reader.selfClosing) {
    reader.next();
    return;
  }
  const depth = reader.depth;
  for (;;) {
    const event = reader.next();
    if (event === XML_OPEN) {
      if (reader.name !== child) throw new Declined(`<${reader.name}> in a list of <${child}>`);
      read(reader);
    } else if (event === XML_CLOSE && reader.depth === depth) {
      return;
    }
  }
}

/** Reads to the end of an element exceljs reads by its attributes alone; one with child elements is declined. */
export function expectLeaf(reader: XmlReader): void {
  const depth = reader.depth;
  for (;;) {
    const event = reader.next();
    if (event === XML_OPEN) throw new Declined(`<${reader.name}> inside an element read by its attributes`);
    if (event === XML_CLOSE && reader.depth === depth) return;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Relationships (relationships-xform): strict, exceljs throws on any other element.

export type Relationship = Record<string, string>;

export function readRelationships(xml: string): Map<string, Relationship> {
  const relationships = new Map<string, Relationship>();
  readDocument(xml, "Relationships", (reader) => {
    if (reader.name !== "Relationship" || reader.depth !== 2) throw new Declined(`<${reader.name}> in relationships`);
    const relationship = reader.attributeObject();
    expectLeaf(reader);
    // Keyed as exceljs keys them (rels[rel.Id]); a later one of the same Id wins.
    relationships.set(String(relationship.Id), relationship);
  });
  return relationships;
}

// ---------------------------------------------------------------------------------------------------------------
// Workbook (workbook-xform).

export interface SheetEntry {
  /** The name attribute as saxes gives it; exceljs decodes entities in it once more. */
  name: string | undefined;
  sheetId: string | undefined;
  state: string | undefined;
  relationshipId: string | undefined;
}

export interface DefinedName {
  name: string | undefined;
  localSheetId: number | undefined;
  ranges: string[];
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
  definedNames: DefinedName[];
}

const WORKBOOK_ELEMENTS = new Set(["workbook", "fileVersion", "workbookPr", "bookViews", "sheets", "definedNames", "calcPr"]);

export function readWorkbook(xml: string): WorkbookPart {
  const part: WorkbookPart = { sheets: [], date1904: false, definedNames: [] };
  let sheetLists = 0;
  readDocument(xml, "workbook", (reader) => {
    switch (reader.name) {
      case "sheets":
        if (++sheetLists > 1) throw new Declined("two <sheets> lists");
        readList(reader, "sheet", () => {
          part.sheets.push({
            name: reader.attribute("name"),
            sheetId: reader.attribute("sheetId"),
            state: reader.attribute("state"),
            relationshipId: reader.attribute("r:id"),
          });
          expectLeaf(reader);
        });
        break;
      case "definedNames":
        part.definedNames = [];
        readList(reader, "definedName", () => {
          const name = reader.attribute("name");
          const localSheetId = reader.attribute("localSheetId");
          const text = reader.readText() ?? "";
          part.definedNames.push({
            name,
            localSheetId: localSheetId === undefined ? undefined : exceljsInteger(localSheetId),
            ranges: extractRanges(text),
          });
        });
        break;
      case "workbookPr":
        part.date1904 = reader.attribute("date1904") === "1";
        expectLeaf(reader);
        break;
      case "fileVersion":
      case "bookViews":
      case "calcPr":
        reader.skipElement(WORKBOOK_ELEMENTS);
        break;
    }
  });
  return part;
}

// ---------------------------------------------------------------------------------------------------------------
// Styles (styles-xform): the number format of each cell format (cellXfs) is what the Grid needs; exceljs also
// looks up the format's font, fill and border, and throws when their list is missing.

/** What exceljs's getStyleModel makes of one cell format. */
export interface CellFormat {
  /** The number format a cell of this format shows with; undefined: none, so "General". */
  numFmt: string | undefined;
  /** Whether getStyleModel throws on it: it names a font, fill or border where the part has none. */
  unreadable: boolean;
}

export interface StyleTable {
  /** The cell formats (cellXfs) by index; undefined when the part has none, where exceljs throws on any index. */
  cellFormats: CellFormat[] | undefined;
}

const STYLE_ELEMENTS = new Set([
  "styleSheet", "numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "dxfs",
  "numFmt", "font", "fill", "border", "style", "cellStyles", "tableStyles", "extLst",
]);
/** An <xf> inside an <xf> would end exceljs's reading of the outer one. */
const NESTED_FORMAT = new Set(["xf"]);
/** Inside the other style lists, these would be picked up by exceljs's dispatcher should a list end early. */
const STYLE_MODEL_ELEMENTS = new Set(["styleSheet", "numFmts", "cellXfs"]);
const BORDER_EDGES = new Set(["left", "right", "top", "bottom", "diagonal"]);

/** Reads an element's children, each handed to `read`; text is ignored. */
function readChildren(reader: XmlReader, read: (reader: XmlReader) => void): void {
  if (reader.selfClosing) {
    reader.next();
    return;
  }
  const depth = reader.depth;
  for (;;) {
    const event = reader.next();
    if (event === XML_OPEN) read(reader);
    else if (event === XML_CLOSE && reader.depth === depth) return;
  }
}

/**
 * The number of entries exceljs collects from a font, fill or border list. Its readers of these lists stop early
 * on anything outside the plain structure Excel writes, so anything else is declined.
 */
function countStyleEntries(reader: XmlReader, list: "fonts" | "fills" | "borders"): number {
  let count = 0;
  switch (list) {
    case "fonts":
      readList(reader, "font", () => {
        readChildren(reader, (property) => {
          if (property.name === "font") throw new Declined("a font inside a font");
          expectLeaf(property);
        });
        count++;
      });
      break;
    case "fills":
      readList(reader, "fill", () => {
        let patterns = 0;
        readChildren(reader, (pattern) => {
          if (++patterns > 1) throw new Declined("a fill with two patterns");
          if (pattern.name === "patternFill") {
            readChildren(pattern, (color) => {
              if (color.name !== "fgColor" && color.name !== "bgColor") throw new Declined(`<${color.name}> in a pattern fill`);
              expectLeaf(color);
            });
          } else if (pattern.name === "gradientFill") {
            readChildren(pattern, (stop) => {
              if (stop.name !== "stop") throw new Declined(`<${stop.name}> in a gradient fill`);
              readChildren(stop, (color) => {
                if (color.name !== "color") throw new Declined(`<${color.name}> in a gradient stop`);
                expectLeaf(color);
              });
            });
          } else {
            throw new Declined(`<${pattern.name}> in a fill`);
          }
        });
        if (patterns === 0) throw new Declined("a fill without a pattern");
        count++;
      });
      break;
    case "borders":
      readList(reader, "border", () => {
        readChildren(reader, (edge) => {
          if (!BORDER_EDGES.has(edge.name)) throw new Declined(`<${edge.name}> in a border`);
          readChildren(edge, (color) => {
            if (color.name !== "color") throw new Declined(`<${color.name}> in a border edge`);
            expectLeaf(color);
          });
        });
        count++;
      });
      break;
  }
  return count;
}

export function readStyles(xml: string): StyleTable {
  let customFormats: { id: number; formatCode: string }[] = [];
  let formats: { numFmtId: number; fontId: number; fillId: number; borderId: number }[] = [];
  const entries = { fonts: 0, fills: 0, borders: 0 };
  readDocument(xml, "styleSheet", (reader) => {
    switch (reader.name) {
      case "numFmts":
        customFormats = [];
        readList(reader, "numFmt", () => {
          const formatCode = reader.attribute("formatCode");
          if (formatCode === undefined) throw new Declined("a number format without a format code");
          customFormats.push({ id: exceljsInteger(reader.attribute("numFmtId")), formatCode: unescapeFormatCode(formatCode) });
          expectLeaf(reader);
        });
        break;
      case "cellXfs":
        formats = [];
        readList(reader, "xf", () => {
          formats.push({
            numFmtId: exceljsInteger(reader.attribute("numFmtId")),
            fontId: exceljsInteger(reader.attribute("fontId")),
            fillId: exceljsInteger(reader.attribute("fillId")),
            borderId: exceljsInteger(reader.attribute("borderId")),
          });
          reader.skipElement(NESTED_FORMAT);
        });
        break;
      case "fonts":
      case "fills":
      case "borders":
        entries[reader.name] = countStyleEntries(reader, reader.name);
        break;
      default:
        if (STYLE_ELEMENTS.has(reader.name)) reader.skipElement(STYLE_MODEL_ELEMENTS);
    }
  });
  // getStyleModel: the custom format of that id, else the built-in one; an id of 0 (General) means none.
  const customById = new Map<number, string>();
  for (const format of customFormats) customById.set(format.id, format.formatCode);
  // It looks a font, fill or border up whenever the id is a number, in a list that only exists when not empty.
  const missing = (id: number, count: number) => !Number.isNaN(id) && count === 0;
  const cellFormats = formats.map((format) => ({
    numFmt: format.numFmtId ? customById.get(format.numFmtId) || BUILT_IN_NUMBER_FORMATS.get(format.numFmtId) : undefined,
    unreadable:
      missing(format.fontId, entries.fonts) || missing(format.fillId, entries.fills) || missing(format.borderId, entries.borders),
  }));
  return { cellFormats: cellFormats.length ? cellFormats : undefined };
}

// ---------------------------------------------------------------------------------------------------------------
// Shared strings (shared-strings-xform, shared-string-xform, rich-text-xform).

/**
 * Names exceljs's rich text reading reacts to even inside the run properties (it hands their end tags on): such an
 * element there would derail it.
 */
const RUN_PROPERTY_TRAPS = new Set(["r", "t", "rPr", "f", "v", "is", "c", "si"]);

/** A rich text run's <r>: its text (undefined without a <t>), the run properties skipped. */
export function readRun(reader: XmlReader): string | undefined {
  let text: string | undefined;
  let texts = 0;
  const depth = reader.depth;
  for (;;) {
    const event = reader.next();
    if (event === XML_OPEN) {
      if (reader.name === "rPr") {
        reader.skipElement(RUN_PROPERTY_TRAPS);
      } else if (reader.name === "t") {
        if (++texts > 1) throw new Declined("a rich text run with two texts");
        text = decodeEscapedText(reader.readText() ?? "");
      } else {
        throw new Declined(`<${reader.name}> in a rich text run`);
      }
    } else if (event === XML_CLOSE && reader.depth === depth) {
      return text;
    }
  }
}

/**
 * Each shared string as the Grid shows it: its text, the joined runs of a rich text, or null for an entry
 * without text (exceljs keeps an empty object there, which shows nothing).
 */
export function readSharedStrings(xml: string): (string | null)[] {
  const strings: (string | null)[] = [];
  readDocument(xml, "sst", (reader) => {
    if (reader.name !== "si" || reader.depth !== 2) throw new Declined(`<${reader.name}> in the shared strings`);
    strings.push(readSharedString(reader));
  });
  return strings;
}

/** exceljs's phonetic run reading ends at the first </rPh> (and a <si> would restart a string). */
const NESTED_PHONETIC = new Set(["rPh", "si"]);

function readSharedString(reader: XmlReader): string | null {
  let text: string | undefined;
  let runs: string[] | undefined;
  const depth = reader.depth;
  for (;;) {
    const event = reader.next();
    if (event === XML_OPEN) {
      switch (reader.name) {
        case "t":
          if (text !== undefined || runs) throw new Declined("a shared string with two texts");
          text = decodeEscapedText(reader.readText() ?? "");
          break;
        case "r":
          if (text !== undefined) throw new Declined("a shared string with text and runs");
          (runs ??= []).push(readRun(reader) ?? "");
          break;
        case "rPh":
          // Phonetic text: exceljs reads it aside, it is not part of the string.
          reader.skipElement(NESTED_PHONETIC);
          break;
        case "phoneticPr":
          expectLeaf(reader);
          break;
        default:
          throw new Declined(`<${reader.name}> in a shared string`);
      }
    } else if (event === XML_CLOSE && reader.depth === depth) {
      if (text !== undefined) return text;
      return runs ? runs.join("") : null;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Document properties: exceljs parses them too, so they must be parts it can read.

const CORE_PROPERTIES = new Set([
  "dc:creator", "dc:title", "dc:subject", "dc:description", "dc:identifier", "dc:language", "cp:keywords",
  "cp:category", "cp:lastModifiedBy", "cp:lastPrinted", "cp:revision", "cp:version", "cp:contentStatus",
  "cp:contentType", "dcterms:created", "dcterms:modified",
]);

/** core-xform throws on any element it does not know. */
export function checkCoreProperties(xml: string): void {
  const reader = new XmlReader(xml);
  if (reader.next() !== XML_OPEN || (reader.name !== "cp:coreProperties" && reader.name !== "coreProperties")) {
    throw new Declined("the core properties' root element");
  }
  for (let event = reader.next(); event !== XML_END; event = reader.next()) {
    if (event !== XML_OPEN) continue;
    if (!CORE_PROPERTIES.has(reader.name) || reader.depth !== 2) throw new Declined(`<${reader.name}> in the core properties`);
    expectLeaf(reader);
  }
}

/** app-xform reads anything inside <Properties>, but nothing without it. */
export function checkAppProperties(xml: string): void {
  const reader = new XmlReader(xml);
  if (reader.next() !== XML_OPEN || reader.name !== "Properties") throw new Declined("the app properties' root element");
  while (reader.next() !== XML_END);
}
