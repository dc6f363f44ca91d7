// The engine keeps work between checks (normalised texts, parsed numbers, cell addresses) and within a check
// (figures, claims, sources, kept on the recognised objects), and checks a book of several departments one
// department at a time. None of that may change a finding: a workbook checked after another one, an edited copy
// checked after its original, or a grid changed in place and checked again must give exactly what a freshly
// loaded engine (whose caches hold nothing) gives; and checking department by department must give what
// recognising every department first and then running the rules gives.
import * as fs from "fs";
import { CheckResult, checkWorkbook, runDepartments, sortFindings } from "../../src/engine";
import { GridCell, SheetGrid, WorkbookGrid } from "../../src/engine/grid";
import { recognizeDepartments, recognizeWorkbook } from "../../src/engine/recognize";
import { figure } from "../../src/engine/tables";
import { gridFromXlsx } from "../../src/xlsx/read";
import { SAMPLE_PATH } from "../fixtures/build-sample";

let sample: WorkbookGrid;

beforeAll(async () => {
  sample = await gridFromXlsx(fs.readFileSync(SAMPLE_PATH), "sample.xlsx");
});

/** The result as JSON would carry it (a Decimal of another engine instance is another class). */
function plain(result: CheckResult): unknown {
  return JSON.parse(JSON.stringify(result));
}

/** The check of a freshly loaded engine: none of the modules' caches has seen a workbook yet. */
function freshCheck(grid: WorkbookGrid): unknown {
  let result: CheckResult | undefined;
  jest.isolateModules(() => {
    const engine = require("../../src/engine") as typeof import("../../src/engine");
    result = engine.checkWorkbook(grid);
  });
  return plain(result!);
}

/** A copy of the grid sharing nothing that an edit could change. */
function copyOf(grid: WorkbookGrid): WorkbookGrid {
  return {
    ...grid,
    sheets: grid.sheets.map((sheet) => ({ ...sheet, cells: sheet.cells.map((row) => row?.map((cell) => (cell ? { ...cell } : cell))) })),
  };
}

function sheetNamed(grid: WorkbookGrid, name: string): SheetGrid {
  return grid.sheets.find((sheet) => sheet.name === name)!;
}

function setCell(grid: WorkbookGrid, sheet: string, row: number, col: number, cell: GridCell): void {
  sheetNamed(grid, sheet).cells[row - 1][col - 1] = cell;
}

/**
 * The sample with three edits: 05's 一般公共服务支出 (1837.28) typed as 1837.38, the narrative's 基本支出 1672.09
 * written 1672.19, and 05's 行政运行 renamed 外交支出 (the name of another code).
 */
function editedSample(): WorkbookGrid {
  const edited = copyOf(sample);
  const t05 = recognizeWorkbook(sample).public["05"]!;
  const category = figure(t05, "201", "total")!;
  expect(category.amount!.value.toFixed(2)).toBe("1837.28");
  setCell(edited, category.sheet, category.row, category.col, { value: 1837.38, numFmt: category.numFmt });
  const line = t05.rows.find((row) => row.key === "2013101")!;
  const nameCell = sheetNamed(edited, t05.sheet).cells[line.row - 1].findIndex((cell) => cell?.value === "行政运行");
  setCell(edited, t05.sheet, line.row, nameCell + 1, { value: "外交支出", numFmt: "General" });
  const narrative = sheetNamed(edited, "情况说明");
  for (const row of narrative.cells) {
    row?.forEach((cell, i) => {
      if (cell && typeof cell.value === "string" && cell.value.includes("基本支出 1672.09 万元，占支出总计")) {
        row[i] = { ...cell, value: cell.value.replace("基本支出 1672.09 万元，占支出总计", "基本支出 1672.19 万元，占支出总计") };
      }
    });
  }
  return edited;
}

/** The sample's sheets three times over, each copy a department of its own. */
function threeDepartments(): WorkbookGrid {
  const sheets: SheetGrid[] = [];
  for (let i = 1; i <= 3; i++) {
    for (const sheet of sample.sheets) {
      const cells = sheet.cells.map((row) =>
        row?.map((cell) => (cell && typeof cell.value === "string" && cell.value.startsWith("部门：") ? { ...cell, value: `部门：第${i}局` } : cell))
      );
      sheets.push({ ...sheet, name: `D${i}-${sheet.name}`, cells });
    }
  }
  return { name: "三个部门.xlsx", sheets };
}

describe("what the engine keeps between and within checks never changes a finding", () => {
  it("checks the sample after another workbook exactly as a fresh engine does", () => {
    checkWorkbook(editedSample());
    expect(plain(checkWorkbook(sample))).toEqual(freshCheck(sample));
  });

  it("checks an edited copy as itself, not as the original checked before it", () => {
    const original = plain(checkWorkbook(sample));
    const edited = editedSample();
    const result = plain(checkWorkbook(edited));
    expect(result).toEqual(freshCheck(edited));
    // The edits are found: the copy's findings are not the original's.
    expect(result).not.toEqual(original);
    const cells = checkWorkbook(edited).findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
    expect(cells).toEqual(expect.arrayContaining([expect.stringMatching(/^code\/name-mismatch /), expect.stringMatching(/^narrative\/amount 情况说明!/)]));
  });

  it("checks a grid changed in place between two checks as changed", () => {
    const grid = copyOf(sample);
    const before = plain(checkWorkbook(grid));
    const t05 = recognizeWorkbook(grid).public["05"]!;
    const category = figure(t05, "201", "total")!;
    setCell(grid, category.sheet, category.row, category.col, { value: 1837.38, numFmt: category.numFmt });
    const after = plain(checkWorkbook(grid));
    expect(after).toEqual(freshCheck(grid));
    expect(after).not.toEqual(before);
  });

  it("checks a book of several departments one by one with the findings of recognising all first", () => {
    const book = threeDepartments();
    const result = checkWorkbook(book);
    const departments = recognizeDepartments(book);
    expect(departments.map((d) => d.name)).toEqual(["第1局", "第2局", "第3局"]);
    const sheetOrder = new Map(book.sheets.map((sheet, index) => [sheet.name, index]));
    const all = runDepartments(departments);
    expect(result.findings).toEqual(all.flatMap((r) => sortFindings(r.findings, sheetOrder)));
    const tables = departments
      .flatMap((d) => d.tables.all)
      .sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0))
      .map((t) => ({ kind: t.kind, sheet: t.sheet, range: t.range }));
    expect(result.tables).toEqual(tables);
    expect(result.findings.filter((f) => f.department === "第2局")).toHaveLength(checkWorkbook(sample).findings.length);
  });
});
