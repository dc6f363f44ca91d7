// Raw DEFLATE (RFC 1951) decoding for the parts of an .xlsx package, synchronous and browser-safe. exceljs reads
// every part through JSZip, which inflates with pako (a port of zlib) and refuses a part whose inflated size differs
// from the size the zip directory declares. This decoder applies zlib's validity checks and the same size check, so
// a part it accepts is one JSZip accepts too, with the same bytes; anything doubtful throws InflateError and the
// caller leaves the whole file to exceljs.

export class InflateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InflateError";
  }
}

const LENGTH_BASE = new Uint16Array([
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
]);
const LENGTH_EXTRA = new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]);
const DISTANCE_BASE = new Uint16Array([
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577,
]);
const DISTANCE_EXTRA = new Uint8Array([
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
]);
/** The order in which a dynamic block lists the code lengths of its code-length alphabet. */
const CODE_LENGTH_ORDER = new Uint8Array([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);

const END_OF_BLOCK = 256;
/** Literal/length symbols 286 and 287 and distance symbols 30 and 31 exist in the fixed codes but are invalid. */
const MAX_LENGTH_SYMBOL = 285;
const MAX_DISTANCE_SYMBOL = 29;

/** zlib builds its tables by the kind of alphabet: only the code-length code must always be complete. */
type CodeKind = "code-lengths" | "literal-lengths" | "distances";

/**
 * A canonical Huffman code as a lookup table indexed by the next `bits` input bits (least significant first):
 * each entry is symbol << 4 | code length, or 0 where no code starts with those bits.
 */
interface HuffmanTable {
  entries: Uint16Array;
  bits: number;
}

function buildTable(lengths: Uint8Array, from: number, count: number, kind: CodeKind): HuffmanTable {
  const lengthCounts = new Uint16Array(16);
  let maxLength = 0;
  for (let i = 0; i < count; i++) {
    const length = lengths[from + i];
    lengthCounts[length]++;
    if (length > maxLength) maxLength = length;
  }
  // No codes at all: zlib accepts it (a block of literals only needs no distance code); any use of it fails.
  if (maxLength === 0) return { entries: new Uint16Array(1), bits: 1 };
  let left = 1;
  for (let length = 1; length <= 15; length++) {
    left = (left << 1) - lengthCounts[length];
    if (left < 0) throw new InflateError("over-subscribed code lengths");
  }
  // zlib refuses an incomplete code, except a single code of one bit in the literal/length or distance alphabet.
  if (left > 0 && (kind === "code-lengths" || maxLength !== 1)) throw new InflateError("incomplete code lengths");

  const nextCode = new Uint16Array(16);
  let code = 0;
  lengthCounts[0] = 0;
  for (let length = 1; length <= maxLength; length++) {
    code = (code + lengthCounts[length - 1]) << 1;
    nextCode[length] = code;
  }
  const size = 1 << maxLength;
  const entries = new Uint16Array(size);
  for (let symbol = 0; symbol < count; symbol++) {
    const length = lengths[from + symbol];
    if (length === 0) continue;
    // Huffman codes are packed most significant bit first, the table is indexed least significant bit first.
    let codeBits = nextCode[length]++;
    let reversed = 0;
    for (let i = 0; i < length; i++) {
      reversed = (reversed << 1) | (codeBits & 1);
      codeBits >>>= 1;
    }
    const entry = (symbol << 4) | length;
    for (let index = reversed; index < size; index += 1 << length) entries[index] = entry;
  }
  return { entries, bits: maxLength };
}

let fixedTables: { literals: HuffmanTable; distances: HuffmanTable } | undefined;

function fixedCodes(): { literals: HuffmanTable; distances: HuffmanTable } {
  if (!fixedTables) {
    const lengths = new Uint8Array(288 + 32);
    lengths.fill(8, 0, 144);
    lengths.fill(9, 144, 256);
    lengths.fill(7, 256, 280);
    lengths.fill(8, 280, 288);
    lengths.fill(5, 288, 320);
    fixedTables = {
      literals: buildTable(lengths, 0, 288, "literal-lengths"),
      distances: buildTable(lengths, 288, 32, "distances"),
    };
  }
  return fixedTables;
}

/** The input as a stream of bits, least significant first, with the Huffman decoding on top. */
class BitReader {
  private readonly input: Uint8Array;
  /** Next byte to load; it runs up to four bytes past the end (zeros), so a look-ahead near the end works. */
  pos = 0;
  buffer = 0;
  count = 0;

  constructor(input: Uint8Array) {
    this.input = input;
  }

  /** Loads whole bytes until at least `bits` (at most 25) are buffered, and as many more as fit in 32. */
  need(bits: number): void {
    const input = this.input;
    let { pos, buffer, count } = this;
    if (pos + 4 <= input.length) {
      while (count <= 24) {
        buffer |= input[pos++] << count;
        count += 8;
      }
    } else {
      while (count < bits) {
        if (pos >= input.length + 4) throw new InflateError("unexpected end of data");
        buffer |= (pos < input.length ? input[pos] : 0) << count;
        pos++;
        count += 8;
      }
    }
    this.pos = pos;
    this.buffer = buffer;
    this.count = count;
  }

  take(bits: number): number {
    if (this.count < bits) this.need(bits);
    const value = this.buffer & ((1 << bits) - 1);
    this.buffer >>>= bits;
    this.count -= bits;
    return value;
  }

  decode(table: HuffmanTable): number {
    if (this.count < table.bits) this.need(table.bits);
    const entry = table.entries[this.buffer & ((1 << table.bits) - 1)];
    const length = entry & 15;
    if (length === 0) throw new InflateError("invalid code");
    this.buffer >>>= length;
    this.count -= length;
    return entry >>> 4;
  }

  /** Drops to the next byte boundary and hands back the whole bytes the buffer holds; returns the byte position. */
  alignToByte(): number {
    this.pos -= this.count >>> 3;
    this.buffer = 0;
    this.count = 0;
    return this.pos;
  }

  /** Whether the stream, up to the bits consumed, ran past the end of the input. */
  overran(): boolean {
    return this.pos - (this.count >>> 3) > this.input.length;
  }
}

/**
 * Inflates `input` (raw DEFLATE, no zlib header) into exactly `expectedSize` bytes; throws InflateError when the
 * stream is invalid, ends early, or yields any other number of bytes.
 */
export function inflateRaw(input: Uint8Array, expectedSize: number): Uint8Array {
  const output = new Uint8Array(expectedSize);
  const bits = new BitReader(input);
  let written = 0;
  let finalBlock = false;
  while (!finalBlock) {
    finalBlock = bits.take(1) === 1;
    const blockType = bits.take(2);
    if (blockType === 0) {
      let pos = bits.alignToByte();
      if (pos + 4 > input.length) throw new InflateError("unexpected end of data");
      const length = input[pos] | (input[pos + 1] << 8);
      const complement = input[pos + 2] | (input[pos + 3] << 8);
      if ((length ^ 0xffff) !== complement) throw new InflateError("invalid stored block lengths");
      pos += 4;
      if (pos + length > input.length) throw new InflateError("unexpected end of data");
      if (written + length > expectedSize) throw new InflateError("more data than declared");
      output.set(input.subarray(pos, pos + length), written);
      written += length;
      bits.pos = pos + length;
      continue;
    }
    let literals: HuffmanTable;
    let distances: HuffmanTable;
    if (blockType === 1) {
      ({ literals, distances } = fixedCodes());
    } else if (blockType === 2) {
      ({ literals, distances } = readDynamicCodes(bits));
    } else {
      throw new InflateError("invalid block type");
    }
    for (;;) {
      const symbol = bits.decode(literals);
      if (symbol < 256) {
        if (written >= expectedSize) throw new InflateError("more data than declared");
        output[written++] = symbol;
        continue;
      }
      if (symbol === END_OF_BLOCK) break;
      if (symbol > MAX_LENGTH_SYMBOL) throw new InflateError("invalid literal/length code");
      const lengthIndex = symbol - 257;
      const length = LENGTH_BASE[lengthIndex] + bits.take(LENGTH_EXTRA[lengthIndex]);
      const distanceSymbol = bits.decode(distances);
      if (distanceSymbol > MAX_DISTANCE_SYMBOL) throw new InflateError("invalid distance code");
      const distance = DISTANCE_BASE[distanceSymbol] + bits.take(DISTANCE_EXTRA[distanceSymbol]);
      if (distance > written) throw new InflateError("invalid distance too far back");
      if (written + length > expectedSize) throw new InflateError("more data than declared");
      // Byte by byte: a match may overlap the bytes it is producing.
      let from = written - distance;
      const end = written + length;
      while (written < end) output[written++] = output[from++];
    }
  }
  if (bits.overran()) throw new InflateError("unexpected end of data");
  if (written !== expectedSize) throw new InflateError("less data than declared");
  return output;
}

function readDynamicCodes(bits: BitReader): { literals: HuffmanTable; distances: HuffmanTable } {
  const literalCount = bits.take(5) + 257;
  const distanceCount = bits.take(5) + 1;
  const codeLengthCount = bits.take(4) + 4;
  if (literalCount > 286 || distanceCount > 30) throw new InflateError("too many length or distance symbols");
  const codeLengthLengths = new Uint8Array(19);
  for (let i = 0; i < codeLengthCount; i++) codeLengthLengths[CODE_LENGTH_ORDER[i]] = bits.take(3);
  const codeLengthTable = buildTable(codeLengthLengths, 0, 19, "code-lengths");

  const total = literalCount + distanceCount;
  const lengths = new Uint8Array(total);
  let filled = 0;
  while (filled < total) {
    const symbol = bits.decode(codeLengthTable);
    if (symbol < 16) {
      lengths[filled++] = symbol;
      continue;
    }
    let repeat: number;
    let value = 0;
    if (symbol === 16) {
      if (filled === 0) throw new InflateError("invalid bit length repeat");
      value = lengths[filled - 1];
      repeat = 3 + bits.take(2);
    } else if (symbol === 17) {
      repeat = 3 + bits.take(3);
    } else {
      repeat = 11 + bits.take(7);
    }
    if (filled + repeat > total) throw new InflateError("invalid bit length repeat");
    lengths.fill(value, filled, filled + repeat);
    filled += repeat;
  }
  if (lengths[END_OF_BLOCK] === 0) throw new InflateError("invalid code -- missing end-of-block");
  return {
    literals: buildTable(lengths, 0, literalCount, "literal-lengths"),
    distances: buildTable(lengths, literalCount, distanceCount, "distances"),
  };
}
