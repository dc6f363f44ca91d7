// The engine end to end on the sample workbook (tests/fixtures/sample.xlsx, built from the published report):
// exactly the 尾差 of domain.md §8 for tables 01–09, and every single-figure change caught at its cell.
import * as fs from "fs";
import { checkWorkbook } from "../../src/engine";
import { Finding } from "../../src/engine/finding";
import { GridCell, parseAddress, WorkbookGrid } from "../../src/engine/grid";
import { recognizeWorkbook } from "../../src/engine/recognize";
import { figure, PublicKind, PublicTable } from "../../src/engine/tables";
import { gridFromXlsx } from "../../src/xlsx/read";
import { LAYOUT_VARIANTS, SAMPLE_PATH, sampleBuffer } from "../fixtures/build-sample";

const PUBLIC = new Set(["01", "02", "03", "04", "05", "06", "07", "08", "09"]);

/** The 尾差 domain.md §8 lists for tables 01–09, as table · expected · actual. */
const SECTION_8_PUBLIC_TAILS = [
  "01 66.99 66.98", // 01 卫生健康支出 66.98 vs 03 code 210 66.99
  "01 2259.72 2259.73", // 01 expense categories sum 2259.72 vs 本年支出合计
  "03 2259.72 2259.73", // 03 合计: 1672.09 + 587.63
  "03 1672.10 1672.09", // 03 基本支出 column: 类 rows sum 1672.10
  "04 66.99 66.98", // 04 卫生健康支出 (一般公共预算) vs 05 code 210
  "04 2259.72 2259.73", // 04 合计 column
  "04 2259.72 2259.73", // 04 一般公共预算 column
  "05 2259.72 2259.73",
  "05 1672.10 1672.09",
  "06 1256.62 1256.61", // 301 parts
  "06 295.68 295.67", // 302 parts
  "06 117.82 117.81", // 303 parts
  "06 48.74 48.73", // 30110 vs 05 2101101 + 2101102
].sort();

let sampleGrid: WorkbookGrid;

beforeAll(async () => {
  sampleGrid = await gridFromXlsx(fs.readFileSync(SAMPLE_PATH), "sample.xlsx");
});

function publicFindings(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.table && PUBLIC.has(f.table));
}

function tableOf(grid: WorkbookGrid, kind: PublicKind): PublicTable {
  const table = recognizeWorkbook(grid).public[kind];
  if (!table) throw new Error(`table ${kind} not recognised`);
  return table;
}

/** A copy of the grid with one cell's value replaced (the rest shared). */
function withCell(grid: WorkbookGrid, sheetName: string, address: string, value: GridCell["value"]): WorkbookGrid {
  const { row, col } = parseAddress(address);
  return {
    ...grid,
    sheets: grid.sheets.map((sheet) => {
      if (sheet.name !== sheetName) return sheet;
      const cells = sheet.cells.map((r) => (r ? [...r] : r));
      const old = cells[row - 1]?.[col - 1];
      cells[row - 1] = cells[row - 1] ?? [];
      cells[row - 1][col - 1] = { value, numFmt: old?.numFmt ?? "#,##0.00" };
      return { ...sheet, cells };
    }),
  };
}

function names(finding: Finding, sheet: string, address: string): boolean {
  const qualified = `${sheet}!${address}`;
  return (
    (finding.sheet === sheet && finding.cell === address) ||
    finding.related.includes(qualified) ||
    (finding.sheet === sheet && finding.related.includes(address))
  );
}

describe("the sample workbook", () => {
  it("recognises the nine 公开 tables, 08 and 09 as empty", () => {
    const tables = recognizeWorkbook(sampleGrid);
    for (const kind of PUBLIC) expect(tables.public[kind as PublicKind]).toBeDefined();
    expect(tables.public["08"]!.empty).toBe(true);
    expect(tables.public["09"]!.empty).toBe(true);
    expect(tables.notes).toEqual([]);
  });

  it("reports for tables 01–09 exactly the rounding tails of domain.md §8, no error and no warning", () => {
    const findings = publicFindings(checkWorkbook(sampleGrid).findings);
    expect(findings.filter((f) => f.severity !== "rounding")).toEqual([]);
    expect(findings.map((f) => `${f.table} ${f.expected} ${f.actual}`).sort()).toEqual(SECTION_8_PUBLIC_TAILS);
  });
});

