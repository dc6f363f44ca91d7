// The .xlsx container as ECMA-376 Part 2 (Open Packaging Conventions) defines it: a zip of parts, tied together by
// relationship parts. The zip itself is read by fflate; only the parts the reader asks for are inflated, so an image,
// a pivot cache or a printer setting costs nothing but its directory entry. Browser-safe: no Node modules.
import { unzipSync } from "fflate";
import { XmlReader, XML_OPEN, XML_END } from "./xml";

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
export function resolveTarget(sourcePart: string, target: string): string {
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
export function parseRelationships(xml: string, sourcePart: string): Relationship[] {
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
  /** The zip entry name of each part, by its lookup key. */
  private readonly entryNames = new Map<string, string>();
  private readonly inflated = new Map<string, Uint8Array>();

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    let entries: string[] = [];
    try {
      // The directory only: a filter that takes nothing inflates nothing.
      unzipSync(bytes, {
        filter: (file) => {
          entries.push(file.name);
          return false;
        },
      });
    } catch (error) {
      throw new PackageError(`zip directory: ${error instanceof Error ? error.message : String(error)}`);
    }
    entries = entries.filter((name) => !name.endsWith("/"));
    for (const name of entries) {
      const key = partKey(name);
      if (!this.entryNames.has(key)) this.entryNames.set(key, name);
    }
  }

  /** The part names, as the zip spells them. */
  get partNames(): string[] {
    return [...this.entryNames.values()];
  }

  has(partName: string): boolean {
    return this.entryNames.has(partKey(partName));
  }

  /** Inflates the named parts at once (one pass over the zip); names the package lacks are left out. */
  load(partNames: string[]): void {
    const wanted = new Set<string>();
    for (const name of partNames) {
      const entry = this.entryNames.get(partKey(name));
      if (entry !== undefined && !this.inflated.has(entry)) wanted.add(entry);
    }
    if (wanted.size === 0) return;
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(this.bytes, { filter: (file) => wanted.has(file.name) });
    } catch (error) {
      throw new PackageError(`inflating: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const entry of wanted) {
      const data = files[entry];
      if (!data) throw new PackageError(`${entry} could not be inflated`);
      this.inflated.set(entry, data);
    }
  }

  /** The bytes of a part, inflating it if need be; undefined when the package has no such part. */
  part(partName: string): Uint8Array | undefined {
    const entry = this.entryNames.get(partKey(partName));
    if (entry === undefined) return undefined;
    if (!this.inflated.has(entry)) this.load([entry]);
    return this.inflated.get(entry);
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
