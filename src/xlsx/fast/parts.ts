// The workbook-level parts of SpreadsheetML (ECMA-376 Part 1, §18.2 workbook, §18.8 styles, §18.4 shared strings),
// read for what the Grid needs: the sheets and their state, the date system, each cell format's number format,
// and the shared strings' text. Elements these readers do not need are passed over, whatever they hold.
import { BUILT_IN_NUMBER_FORMATS, decodeEscapedText } from "./format";
import { localName } from "./package";
import { XML_CLOSE, XML_END, XML_OPEN, XML_TEXT, XmlReader } from "./xml";

/** xsd:boolean: "1" or "true". */
export function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** An attribute whose local name is `name`, whatever its prefix ("r:id", "ns1:id"); a plain one first. */
function prefixedAttribute(reader: XmlReader, name: string): string | undefined {
  for (const [attribute, value] of Object.entries(reader.attributeObject())) {
    if (attribute.endsWith(`:${name}`)) return value;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Workbook (§18.2.27): <sheets><sheet name sheetId state r:id/></sheets>, <workbookPr date1904/>.

interface SheetEntry {
  name: string;
  state: string | undefined;
  relationshipId: string | undefined;
}

interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
}

export function readWorkbook(xml: string): WorkbookPart {
  const part: WorkbookPart = { sheets: [], date1904: false };
  const reader = new XmlReader(xml);
  for (let event = reader.next(); event !== XML_END; event = reader.next()) {
    if (event !== XML_OPEN) continue;
    switch (localName(reader.name)) {
      case "sheet":
        if (reader.depth !== 3) break;
        part.sheets.push({
          name: reader.attribute("name") ?? "",
          state: reader.attribute("state"),
          relationshipId: prefixedAttribute(reader, "id"),
        });
        break;
      case "workbookPr":
        if (reader.depth === 2) part.date1904 = isTrue(reader.attribute("date1904"));
        break;
      case "extLst":
        reader.skipElement();
        break;
    }
  }
  return part;
}

// ---------------------------------------------------------------------------------------------------------------
// Styles (§18.8.39): the number format of each cell format (<cellXfs><xf numFmtId/>), custom codes in <numFmts>.

export interface StyleTable {
  /** The number format of each cell format (cellXfs), by the index a cell's s attribute gives. */
  numberFormats: string[];
}

export function readStyles(xml: string): StyleTable {
  const customCodes = new Map<number, string>();
  const formatIds: number[] = [];
  const reader = new XmlReader(xml);
  for (let event = reader.next(); event !== XML_END; event = reader.next()) {
    if (event !== XML_OPEN || reader.depth !== 2) continue;
    const name = localName(reader.name);
    if (name === "numFmts") {
      readChildren(reader, (child) => {
        if (localName(child.name) !== "numFmt") return child.skipElement();
        const id = Number(child.attribute("numFmtId"));
        const code = child.attribute("formatCode");
        if (Number.isInteger(id) && code !== undefined) customCodes.set(id, code);
        child.skipElement();
      });
    } else if (name === "cellXfs") {
      readChildren(reader, (child) => {
        if (localName(child.name) === "xf") formatIds.push(Number(child.attribute("numFmtId") ?? 0));
        child.skipElement();
      });
    } else {
      reader.skipElement();
    }
  }
  const numberFormats = formatIds.map((id) => {
    if (!Number.isInteger(id) || id === 0) return "General";
    return customCodes.get(id) ?? BUILT_IN_NUMBER_FORMATS.get(id) ?? "General";
  });
  return { numberFormats };
}

/** Hands each child element of the element just opened to `read`, which must read it to its end. */
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

// ---------------------------------------------------------------------------------------------------------------
// Shared strings (§18.4.9): <sst><si><t/></si> or <si><r><rPr/><t/></r>…</si>; phonetic runs (<rPh>) are not text.

/** The text of a string item (<si>, <is>) just opened: its <t>, or its runs' <t> joined; _xHHHH_ escapes undone. */
export function readStringItem(reader: XmlReader): string {
  let text = "";
  if (reader.selfClosing) {
    reader.next();
    return text;
  }
  const depth = reader.depth;
  for (;;) {
    const event = reader.next();
    if (event === XML_OPEN) {
      const name = localName(reader.name);
      if (name === "t") text += readElementText(reader);
      else if (name !== "r") reader.skipElement(); // rPr, rPh, phoneticPr, extLst
    } else if (event === XML_CLOSE && reader.depth === depth) {
      return decodeEscapedText(text);
    }
  }
}

/** The text of the element just opened, any child elements' text included (a <t> holds only text). */
export function readElementText(reader: XmlReader): string {
  if (reader.selfClosing) {
    reader.next();
    return "";
  }
  let text = "";
  const depth = reader.depth;
  for (;;) {
    const event = reader.next();
    if (event === XML_TEXT) text += reader.text;
    else if (event === XML_CLOSE && reader.depth === depth) return text;
  }
}

/** Each shared string's text; an item without text is the empty string. */
export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  const reader = new XmlReader(xml);
  for (let event = reader.next(); event !== XML_END; event = reader.next()) {
    if (event !== XML_OPEN || reader.depth !== 2) continue;
    if (localName(reader.name) === "si") strings.push(readStringItem(reader));
    else reader.skipElement();
  }
  return strings;
}
