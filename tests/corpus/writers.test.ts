// The sample as other programs save it (build-corpus.ts, WRITER_VARIANTS): comments in Excel's and openpyxl's part
// names, a chart, an image, data validation, conditional formats, defined names, a pivot cache, inline strings,
// shared formulas, a missing or wrong <dimension>, rows out of order, a stray far cell. Each must check exactly as
// the sample does, and `juesuan fill` must write the filled cells and leave every other part byte for byte.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { CellEdit } from "../../src/engine/edits";
import { planFill } from "../../src/engine/fill";
import { gridFromXlsx } from "../../src/xlsx/read";
import { applyEditsToXlsx } from "../../src/xlsx/write";
import { sampleBuffer } from "../fixtures/build-sample";
import { runCli } from "../cli/helpers";
import { derivedBlankBytes, PackageParts, WRITER_VARIANTS, WriterVariant, writerVariant } from "./build-corpus";

interface JsonFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  related: string[];
  expected: string | null;
  actual: string | null;
  message: string;
}

interface JsonReport {
  tables: { kind: string; sheet: string; range: string }[];
  findings: JsonFinding[];
}

const whole = (f: JsonFinding) => JSON.stringify([f.rule, f.severity, f.sheet, f.cell, f.related, f.expected, f.actual, f.message]);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "juesuan-writers-"));
let sampleReport: JsonReport;
let plainFilledReport: JsonReport;
let sampleBytes: Uint8Array;
let blankBytes: Uint8Array;
/** What fill writes into the plain derived-blank sample: the writers' variants change no cell, so the same. */
let plainEdits: CellEdit[];

async function check(file: string): Promise<JsonReport> {
  const run = await runCli("check", file, "--json");
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout);
}

async function fill(input: string, output: string): Promise<{ sheet: string; cell: string; value: string }[]> {
  const run = await runCli("fill", input, "-o", output, "--json");
  expect([run.code, run.stderr]).toEqual([0, ""]);
  return JSON.parse(run.stdout).filled;
}

beforeAll(async () => {
  sampleBytes = new Uint8Array(await sampleBuffer());
  blankBytes = await derivedBlankBytes();
  fs.writeFileSync(path.join(tmp, "样例.xlsx"), sampleBytes);
  fs.writeFileSync(path.join(tmp, "待填写.xlsx"), blankBytes);
  sampleReport = await check(path.join(tmp, "样例.xlsx"));
  await fill(path.join(tmp, "待填写.xlsx"), path.join(tmp, "待填写-已填.xlsx"));
  plainFilledReport = await check(path.join(tmp, "待填写-已填.xlsx"));
  plainEdits = planFill(await gridFromXlsx(blankBytes, "待填写.xlsx")).edits;
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Every part but the filled sheets, the styles and workbook.xml's <calcPr> is the same, byte for byte. */
function expectOnlyFilledPartsChanged(variant: WriterVariant, inputBytes: Uint8Array, outputBytes: Uint8Array, filledSheets: string[]): void {
  const before = unzipSync(inputBytes);
  const after = unzipSync(outputBytes);
  expect(Object.keys(after)).toEqual(Object.keys(before));
  const parts = new PackageParts(inputBytes);
  const filledParts = new Set(filledSheets.map((sheet) => parts.sheetPart(sheet)));
  const changed = Object.keys(before).filter((name) => !Buffer.from(before[name]).equals(Buffer.from(after[name])));
  const allowed = new Set([...filledParts, "xl/styles.xml", "xl/workbook.xml"]);
  expect(changed.filter((name) => !allowed.has(name))).toEqual([]);
  for (const name of variant.addedParts) expect([name, Buffer.from(after[name]).equals(Buffer.from(before[name]))]).toEqual([name, true]);
  // The workbook part differs by the recalculation flag alone.
  expect(strFromU8(after["xl/workbook.xml"]).replace(' fullCalcOnLoad="1"', "")).toBe(strFromU8(before["xl/workbook.xml"]));
}

const all = WRITER_VARIANTS.map((variant) => [variant.title, variant] as const);

describe("each writer's variant of the sample", () => {
  it.each(all)("%s: checks with the sample's tables and findings, exactly", async (_title, variant: WriterVariant) => {
    const file = path.join(tmp, variant.fileName);
    fs.writeFileSync(file, writerVariant(variant, sampleBytes));
    const report = await check(file);
    expect(report.tables).toEqual(sampleReport.tables);
    expect(report.findings.map(whole)).toEqual(sampleReport.findings.map(whole));
  }, 30_000);

  it.each(all)("%s: `juesuan fill` writes the cells and leaves every other part byte for byte", async (_title, variant: WriterVariant) => {
    const input = path.join(tmp, `待填写-${variant.fileName}`);
    const output = path.join(tmp, `已填-${variant.fileName}`);
    const inputBytes = writerVariant(variant, blankBytes);
    fs.writeFileSync(input, inputBytes);
    const filled = await fill(input, output);
    expect(filled.length).toBeGreaterThan(0);
    expectOnlyFilledPartsChanged(variant, inputBytes, fs.readFileSync(output), [...new Set(filled.map((f) => f.sheet))]);
    // And the filled copy checks as the plain sample's filled copy does.
    const report = await check(output);
    expect(report.findings.map(whole)).toEqual(plainFilledReport.findings.map(whole));
  }, 30_000);

  it.each(all)("%s: the fill writer patches it, every other part byte for byte", async (_title, variant: WriterVariant) => {
    const inputBytes = writerVariant(variant, blankBytes);
    const outputBytes = await applyEditsToXlsx(inputBytes, plainEdits);
    expectOnlyFilledPartsChanged(variant, inputBytes, outputBytes, [...new Set(plainEdits.map((e) => e.sheet))]);
    // The filled cells read back as the plain sample's filled copy holds them.
    const filled = await gridFromXlsx(outputBytes, "x.xlsx");
    const plain = await gridFromXlsx(fs.readFileSync(path.join(tmp, "待填写-已填.xlsx")), "x.xlsx");
    for (const edit of plainEdits) {
      const at = (grid: typeof filled) => {
        const sheet = grid.sheets.find((s) => s.name === edit.sheet)!;
        const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(edit.cell)!;
        const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
        return sheet.cells[Number(row) - 1]?.[col - 1];
      };
      expect([edit.sheet, edit.cell, at(filled)]).toEqual([edit.sheet, edit.cell, at(plain)]);
    }
  }, 30_000);
});
