// (e) The .xlsx reader alone (src/xlsx/fast-grid.ts, by the format, fflate underneath) against an exceljs load of
// the same bytes, and the cost of a stray value in XFD1048576 (a slip of Ctrl+End): the read follows the cells that
// exist, so the stray cell must cost next to nothing. Targets: read ≤ 0.25 × exceljs load; stray < 1.10 × plain.
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { checkWorkbook } from "../../src/engine";
import { useInflater } from "../../src/xlsx/fast/package";
import { gridFromXlsx } from "../../src/xlsx/read";

async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await action();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function middle(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Two actions measured in blocks that take turns (a block of one, a block of the other, three times over), so both
 * meet the same machine, yet neither pays for the garbage the other leaves (an exceljs load leaves much: collected
 * during a read that follows it at once, it would be charged to the read). The first run of each block is not
 * timed; medians of the rest.
 */
async function alternate(runs: number, first: () => Promise<unknown>, second: () => Promise<unknown>): Promise<[number, number]> {
  const a: number[] = [];
  const b: number[] = [];
  for (let block = 0; block < 3; block++) {
    for (const [action, times] of [[first, a], [second, b]] as const) {
      for (let run = 0; run <= runs; run++) {
        const time = await timed(action);
        if (run > 0) times.push(time);
      }
    }
  }
  return [middle(a), middle(b)];
}

/** Two actions of like cost run in turn, the order swapped every round so that neither always goes first. */
async function interleaved(runs: number, first: () => Promise<unknown>, second: () => Promise<unknown>): Promise<[number, number]> {
  const a: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < 10 + runs; round++) {
    const order = round % 2 ? ([[first, a], [second, b]] as const) : ([[second, b], [first, a]] as const);
    for (const [action, times] of order) {
      const time = await timed(action);
      if (round >= 10) times.push(time);
    }
  }
  return [middle(a), middle(b)];
}

/** The workbook zipped again as it was, and with one value typed into XFD1048576 of its first worksheet. */
export function withStrayFarCell(bytes: Uint8Array): { plain: Uint8Array; stray: Uint8Array } {
  const parts = unzipSync(bytes);
  const plain = zipSync(parts);
  const name = "xl/worksheets/sheet1.xml";
  parts[name] = strToU8(strFromU8(parts[name]).replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'));
  // Both zipped alike, so that the two differ by the one cell and nothing else.
  return { plain, stray: zipSync(parts) };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/**
 * The read with fflate's inflater (as in the task pane), then with node:zlib's (as the CLI registers it in
 * src/xlsx/node.ts); the stray-cell line with the CLI's.
 */
export async function benchXlsxRead(workbooks: { label: string; bytes: Uint8Array }[], runs: number): Promise<string[]> {
  const lines = ["| workbook | inflater | exceljs load | read (Grid) | read / load | target |", "| --- | --- | --- | --- | --- | --- |"];
  lines.push(...(await readVersusLoad(workbooks, runs, "fflate (task pane)")));
  const { inflateRawSync } = await import("zlib");
  useInflater((data, size) => inflateRawSync(data, { maxOutputLength: Math.max(size, 1) }));
  lines.push(...(await readVersusLoad(workbooks, runs, "node:zlib (CLI)")));
  lines.push("", "| workbook | plain read | with a value in XFD1048576 | stray / plain | target |", "| --- | --- | --- | --- | --- |");
  for (const { label, bytes } of workbooks.slice(0, 1)) {
    const variants = withStrayFarCell(bytes);
    const [plain, far] = await interleaved(runs * 20, () => gridFromXlsx(variants.plain, label), () => gridFromXlsx(variants.stray, label));
    const ratio = far / plain;
    lines.push(`| ${label} | ${ms(plain)} | ${ms(far)} | ${ratio.toFixed(2)} | ${ratio < 1.1 ? "✓" : "✗"} (< 1.10) |`);
    // The whole check too: every recogniser must follow the cells that exist, not the used range's area.
    const readAndCheck = (variant: Uint8Array) => async () => checkWorkbook(await gridFromXlsx(variant, label));
    const [plainCheck, farCheck] = await interleaved(runs * 2, readAndCheck(variants.plain), readAndCheck(variants.stray));
    const checkRatio = farCheck / plainCheck;
    lines.push(`| ${label}: read + check | ${ms(plainCheck)} | ${ms(farCheck)} | ${checkRatio.toFixed(2)} | ${checkRatio < 1.1 ? "✓" : "✗"} (< 1.10) |`);
  }
  return lines;
}

async function readVersusLoad(workbooks: { label: string; bytes: Uint8Array }[], runs: number, inflater: string): Promise<string[]> {
  const lines: string[] = [];
  for (const { label, bytes } of workbooks) {
    const [load, read] = await alternate(
      runs,
      () => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer),
      () => gridFromXlsx(bytes, label)
    );
    const ratio = read / load;
    lines.push(`| ${label} | ${inflater} | ${ms(load)} | ${ms(read)} | ${ratio.toFixed(2)} | ${ratio <= 0.25 ? "✓" : "✗"} (≤ 0.25) |`);
  }
  return lines;
}