describe("a single changed figure is an error that names its cell", () => {
  type Case = [string, PublicKind, string, string, string];
  const cases: Case[] = [
    ["a leaf, two digits swapped (03 行政运行 基本支出 1116.80 → 1161.80)", "03", "2013101", "basic", "1161.80"],
    ["a 类 total (03 201 本年支出合计)", "03", "201", "total", "1837.38"],
    ["a 合计 (02 合计 财政拨款收入)", "02", "total", "fiscal", "2259.93"],
    ["a figure another table repeats (01 卫生健康支出)", "01", "out.210", "amount", "67.98"],
    ["a 06 detail (30101 基本工资)", "06", "30101", "amount", "392.82"],
    ["a 07 决算数 (公务接待费)", "07", "reception", "actual", "0.52"],
    ["a 05 leaf (2210201 住房公积金 基本支出)", "05", "2210201", "basic", "107.45"],
  ];

  it.each(cases)("%s", (_label, kind, rowKey, column, value) => {
    const cell = figure(tableOf(sampleGrid, kind), rowKey, column)!;
    expect(cell).toBeDefined();
    const changed = withCell(sampleGrid, cell.sheet, cell.address, value);
    const errors = checkWorkbook(changed).findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((f) => names(f, cell.sheet, cell.address))).toBe(true);
  });

  it("keeps a 0.01 tail over many parts as rounding, but a 0.03 gap over two parts is an error", () => {
    // 06 301 has ten parts; one more cent of tail (1256.61 → 1256.60: 0.02 off ten parts) stays rounding.
    const t06 = tableOf(sampleGrid, "06");
    const c301 = figure(t06, "301", "amount")!;
    const tail = checkWorkbook(withCell(sampleGrid, c301.sheet, c301.address, "1256.60")).findings.filter(
      (f) => f.sheet === c301.sheet && f.cell === c301.address && f.rule === "t06/class-total"
    );
    expect(tail.map((f) => f.severity)).toEqual(["rounding"]);
    // 05 合计 小计 = 基本支出 + 项目支出: two parts; 2259.75 is 0.03 from 2259.72.
    const t05 = tableOf(sampleGrid, "05");
    const total = figure(t05, "total", "total")!;
    const gap = checkWorkbook(withCell(sampleGrid, total.sheet, total.address, "2259.75")).findings.filter(
      (f) => f.sheet === total.sheet && f.cell === total.address && f.rule === "t05/row-total"
    );
    expect(gap.map((f) => f.severity)).toEqual(["error"]);
  });
});

describe("bad cells", () => {
  it("reports #REF! and text in an amount cell at that cell while every other check still runs", () => {
    const t03 = tableOf(sampleGrid, "03");
    const ref = figure(t03, "2013150", "basic")!;
    const t02 = tableOf(sampleGrid, "02");
    const text = figure(t02, "2080501", "fiscal")!;
    let grid = withCell(sampleGrid, ref.sheet, ref.address, { error: "#REF!" });
    grid = withCell(grid, text.sheet, text.address, "见附表");
    const findings = checkWorkbook(grid).findings;
    const invalid = findings.filter((f) => f.rule === "input/invalid-figure");
    expect(invalid.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual([`${ref.sheet}!${ref.address}`, `${text.sheet}!${text.address}`].sort());
    expect(invalid.find((f) => f.cell === ref.address)!.message).toContain("#REF!");
    // the other tables' tails are still found
    const t06Tails = findings.filter((f) => f.table === "06" && f.severity === "rounding");
    expect(t06Tails).toHaveLength(4);
  });
});

describe("layout variants give the same findings as the sample", () => {
  const signature = (findings: Finding[]) =>
    publicFindings(findings)
      .map((f) => `${f.rule} ${f.severity} ${f.table} ${f.expected} ${f.actual}`)
      .sort();
  let expected: string[];
  beforeAll(() => {
    expected = signature(checkWorkbook(sampleGrid).findings);
  });

  it.each(Object.keys(LAYOUT_VARIANTS))("%s", async (name) => {
    const grid = await gridFromXlsx(await sampleBuffer(LAYOUT_VARIANTS[name]), `${name}.xlsx`);
    const result = checkWorkbook(grid);
    expect(signature(result.findings)).toEqual(expected);
    expect(result.findings.filter((f) => f.rule === "table/recognition")).toEqual([]);
  });
});
