// Fill fidelity on every readable corpus workbook: `juesuan fill IN -o OUT --json` changes only the cells its JSON
// lists; every other cell (value, formula, number format, style), every merge, column and row, and the sheets'
// names, order and visibility come out as they went in. Input and output are compared cell by cell with exceljs.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { Decimal } from "../../src/engine/decimal";
import { runCli } from "../cli/helpers";
import { CORPUS, CorpusFile, CorpusId, writeCorpus } from "./build-corpus";

interface Filled {
  sheet: string;
  cell: string;
  value: string;
}

/**
 * Per-case limits. Measured on this 2-core machine under load (fill, both loads and the cell-by-cell comparison):
 * 0.35–1 s for the sample-sized workbooks, about 5 s for the 10,000-row table 03. Times are not asserted.
 */
const TIME_LIMIT_MS: Partial<Record<CorpusId, number>> = { "long-03": 90_000 };
const DEFAULT_TIME_LIMIT_MS = 30_000;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "juesuan-fidelity-"));
const files = new Map<CorpusId, CorpusFile>();
const readable = CORPUS.filter((c) => c.readable);

beforeAll(async () => {
  for (const file of await writeCorpus(tmp, readable)) files.set(file.id, file);
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Everything about a cell but its value: font, fill, border, alignment, protection. */
function styleWithoutFormat(cell: ExcelJS.Cell): string {
  const { numFmt: _numFmt, ...rest } = cell.style ?? {};
  return JSON.stringify(rest);
}

/** The value fill's JSON shows ("1672.10", "94.58%") as a Decimal, to compare with the number written. */
function shownValue(shown: string): Decimal {
  const plain = shown.replace(/,/g, "");
  return plain.endsWith("%") ? new Decimal(plain.slice(0, -1)).dividedBy(100) : new Decimal(plain);
}

/** One line per difference between input and output outside the filled cells; empty when there is none. */
function differences(before: ExcelJS.Workbook, after: ExcelJS.Workbook, filled: Map<string, Filled>): string[] {
  const found: string[] = [];
  const sheetsOf = (workbook: ExcelJS.Workbook) => workbook.worksheets.map((s) => `${s.name} (${s.state})`);
  if (JSON.stringify(sheetsOf(before)) !== JSON.stringify(sheetsOf(after))) {
    found.push(`sheets: ${sheetsOf(before).join(", ")} → ${sheetsOf(after).join(", ")}`);
  }
  for (const sheet of before.worksheets) {
    const out = after.getWorksheet(sheet.name);
    if (!out) continue;
    const merges = (ws: ExcelJS.Worksheet) => [...ws.model.merges].sort().join(" ");
    if (merges(sheet) !== merges(out)) found.push(`${sheet.name} merges: ${merges(sheet)} → ${merges(out)}`);
    const columns = (ws: ExcelJS.Worksheet) => JSON.stringify(ws.columns?.map((c) => [c.width, c.hidden]) ?? []);
    if (columns(sheet) !== columns(out)) found.push(`${sheet.name} columns: ${columns(sheet)} → ${columns(out)}`);
    const rows = Math.max(sheet.rowCount, out.rowCount);
    const cols = Math.max(sheet.columnCount, out.columnCount);
    for (let r = 1; r <= rows; r++) {
      const [a, b] = [sheet.getRow(r), out.getRow(r)];
      if (a.height !== b.height || a.hidden !== b.hidden) found.push(`${sheet.name} row ${r}: height or hiding changed`);
      for (let c = 1; c <= cols; c++) {
        const [x, y] = [a.getCell(c), b.getCell(c)];
        const where = `${sheet.name}!${x.address}`;
        const fill = filled.get(where);
        if (fill) {
          // A filled cell was blank, now holds the value the JSON lists, and keeps its look.
          if (x.value !== null && x.value !== undefined && x.value !== "") found.push(`${where} was not blank: ${JSON.stringify(x.value)}`);
          if (typeof y.value === "number") {
            if (!new Decimal(y.value).eq(shownValue(fill.value))) found.push(`${where} holds ${y.value}, JSON says ${fill.value}`);
          } else if (y.value !== fill.value) found.push(`${where} holds ${JSON.stringify(y.value)}, JSON says ${fill.value}`);
          if (styleWithoutFormat(x) !== styleWithoutFormat(y)) found.push(`${where} style changed`);
          continue;
        }
        if (x.type !== y.type || JSON.stringify(x.value) !== JSON.stringify(y.value)) {
          found.push(`${where} value: ${JSON.stringify(x.value)} → ${JSON.stringify(y.value)}`);
        }
        if (x.formula !== y.formula) found.push(`${where} formula: ${x.formula} → ${y.formula}`);
        if (JSON.stringify(x.style) !== JSON.stringify(y.style)) found.push(`${where} style or number format changed`);
      }
    }
  }
  return found;
}

describe("fill keeps everything it does not fill", () => {
  for (const corpusCase of readable) {
    it(
      corpusCase.title,
      async () => {
        const input = files.get(corpusCase.id)!.path;
        const output = path.join(tmp, `已填写-${corpusCase.fileName}`);
        const run = await runCli("fill", input, "-o", output, "--json");
        expect(run.stderr).toBe("");
        expect(run.code).toBe(0);
        const listed: Filled[] = JSON.parse(run.stdout).filled;
        const filled = new Map(listed.map((f) => [`${f.sheet}!${f.cell}`, f]));
        expect(filled.size).toBe(listed.length); // no cell listed twice
        const [before, after] = [await load(input), await load(output)];
        expect(differences(before, after, filled)).toEqual([]);
        if (corpusCase.id === "derived-blank") expect(listed.length).toBeGreaterThan(100);
        if (corpusCase.id === "sample" || corpusCase.id === "long-03") expect(listed).toEqual([]);
      },
      TIME_LIMIT_MS[corpusCase.id] ?? DEFAULT_TIME_LIMIT_MS
    );
  }
});
