// Looks at a file's bytes before the reader does, so that a wrong or damaged file gets a reason a user understands
// instead of a parser's stack trace. Browser-safe: plain Uint8Array work, no Node modules.

type FileKind =
  | { kind: "empty" }
  /** An OLE compound file holding an encrypted OOXML package: Excel's "encrypt with password". */
  | { kind: "encrypted" }
  /** Any other OLE compound file: a legacy .xls (or another Office 97–2003 document). */
  | { kind: "legacy-xls" }
  /** A zip whose end is missing or whose central directory lies outside the file: cut off while copying. */
  | { kind: "truncated-zip" }
  /** A complete zip; entry names are null when the directory could not be listed (zip64), so the reader decides. */
  | { kind: "zip"; entries: string[] | null }
  | { kind: "unknown" };

/** The first bytes of an OLE compound file (D0 CF 11 E0 A1 B1 1A E1); four are enough to tell. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_END_OF_DIRECTORY = 0x06054b50;
const ZIP_DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY_SIZE = 22;
const MAX_ZIP_COMMENT = 0xffff;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

/** Stream names in a compound file's directory are UTF-16LE. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle: number[] = [];
  for (const ch of text) needle.push(ch.charCodeAt(0), 0);
  const last = bytes.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function findEndOfDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - END_OF_DIRECTORY_SIZE - MAX_ZIP_COMMENT);
  for (let at = bytes.length - END_OF_DIRECTORY_SIZE; at >= lowest; at--) {
    if (u32(bytes, at) === ZIP_END_OF_DIRECTORY) return at;
  }
  return -1;
}

/** Lists the zip's entry names from its central directory, or says why it cannot. */
function listZip(bytes: Uint8Array): FileKind {
  const end = findEndOfDirectory(bytes);
  if (end < 0) return { kind: "truncated-zip" };
  const entryCount = u16(bytes, end + 10);
  const directorySize = u32(bytes, end + 12);
  const directoryStart = u32(bytes, end + 16);
  // Zip64 archives keep the real figures elsewhere; the reader (fflate) reads those itself.
  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryStart === 0xffffffff) {
    return { kind: "zip", entries: null };
  }
  if (directoryStart + directorySize > end) return { kind: "truncated-zip" };
  const decoder = new TextDecoder("utf-8");
  const entries: string[] = [];
  let at = directoryStart;
  for (let i = 0; i < entryCount; i++) {
    if (at + 46 > end || u32(bytes, at) !== ZIP_DIRECTORY_ENTRY) return { kind: "truncated-zip" };
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    entries.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { kind: "zip", entries };
}

export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return { kind: "empty" };
  if (startsWith(bytes, CFB_SIGNATURE)) {
    const encrypted = containsUtf16(bytes, "EncryptedPackage") || containsUtf16(bytes, "EncryptionInfo");
    return encrypted ? { kind: "encrypted" } : { kind: "legacy-xls" };
  }
  if (bytes.length >= 4 && (u32(bytes, 0) === ZIP_LOCAL_HEADER || u32(bytes, 0) === ZIP_END_OF_DIRECTORY)) {
    return listZip(bytes);
  }
  return { kind: "unknown" };
}
