// The .xlsx container: its parts by name, inflated, classed as exceljs (4.4) classes them when it loads a file.
// The zip directory is read by JSZip, exceljs's own zip reader, so a container exceljs refuses is refused here too.
// exceljs inflates every part of the package, whether it uses it or not, and refuses the file when one fails, so
// every part is inflated here as well.
import JSZip from "jszip";
import { Declined } from "./exceljs-rules";
import { inflateRaw } from "./inflate";

export type PartKind =
  | "root-relationships"
  | "workbook"
  | "workbook-relationships"
  | "shared-strings"
  | "styles"
  | "app-properties"
  | "core-properties"
  | "worksheet"
  | "worksheet-relationships"
  /** Read by exceljs without bearing on the Grid (themes, media, anything it does not know). */
  | "other";

export interface PackagePart {
  /** The entry name without a leading "/", as exceljs matches it. */
  name: string;
  kind: PartKind;
  /** For worksheets and their relationships: the number in the part name, which pairs them in exceljs. */
  sheetNumber?: string;
  bytes: Uint8Array;
}

const FIXED_PARTS: Record<string, PartKind> = {
  "_rels/.rels": "root-relationships",
  "xl/workbook.xml": "workbook",
  "xl/_rels/workbook.xml.rels": "workbook-relationships",
  "xl/sharedStrings.xml": "shared-strings",
  "xl/styles.xml": "styles",
  "docProps/app.xml": "app-properties",
  "docProps/core.xml": "core-properties",
};

// exceljs's patterns, unanchored as it has them, in its order.
const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
const WORKSHEET_RELATIONSHIPS = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/;
const THEME = /xl\/theme\/([a-zA-Z0-9]+)[.]xml/;
const MEDIA = /xl\/media\/([a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4})$/;
/** Drawings, comments, tables and their companions: parts exceljs builds models from that this reader leaves to it. */
const UNFOLLOWED_PARTS = [
  /xl\/drawings\/([a-zA-Z0-9]+)[.]xml/,
  /xl\/(comments\d+)[.]xml/,
  /xl\/tables\/(table\d+)[.]xml/,
  /xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/,
  /xl\/drawings\/(vmlDrawing\d+)[.]vml/,
];

function classify(name: string): { kind: PartKind; sheetNumber?: string } {
  const fixed = Object.prototype.hasOwnProperty.call(FIXED_PARTS, name) ? FIXED_PARTS[name] : undefined;
  if (fixed) return { kind: fixed };
  let match = WORKSHEET.exec(name);
  if (match) {
    // Anything but the plain name (a copy under another folder, "sheet1.xml.bak") pairs up in ways not followed here.
    if (name !== `xl/worksheets/sheet${match[1]}.xml`) throw new Declined(`a worksheet part named ${name}`);
    return { kind: "worksheet", sheetNumber: match[1] };
  }
  match = WORKSHEET_RELATIONSHIPS.exec(name);
  if (match) {
    if (name !== `xl/worksheets/_rels/sheet${match[1]}.xml.rels`) throw new Declined(`a relationships part named ${name}`);
    return { kind: "worksheet-relationships", sheetNumber: match[1] };
  }
  if (THEME.test(name) || MEDIA.test(name)) return { kind: "other" };
  if (UNFOLLOWED_PARTS.some((pattern) => pattern.test(name))) throw new Declined(`a part exceljs reads into a model: ${name}`);
  return { kind: "other" };
}

/** JSZip keeps an entry's raw bytes on a private field; reading them there skips its slow stream machinery. */
interface CompressedEntry {
  uncompressedSize: number;
  compression: { magic: string };
  compressedContent: Uint8Array;
}

const STORED = "\x00\x00";
const DEFLATED = "\x08\x00";

function compressedEntryOf(file: JSZip.JSZipObject): CompressedEntry | undefined {
  const data = (file as unknown as { _data?: Partial<CompressedEntry> })._data;
  if (
    data &&
    typeof data.uncompressedSize === "number" &&
    data.compressedContent instanceof Uint8Array &&
    typeof data.compression?.magic === "string"
  ) {
    return data as CompressedEntry;
  }
  return undefined;
}

async function contentOf(file: JSZip.JSZipObject): Promise<Uint8Array> {
  const entry = compressedEntryOf(file);
  if (entry?.compression.magic === DEFLATED) return inflateRaw(entry.compressedContent, entry.uncompressedSize);
  if (entry?.compression.magic === STORED) {
    // JSZip refuses a stored entry whose length is not the declared size.
    if (entry.compressedContent.length !== entry.uncompressedSize) throw new Declined(`a stored part of the wrong size`);
    return entry.compressedContent;
  }
  // Should JSZip's internals ever differ, its public (slower) way.
  return file.async("uint8array");
}

export async function readPackage(bytes: Uint8Array): Promise<PackagePart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const files: { file: JSZip.JSZipObject; name: string; kind: PartKind; sheetNumber?: string }[] = [];
  const names = new Set<string>();
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const name = file.name.startsWith("/") ? file.name.slice(1) : file.name;
    if (names.has(name)) throw new Declined(`two parts named ${name}`);
    names.add(name);
    files.push({ file, name, ...classify(name) });
  }
  const parts: PackagePart[] = [];
  for (const { file, ...part } of files) parts.push({ ...part, bytes: await contentOf(file) });
  return parts;
}
