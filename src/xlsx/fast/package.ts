// The .xlsx container as ECMA-376 Part 2 (Open Packaging Conventions) defines it: a zip of parts, tied together by
// relationship parts. The zip directory (PKWARE APPNOTE §4.3) is read here; the parts are inflated by a library —
// fflate, or node:zlib where the host registers it (src/xlsx/node.ts: 2–3 × faster in Node). Only the parts the
// reader asks for are inflated, so an image, a pivot cache or a printer setting costs nothing but its directory
// entry. Browser-safe: no Node modules.
import { inflateSync } from "fflate";
import { XmlReader, XML_OPEN, XML_END } from "./xml";

/** Inflates raw deflate data (no zlib header) to `size` bytes. */
type RawInflater = (data: Uint8Array, size: number) => Uint8Array;

let inflater: RawInflater = (data, size) => inflateSync(data, { out: new Uint8Array(size) });

/** The host's faster inflater (node:zlib's inflateRawSync in the CLI); fflate is the default everywhere else. */
export function useInflater(inflate: RawInflater): void {
  inflater = inflate;
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
/** A little-endian 64-bit size; beyond 2^53 no file this reader meets can go. */
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 0x100000000;
const names = new TextDecoder("utf-8");

/** The zip's central directory: every entry's name, method, sizes and where its data lies. */
function readDirectory(bytes: Uint8Array): ZipEntry[] {
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new PackageError("no end of central directory");
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  // Zip64: the real figures stand in the zip64 end record the locator points at.
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && u32(bytes, end - 20) === 0x07064b50) {
    const record = u64(bytes, end - 12);
    if (u32(bytes, record) !== 0x06064b50) throw new PackageError("a broken zip64 end record");
    count = u64(bytes, record + 32);
    offset = u64(bytes, record + 48);
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw new PackageError("a broken central directory");
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    };
    // The zip64 extra field holds, in this order, whichever of the three figures are 0xFFFFFFFF here.
    for (let extra = at + 46 + nameLength; extra + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = u16(bytes, extra);
      const length = u16(bytes, extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (entry.size === 0xffffffff) (entry.size = u64(bytes, field)), (field += 8);
        if (entry.compressedSize === 0xffffffff) (entry.compressedSize = u64(bytes, field)), (field += 8);
        if (entry.localOffset === 0xffffffff) entry.localOffset = u64(bytes, field);
      }
      extra += 4 + length;
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** One entry's bytes: stored as they are, or inflated. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const local = entry.localOffset;
  if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw new PackageError(`${entry.name}: no local header`);
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new PackageError(`${entry.name} is cut off`);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new PackageError(`${entry.name}: compression method ${entry.method}`);
  let inflated: Uint8Array;
  try {
    inflated = inflater(data, entry.size);
  } catch (error) {
    throw new PackageError(`${entry.name} does not inflate: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (inflated.length !== entry.size) throw new PackageError(`${entry.name} inflates to ${inflated.length} bytes, not ${entry.size}`);
  return inflated;
}

/** The package is not a zip one can read (bad directory, a part that does not inflate). */
export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackageError";
  }
}

export interface Relationship {
  id: string;
  /** The relationship type, e.g. …/relationships/worksheet. */
  type: string;
  /** The part it points at, resolved to a part name (no leading "/"); undefined for an external target. */
  target: string | undefined;
}

/** A relationship type's last segment ("worksheet", "sharedStrings"), the same in transitional and strict files. */
export function relationshipKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

/** A part name as the package looks it up: no leading "/", percent-escapes undone, case folded (OPC 9.1.1.2). */
function partKey(name: string): string {
  let plain = name.replace(/^\/+/, "");
  try {
    plain = decodeURIComponent(plain);
  } catch {
    // a stray "%" is part of the name
  }
  return plain.toLowerCase();
}

/** The folder of a part name: "xl/worksheets/sheet1.xml" → "xl/worksheets/". */
function folderOf(partName: string): string {
  return partName.slice(0, partName.lastIndexOf("/") + 1);
}

/** Resolves a relationship's Target against the part that holds it ("../media/a.png", "/xl/x.xml", "sheet1.xml"). */
function resolveTarget(sourcePart: string, target: string): string {
  const absolute = target.startsWith("/");
  const segments = (absolute ? "" : folderOf(sourcePart)).split("/").filter(Boolean);
  for (const segment of target.split(/[/\\]/)) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

/** The relationships part that belongs to a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" → root. */
export function relationshipsPartOf(partName: string): string {
  const folder = folderOf(partName);
  return `${folder}_rels/${partName.slice(folder.length)}.rels`;
}

/** Reads a relationships part: every <Relationship> with an Id and a Type (any namespace prefix). */
function parseRelationships(xml: string, sourcePart: string): Relationship[] {
  const relationships: Relationship[] = [];
  const reader = new XmlReader(xml);
  for (let event = reader.next(); event !== XML_END; event = reader.next()) {
    if (event !== XML_OPEN || localName(reader.name) !== "Relationship") continue;
    const id = reader.attribute("Id");
    const type = reader.attribute("Type");
    const target = reader.attribute("Target");
    if (id === undefined || type === undefined) continue;
    const external = reader.attribute("TargetMode") === "External";
    relationships.push({
      id,
      type,
      target: external || target === undefined ? undefined : resolveTarget(sourcePart, target),
    });
  }
  return relationships;
}

/** An element's or attribute's name without its namespace prefix ("x:c" → "c"). */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The text of a part, strict UTF-8 (a part in another encoding is damaged for this reader), BOM dropped. */
const utf8 = new TextDecoder("utf-8", { fatal: true });

export function partText(bytes: Uint8Array, name: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new PackageError(`${name} is not UTF-8`);
  }
}

/** An opened package: part names from the zip's directory, parts inflated on request. */
export class XlsxPackage {
  private readonly bytes: Uint8Array;
  /** The zip entry of each part, by its lookup key. */
  private readonly entries = new Map<string, ZipEntry>();
  private readonly inflated = new Map<ZipEntry, Uint8Array>();

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    for (const entry of readDirectory(bytes)) {
      if (entry.name.endsWith("/")) continue;
      const key = partKey(entry.name);
      if (!this.entries.has(key)) this.entries.set(key, entry);
    }
  }

  /** The part names, as the zip spells them. */
  get partNames(): string[] {
    return [...this.entries.values()].map((entry) => entry.name);
  }

  has(partName: string): boolean {
    return this.entries.has(partKey(partName));
  }

  /** The bytes of a part, inflating it if need be; undefined when the package has no such part. */
  part(partName: string): Uint8Array | undefined {
    const entry = this.entries.get(partKey(partName));
    if (entry === undefined) return undefined;
    let data = this.inflated.get(entry);
    if (!data) {
      data = entryData(this.bytes, entry);
      this.inflated.set(entry, data);
    }
    return data;
  }

  text(partName: string): string | undefined {
    const bytes = this.part(partName);
    return bytes === undefined ? undefined : partText(bytes, partName);
  }

  /** The relationships of a part ("" for the package's own), empty when it has no relationships part. */
  relationships(partName: string): Relationship[] {
    const relsName = partName === "" ? "_rels/.rels" : relationshipsPartOf(partName);
    const xml = this.text(relsName);
    return xml === undefined ? [] : parseRelationships(xml, partName);
  }
}
