// Just enough zip for the tests: build archives by hand (to make files exceljs would never write, like a workbook
// laid out as Excel lays it out, or a zip that is not a workbook) and look inside the files the host writes.
import { crc32, inflateRawSync } from "zlib";

export type ZipContent = Record<string, string | Uint8Array>;

function u16(value: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(value);
  return b;
}

function u32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value >>> 0);
  return b;
}

/** A zip with every entry stored (not compressed). */
export function makeZip(content: ZipContent): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(content)) {
    const nameBytes = Buffer.from(name, "utf8");
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data);
    const crc = crc32(bytes);
    const common = [u16(20), u16(0x0800), u16(0), u16(0), u16(0), u32(crc), u32(bytes.length), u32(bytes.length), u16(nameBytes.length), u16(0)];
    const local = Buffer.concat([u32(0x04034b50), ...common, nameBytes, bytes]);
    directory.push(Buffer.concat([u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u32(0), u32(offset), nameBytes]));
    locals.push(local);
    offset += local.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.concat([
    u32(0x06054b50), u16(0), u16(0), u16(directory.length), u16(directory.length),
    u32(directoryBytes.length), u32(offset), u16(0),
  ]);
  return new Uint8Array(Buffer.concat([...locals, directoryBytes, end]));
}

/** Every entry of a zip (stored or deflated) as text, by name. */
export function unzipText(zip: Uint8Array): Map<string, string> {
  const bytes = Buffer.from(zip);
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localOffset = bytes.readUInt32LE(at + 42);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    const dataStart = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    entries.set(name, (method === 8 ? inflateRawSync(data) : data).toString("utf8"));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const CONTENT_TYPES = (parts: number[], withStyles: boolean) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
${parts.map((part) => `<Override PartName="/xl/worksheets/sheet${part}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("\n")}${withStyles ? `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` : ""}
</Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>`;

export interface RawSheet {
  name: string;
  /** The part number: xl/worksheets/sheetN.xml. Excel keeps the number a sheet was created with when it is moved. */
  part: number;
  state?: "hidden" | "veryHidden";
  /** The <sheetData> inner XML. */
  sheetData: string;
  /** XML placed after </sheetData>, e.g. <mergeCells>. */
  after?: string;
}

export interface RawWorkbookParts {
  /** A whole xl/styles.xml. */
  styles?: string;
  /** <definedName> elements. */
  definedNames?: string;
}

/** A minimal .xlsx written as Excel writes one, sheets listed in the given order. */
export function makeRawXlsx(sheets: RawSheet[], parts: RawWorkbookParts = {}): Uint8Array {
  const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets>${sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${s.part}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`)
    .join("")}</sheets>${parts.definedNames ? `<definedNames>${parts.definedNames}</definedNames>` : ""}
<calcPr calcId="191029"/>
</workbook>`;
  const workbookRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
${sheets
  .map((s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${s.part}.xml"/>`)
  .join("\n")}${parts.styles ? `<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` : ""}
</Relationships>`;
  const content: ZipContent = {
    "[Content_Types].xml": CONTENT_TYPES(sheets.map((s) => s.part), Boolean(parts.styles)),
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": workbook,
    "xl/_rels/workbook.xml.rels": workbookRels,
  };
  if (parts.styles) content["xl/styles.xml"] = parts.styles;
  for (const sheet of sheets) {
    content[`xl/worksheets/sheet${sheet.part}.xml`] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheetData>${sheet.sheetData}</sheetData>${sheet.after ?? ""}
</worksheet>`;
  }
  return makeZip(content);
}
