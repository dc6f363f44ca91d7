// The inflater against zlib (the C library pako ports, which JSZip and so exceljs use): every valid stream gives
// zlib's bytes, and no stream is accepted with other bytes or another length than zlib's.
import { constants, deflateRawSync, inflateRawSync } from "zlib";
import * as fs from "fs";
import fc from "fast-check";
import { InflateError, inflateRaw } from "../../../src/xlsx/fast/inflate";
import { SAMPLE_PATH } from "../../fixtures/build-sample";

const STRATEGIES = [constants.Z_DEFAULT_STRATEGY, constants.Z_FILTERED, constants.Z_HUFFMAN_ONLY, constants.Z_RLE, constants.Z_FIXED];

/** Text-like bytes: runs of a small alphabet (long matches) mixed with random bytes (literals). */
const sampleBytes = fc
  .tuple(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 1, max: 255 }), fc.integer({ min: 1, max: 1000000 }))
  .map(([length, alphabet, seed]) => {
    const bytes = Buffer.alloc(length);
    let state = seed;
    for (let i = 0; i < length; i++) {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = state % 3 === 0 ? state % 256 : 97 + (i % alphabet) % 26;
    }
    return bytes;
  });

/** zlib's verdict on a stream, in JSZip's terms: the bytes when they have the declared length. */
function zlibInflate(stream: Uint8Array, expectedSize: number): Buffer | undefined {
  try {
    const bytes = inflateRawSync(stream);
    return bytes.length === expectedSize ? bytes : undefined;
  } catch {
    return undefined;
  }
}

describe("inflateRaw", () => {
  it("inflates the sample workbook's parts to zlib's bytes", () => {
    const zip = fs.readFileSync(SAMPLE_PATH);
    // Walk the central directory for the deflated entries.
    const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    let at = zip.readUInt32LE(end + 16);
    let inflated = 0;
    for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
      const method = zip.readUInt16LE(at + 10);
      const size = zip.readUInt32LE(at + 20);
      const uncompressed = zip.readUInt32LE(at + 24);
      const local = zip.readUInt32LE(at + 42);
      const data = zip.subarray(local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)).subarray(0, size);
      if (method === 8) {
        expect(Buffer.from(inflateRaw(data, uncompressed))).toEqual(inflateRawSync(data));
        inflated++;
      }
      at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    }
    expect(inflated).toBeGreaterThan(20);
  });

  it("round-trips zlib's streams of every level and strategy", () => {
    fc.assert(
      fc.property(sampleBytes, fc.constantFrom(0, 1, 6, 9), fc.constantFrom(...STRATEGIES), (bytes, level, strategy) => {
        const stream = deflateRawSync(bytes, { level, strategy });
        expect(Buffer.from(inflateRaw(stream, bytes.length))).toEqual(bytes);
      }),
      { numRuns: 100, seed: 1 }
    );
  });

  it("refuses a stream whose length is not the declared one, or that is cut short", () => {
    const bytes = Buffer.from("本年收入合计 2259.73；本年支出合计 2259.73。".repeat(50));
    const stream = deflateRawSync(bytes);
    expect(() => inflateRaw(stream, bytes.length + 1)).toThrow(InflateError);
    expect(() => inflateRaw(stream, bytes.length - 1)).toThrow(InflateError);
    expect(() => inflateRaw(stream.subarray(0, stream.length - 3), bytes.length)).toThrow(InflateError);
    expect(() => inflateRaw(new Uint8Array(0), 0)).toThrow(InflateError);
  });

  it("refuses what zlib refuses: a reserved block type, stored lengths that disagree, a distance too far back", () => {
    expect(() => inflateRaw(new Uint8Array([0x07]), 0)).toThrow(/invalid block type/);
    expect(() => inflateRaw(new Uint8Array([0x01, 0x03, 0x00, 0x00, 0x00, 0x61, 0x62, 0x63]), 3)).toThrow(/stored block/);
    // Fixed codes: BFINAL 1, BTYPE 01, then length symbol 257 (7 bits 0000001) and distance 0 before any byte.
    expect(() => inflateRaw(new Uint8Array([0x03, 0x02, 0x00]), 3)).toThrow(/too far back/);
    expect(zlibInflate(new Uint8Array([0x03, 0x02, 0x00]), 3)).toBeUndefined();
  });

  it("never accepts a damaged stream with bytes other than zlib's", () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        sampleBytes,
        fc.constantFrom(1, 6, 9),
        fc.constantFrom(...STRATEGIES),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 4 }),
        fc.option(fc.nat(), { nil: undefined }),
        (bytes, level, strategy, flips, cut) => {
          const stream = Buffer.from(deflateRawSync(bytes, { level, strategy }));
          for (const [at, bit] of flips) stream[at % stream.length] ^= 1 << bit;
          const damaged = cut === undefined ? stream : stream.subarray(0, cut % (stream.length + 1));
          let ours: Uint8Array | undefined;
          try {
            ours = inflateRaw(damaged, bytes.length);
          } catch (error) {
            expect(error).toBeInstanceOf(InflateError);
            return;
          }
          accepted++;
          expect(Buffer.from(ours)).toEqual(zlibInflate(damaged, bytes.length));
        }
      ),
      { numRuns: 1000, seed: 2 }
    );
    // Flipped literal bits still make valid streams: the comparison has had cases to look at.
    expect(accepted).toBeGreaterThan(50);
  });
});
