// `juesuan fill IN -o OUT`: a new file in which only the blank derived cells changed.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { checkWorkbook, runRules } from "../../src/engine";
import { recognizeWorkbook } from "../../src/engine/recognize";
import { gridFromXlsx } from "../../src/xlsx/read";
import { SAMPLE_PATH } from "../fixtures/build-sample";
import { runCli } from "./helpers";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "juesuan-fill-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const input = path.join(tmp, "待填写.xlsx");
const output = path.join(tmp, "已填写.xlsx");
let blankedCells: Set<string>;

beforeAll(async () => {
  // The sample with every non-zero derived cell emptied, as an accountant's workbook before the totals are typed.
  const grid = await gridFromXlsx(fs.readFileSync(SAMPLE_PATH), "sample.xlsx");
  blankedCells = new Set();
  runRules(recognizeWorkbook(grid), undefined, undefined, (cell) => {
    if (cell.state === "amount" && !cell.amount!.value.isZero()) blankedCells.add(`${cell.sheet}!${cell.address}`);
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE_PATH);
  for (const key of blankedCells) {
    const [sheet, address] = key.split("!");
    workbook.getWorksheet(sheet)!.getCell(address).value = null;
  }
  await workbook.xlsx.writeFile(input);
});

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function styleOf(cell: ExcelJS.Cell): string {
  return JSON.stringify({ font: cell.font, fill: cell.fill, border: cell.border, alignment: cell.alignment });
}

describe("juesuan fill", () => {
  let filled: { sheet: string; cell: string; value: string }[];

  beforeAll(async () => {
    const run = await runCli("fill", input, "-o", output, "--json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    filled = JSON.parse(run.stdout).filled;
  });

  it("fills every blanked derived cell", () => {
    expect(new Set(filled.map((f) => `${f.sheet}!${f.cell}`))).toEqual(blankedCells);
    expect(filled.find((f) => f.sheet.startsWith("03") && f.cell === "D7")!.value).toBe("1672.10");
  });

  it("changes nothing but the filled cells: values, formulas, formats, styles, merges, widths, sheets", async () => {
    const before = await load(input);
    const after = await load(output);
    const filledKeys = new Set(filled.map((f) => `${f.sheet}!${f.cell}`));
    expect(after.worksheets.map((s) => [s.name, s.state])).toEqual(before.worksheets.map((s) => [s.name, s.state]));
    const differences: string[] = [];
    for (const sheet of before.worksheets) {
      const out = after.getWorksheet(sheet.name)!;
      expect(out.model.merges.sort()).toEqual(sheet.model.merges.sort());
      expect(out.columns.map((c) => c.width)).toEqual(sheet.columns.map((c) => c.width));
      const rows = Math.max(sheet.rowCount, out.rowCount);
      const cols = Math.max(sheet.columnCount, out.columnCount);
      for (let r = 1; r <= rows; r++) {
        for (let c = 1; c <= cols; c++) {
          const a = sheet.getCell(r, c);
          const b = out.getCell(r, c);
          const key = `${sheet.name}!${a.address}`;
          if (filledKeys.has(key)) {
            expect(typeof b.value).toBe("number");
            expect(styleOf(b)).toBe(styleOf(a));
            continue;
          }
          if (JSON.stringify(a.value) !== JSON.stringify(b.value)) differences.push(`${key} value`);
          if (a.numFmt !== b.numFmt) differences.push(`${key} numFmt`);
          if (styleOf(a) !== styleOf(b)) differences.push(`${key} style`);
        }
      }
    }
    expect(differences).toEqual([]);
  });

  it("writes numbers Excel recomputes formulas from", async () => {
    const parts = unzipSync(fs.readFileSync(output));
    expect(strFromU8(parts["xl/workbook.xml"])).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    const after = await load(output);
    const d7 = after.worksheets.find((s) => s.name.startsWith("03"))!.getCell("D7");
    expect(d7.value).toBe(1672.1);
    expect(d7.numFmt).toBe("#,##0.00");
  });

  it("leaves no error on a filled cell when the output is checked", async () => {
    const result = checkWorkbook(await gridFromXlsx(fs.readFileSync(output), "已填写.xlsx"));
    const filledKeys = new Set(filled.map((f) => `${f.sheet}!${f.cell}`));
    expect(result.findings.filter((f) => f.severity === "error" && filledKeys.has(`${f.sheet}!${f.cell}`))).toEqual([]);
  });

  it("fills nothing the second time", async () => {
    const again = path.join(tmp, "再次填写.xlsx");
    const run = await runCli("fill", output, "-o", again, "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).filled).toEqual([]);
  });

  it("refuses to write over its input", async () => {
    const bytes = fs.readFileSync(input);
    for (const target of [input, path.join(tmp, ".", "待填写.xlsx")]) {
      const run = await runCli("fill", input, "-o", target);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("不能");
    }
    expect(fs.readFileSync(input).equals(bytes)).toBe(true);
  });

  it("asks for -o", async () => {
    const run = await runCli("fill", input);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("-o");
  });
});
