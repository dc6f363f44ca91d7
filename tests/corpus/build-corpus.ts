// The bad-input corpus: workbooks an accountant's machine really produces (and files that only pretend to be
// workbooks), generated at test time into a temporary folder, never committed. Each case says what `juesuan check`
// must do with it; corpus.test.ts and fidelity.test.ts hold the assertions.
//
// The damaged workbooks start from the sample builder and change it through exceljs, as Excel would save them.
// Which cells to damage is found by recognising the sample, by row and column key, never by a fixed address.
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { Decimal } from "../../src/engine/decimal";
import { runRules } from "../../src/engine/index";
import { parseAddress } from "../../src/engine/grid";
import { recognizeWorkbook } from "../../src/engine/recognize";
import { WorkbookTables } from "../../src/engine/rule";
import { FigureCell, PublicKind, PublicTable } from "../../src/engine/tables";
import { gridFromXlsx } from "../../src/xlsx/read";
import { buildSampleWorkbook, sampleBuffer } from "../fixtures/build-sample";

export type CorpusId =
  | "sample"
  | "not-xlsx-text"
  | "not-xlsx-zip"
  | "empty-file"
  | "truncated"
  | "encrypted"
  | "legacy-xls"
  | "no-worksheet"
  | "blank-sheet"
  | "error-values"
  | "text-and-dates"
  | "merged-figures"
  | "formulas-without-results"
  | "formulas-showing-blank"
  | "hidden-sheets"
  | "repeated-table"
  | "long-03"
  | "unicode-headers"
  | "derived-blank";

/** What one case's generator produced, besides the bytes: where it damaged the sample. */
export interface BuiltCase {
  bytes: Uint8Array;
  /** Cells that hold something that is not a figure (error value, text, date, formula without result): "Sheet!A1". */
  invalidCells?: string[];
  /** Sheets whose figures were changed: the sample's findings that touch none of them must still be there. */
  changedSheets?: string[];
  /** Cells a finding must point at to say how they were read (the top-left cell of a merge over two figures). */
  notedCells?: string[];
}

export interface CorpusCase {
  id: CorpusId;
  /** The file name a user would see. */
  fileName: string;
  /** What the file is, for test names. */
  title: string;
  /** false: check exits 2 with one line on stderr; true: the workbook is read and checked (exit 0 or 1). */
  readable: boolean;
  /** For an unreadable file: what the one-line reason must say. */
  reason?: RegExp;
  /** The findings must be exactly the sample's (hidden sheets, Unicode oddities in headers). */
  sameFindingsAsSample?: boolean;
  build(): Promise<BuiltCase>;
}

export interface CorpusFile extends CorpusCase, Omit<BuiltCase, "bytes"> {
  path: string;
}

// ---------------------------------------------------------------------------------------------------------
// The sample, recognised once, to find the cells the damaged copies change.

let sampleTablesPromise: Promise<WorkbookTables> | undefined;

function sampleTables(): Promise<WorkbookTables> {
  sampleTablesPromise ??= sampleBuffer().then(async (bytes) => recognizeWorkbook(await gridFromXlsx(bytes, "sample.xlsx")));
  return sampleTablesPromise;
}

function publicTable(tables: WorkbookTables, kind: PublicKind): PublicTable {
  const table = tables.public[kind];
  if (!table) throw new Error(`样例中没有公开${kind}表`);
  return table;
}

function figureOf(tables: WorkbookTables, kind: PublicKind, rowKey: string, column: string): FigureCell {
  const cell = publicTable(tables, kind).rows.find((row) => row.key === rowKey)?.cells[column];
  if (!cell) throw new Error(`样例公开${kind}表中没有 ${rowKey} / ${column}`);
  return cell;
}

/** Every cell of a table that holds a non-zero figure in the sample. */
function filledFigures(table: PublicTable): FigureCell[] {
  return table.rows.flatMap((row) =>
    Object.values(row.cells).filter((cell): cell is FigureCell => cell?.state === "amount" && !cell.amount!.value.isZero())
  );
}

const keyOf = (cell: { sheet: string; address: string }) => `${cell.sheet}!${cell.address}`;

async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function cellOf(workbook: ExcelJS.Workbook, figure: { sheet: string; address: string }): ExcelJS.Cell {
  const worksheet = workbook.getWorksheet(figure.sheet);
  if (!worksheet) throw new Error(`没有工作表 ${figure.sheet}`);
  return worksheet.getCell(figure.address);
}

/** Gives a cell its own copy of its style before changing the format, so no other cell changes with it. */
function setNumFmt(cell: ExcelJS.Cell, numFmt: string): void {
  cell.style = { ...cell.style, numFmt };
}

// ---------------------------------------------------------------------------------------------------------
// Files that are not readable workbooks.

/**
 * A minimal OLE compound file (CFB version 3, 512-byte sectors): the header, one FAT sector and one directory
 * sector whose Root Entry holds the named, empty streams. With "EncryptionInfo" and "EncryptedPackage" it is what
 * Excel's "encrypt with password" writes around the package; with "Workbook" it is a legacy .xls.
 */
export function compoundFile(streamNames: string[]): Uint8Array {
  const SECTOR = 512;
  const FREE = 0xffffffff;
  const END_OF_CHAIN = 0xfffffffe;
  const FAT_SECTOR = 0xfffffffd;
  const bytes = Buffer.alloc(SECTOR * 3, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  bytes.writeUInt16LE(0x003e, 24); // minor version
  bytes.writeUInt16LE(0x0003, 26); // major version 3
  bytes.writeUInt16LE(0xfffe, 28); // little-endian byte order mark
  bytes.writeUInt16LE(9, 30); // 2^9 = 512-byte sectors
  bytes.writeUInt16LE(6, 32); // 2^6 = 64-byte mini sectors
  bytes.writeUInt32LE(1, 44); // one FAT sector
  bytes.writeUInt32LE(1, 48); // the directory starts at sector 1
  bytes.writeUInt32LE(0x1000, 56); // mini stream cutoff
  bytes.writeUInt32LE(END_OF_CHAIN, 60); // no mini FAT
  bytes.writeUInt32LE(END_OF_CHAIN, 68); // no DIFAT sectors
  bytes.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) bytes.writeUInt32LE(FREE, 76 + i * 4);

  const fat = SECTOR; // sector 0
  for (let i = 0; i < SECTOR / 4; i++) bytes.writeUInt32LE(FREE, fat + i * 4);
  bytes.writeUInt32LE(FAT_SECTOR, fat);
  bytes.writeUInt32LE(END_OF_CHAIN, fat + 4); // the directory is one sector long

  const directory = SECTOR * 2; // sector 1: four 128-byte entries
  const NO_STREAM = 0xffffffff;
  const entry = (index: number, name: string, type: number, child: number, right: number) => {
    const at = directory + index * 128;
    bytes.write(name, at, "utf16le");
    bytes.writeUInt16LE((name.length + 1) * 2, at + 64);
    bytes.writeUInt8(type, at + 66);
    bytes.writeUInt8(1, at + 67); // black
    bytes.writeUInt32LE(NO_STREAM, at + 68);
    bytes.writeUInt32LE(right, at + 72);
    bytes.writeUInt32LE(child, at + 76);
    bytes.writeUInt32LE(type === 5 ? END_OF_CHAIN : 0, at + 116); // empty streams
  };
  const names = streamNames.slice(0, 3);
  entry(0, "Root Entry", 5, names.length > 0 ? 1 : NO_STREAM, NO_STREAM);
  // The streams as a chain of right siblings: a valid (if unbalanced) tree for a reader that only lists names.
  names.forEach((name, i) => entry(i + 1, name, 2, NO_STREAM, i + 1 < names.length ? i + 2 : NO_STREAM));
  for (let i = names.length + 1; i < 4; i++) {
    const at = directory + i * 128;
    bytes.writeUInt32LE(NO_STREAM, at + 68);
    bytes.writeUInt32LE(NO_STREAM, at + 72);
    bytes.writeUInt32LE(NO_STREAM, at + 76);
  }
  return new Uint8Array(bytes);
}

async function notXlsxZip(): Promise<BuiltCase> {
  // A Word document renamed to .xlsx: a sound zip without the workbook part.
  return {
    bytes: zipSync({
      "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      "word/document.xml": strToU8("<w:document><w:body><w:p><w:r><w:t>情况说明</w:t></w:r></w:p></w:body></w:document>"),
    }),
  };
}

async function truncated(): Promise<BuiltCase> {
  // Cut off while copying: the first 60% of the sample.
  const bytes = await sampleBuffer();
  return { bytes: new Uint8Array(bytes.subarray(0, Math.floor(bytes.length * 0.6))) };
}

async function noWorksheet(): Promise<BuiltCase> {
  return { bytes: await toBytes(new ExcelJS.Workbook()) };
}

async function blankSheet(): Promise<BuiltCase> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Sheet1");
  const notes = workbook.addWorksheet("备注");
  notes.getCell("A1").value = "本工作簿用于整理 2024 年度部门决算资料，表格另行提供。";
  return { bytes: await toBytes(workbook) };
}

// ---------------------------------------------------------------------------------------------------------
// The sample, damaged in ways hand-edited workbooks are.

const ERROR_VALUES = ["#REF!", "#DIV/0!", "#N/A"];

/** Table 06 full of error values, and one in 03 (a leaf), 05 (合计) and a project sheet's score. */
async function errorValues(): Promise<BuiltCase> {
  const tables = await sampleTables();
  const workbook = buildSampleWorkbook();
  const damaged: FigureCell[] = [];
  filledFigures(publicTable(tables, "06")).forEach((figure, i) => {
    cellOf(workbook, figure).value = { error: ERROR_VALUES[i % ERROR_VALUES.length] } as ExcelJS.CellErrorValue;
    damaged.push(figure);
  });
  const singles: [FigureCell, string][] = [
    [figureOf(tables, "03", "2013101", "basic"), "#REF!"],
    [figureOf(tables, "05", "total", "total"), "#N/A"],
    [tables.perfProjects![0].indicators[0].score!, "#VALUE!"],
  ];
  for (const [figure, error] of singles) {
    cellOf(workbook, figure).value = { error } as ExcelJS.CellErrorValue;
    damaged.push(figure);
  }
  return {
    bytes: await toBytes(workbook),
    invalidCells: damaged.map(keyOf),
    changedSheets: [...new Set(damaged.map((f) => f.sheet))],
  };
}

/** Table 07's figures as words, odd numbers and a date; one text in 02, one in 01 and a number that is not one in 04. */
async function textAndDates(): Promise<BuiltCase> {
  const tables = await sampleTables();
  const workbook = buildSampleWorkbook();
  const damaged: FigureCell[] = [];
  const forms: ((cell: ExcelJS.Cell) => void)[] = [
    (cell) => (cell.value = "abc"),
    (cell) => (cell.value = "1,2.3"),
    (cell) => {
      // A date typed into the cell: Excel switches the cell to a date format.
      cell.value = new Date(Date.UTC(2024, 11, 31));
      setNumFmt(cell, "yyyy-mm-dd");
    },
    (cell) => (cell.value = "待定"),
  ];
  filledFigures(publicTable(tables, "07")).forEach((figure, i) => {
    forms[i % forms.length](cellOf(workbook, figure));
    damaged.push(figure);
  });
  const singles: [FigureCell, string][] = [
    [figureOf(tables, "01", "in.gpb", "amount"), "二千二百五十九"],
    [figureOf(tables, "02", "20131", "fiscal"), "见附表"],
    [figureOf(tables, "04", "out.201", "gpb"), "1837.28.5"],
  ];
  for (const [figure, text] of singles) {
    cellOf(workbook, figure).value = text;
    damaged.push(figure);
  }
  return {
    bytes: await toBytes(workbook),
    invalidCells: damaged.map(keyOf),
    changedSheets: [...new Set(damaged.map((f) => f.sheet))],
  };
}

/** A merge across two figures of one row (03: 基本支出 | 项目支出) and down two rows of 06. */
async function mergedFigures(): Promise<BuiltCase> {
  const tables = await sampleTables();
  const workbook = buildSampleWorkbook();
  const across = [figureOf(tables, "03", "201", "basic"), figureOf(tables, "03", "201", "project")];
  const down = [figureOf(tables, "06", "30101", "amount"), figureOf(tables, "06", "30102", "amount")];
  for (const [first, second] of [across, down]) {
    workbook.getWorksheet(first.sheet)!.mergeCells(`${first.address}:${second.address}`);
  }
  return {
    bytes: await toBytes(workbook),
    changedSheets: [across[0].sheet, down[0].sheet],
    notedCells: [keyOf(across[0]), keyOf(down[0])],
  };
}

/**
 * Totals typed as formulas. Some were never calculated (a file written by a program, not by Excel): no cached
 * result. Others carry their result, as Excel saves them, and read like any figure.
 */
async function formulasWithoutResults(): Promise<BuiltCase> {
  const tables = await sampleTables();
  const workbook = buildSampleWorkbook();
  const sumOf = (cells: FigureCell[]) => `SUM(${cells.map((c) => c.address).join(",")})`;
  const t03 = publicTable(tables, "03");
  const classTotals = t03.rows.filter((row) => row.code?.length === 3).map((row) => row.cells.total!);
  const withoutResult: FigureCell[] = [figureOf(tables, "03", "total", "total"), figureOf(tables, "05", "201", "total")];
  cellOf(workbook, withoutResult[0]).value = { formula: sumOf(classTotals) } as ExcelJS.CellFormulaValue;
  const t05Class = [figureOf(tables, "05", "201", "basic"), figureOf(tables, "05", "201", "project")];
  cellOf(workbook, withoutResult[1]).value = { formula: sumOf(t05Class) } as ExcelJS.CellFormulaValue;
  const project = tables.perfProjects![0];
  const scores = project.indicators.map((indicator) => indicator.score).filter((c): c is FigureCell => !!c);
  withoutResult.push(project.subtotal!);
  cellOf(workbook, project.subtotal!).value = { formula: sumOf(scores) } as ExcelJS.CellFormulaValue;

  // With their results, as Excel saves them: 01 本年收入合计 and 06 人员经费合计.
  const t01Total = figureOf(tables, "01", "in.total", "amount");
  const t01Parts = ["in.gpb", "in.gov", "in.soe", "in.superior", "in.business", "in.operating", "in.affiliated", "in.other"].map((key) =>
    figureOf(tables, "01", key, "amount")
  );
  cellOf(workbook, t01Total).value = { formula: sumOf(t01Parts), result: resultOf(t01Total) } as ExcelJS.CellFormulaValue;
  const personnel = figureOf(tables, "06", "personnelTotal", "amount");
  const personnelParts = [figureOf(tables, "06", "301", "amount"), figureOf(tables, "06", "303", "amount")];
  cellOf(workbook, personnel).value = { formula: sumOf(personnelParts), result: resultOf(personnel) } as ExcelJS.CellFormulaValue;

  return {
    bytes: await toBytes(workbook),
    invalidCells: withoutResult.map(keyOf),
    changedSheets: [...new Set(withoutResult.map((f) => f.sheet))],
  };
}

/**
 * Blank figure cells holding a formula whose result is the empty string (=IF(SUM(…)=0,"",SUM(…)), common in
 * templates), saved as Excel saves them: <v></v>. They show blank, so they are blanks, not formulas without results.
 */
async function formulasShowingBlank(): Promise<BuiltCase> {
  const tables = await sampleTables();
  const workbook = buildSampleWorkbook();
  const blanks = (["01", "02", "03", "04", "05", "06", "07"] as const)
    .flatMap((kind) => publicTable(tables, kind).rows.flatMap((row) => Object.values(row.cells)))
    .filter((cell): cell is FigureCell => !!cell && cell.state === "blank");
  const chosen = blanks.filter((_, index) => index % 7 === 0).slice(0, 8);
  if (chosen.length < 3) throw new Error("样例中空白数字单元格不足");
  for (const cell of chosen) {
    cellOf(workbook, cell).value = { formula: 'IF(1=1,"","-")', result: "" } as ExcelJS.CellFormulaValue;
  }
  return { bytes: await toBytes(workbook), changedSheets: [...new Set(chosen.map((c) => c.sheet))] };
}

/** The figure the sample shows, as the number a file stores (the one place a Decimal becomes a double). */
function resultOf(figure: FigureCell): number {
  return Number(figure.amount!.value.toString());
}

/** 02 and 情况说明 hidden, 06 and one project sheet very hidden: all must still be checked. */
async function hiddenSheets(): Promise<BuiltCase> {
  const tables = await sampleTables();
  const workbook = buildSampleWorkbook();
  workbook.getWorksheet(publicTable(tables, "02").sheet)!.state = "hidden";
  workbook.getWorksheet(publicTable(tables, "06").sheet)!.state = "veryHidden";
  workbook.getWorksheet(tables.perfProjects![2].sheet)!.state = "veryHidden";
  workbook.getWorksheet(tables.narrative!.sheet)!.state = "hidden";
  return { bytes: await toBytes(workbook) };
}

/** Table 03 copied, as it stands, onto a second sheet at the end of the workbook. */
async function repeatedTable(): Promise<BuiltCase> {
  const tables = await sampleTables();
  const workbook = buildSampleWorkbook();
  const source = workbook.getWorksheet(publicTable(tables, "03").sheet)!;
  const copy = workbook.addWorksheet(`${source.name}（副本）`);
  const model = source.model as ExcelJS.WorksheetModel & { merges: string[] };
  copy.model = { ...model, name: copy.name, mergeCells: model.merges } as ExcelJS.WorksheetModel;
  return { bytes: await toBytes(workbook) };
}

// ---------------------------------------------------------------------------------------------------------
// A 10,000-row table 03.

/** A small deterministic generator (a linear congruential one), so the long table is the same every run. */
function* cents(seed: number): Generator<Decimal> {
  let state = seed;
  for (;;) {
    state = (state * 1103515245 + 12345) % 2147483648;
    // 0.01 … 99.99 万元
    yield new Decimal((state % 9999) + 1).dividedBy(100);
  }
}

interface LongRow {
  code: string;
  name: string;
  basic: Decimal;
  project: Decimal;
}

const LONG_CLASSES: [string, string][] = [
  ["201", "一般公共服务支出"],
  ["205", "教育支出"],
  ["208", "社会保障和就业支出"],
  ["210", "卫生健康支出"],
  ["213", "农林水支出"],
];

/** 5 类 × 20 款 × 99 项: 10,005 coded rows (and 合计) whose 款, 类 and 合计 are the exact sums of their parts. */
export function longTable03Rows(): { total: LongRow; rows: LongRow[] } {
  const amounts = cents(20240531);
  const zero = new Decimal(0);
  const rows: LongRow[] = [];
  const total: LongRow = { code: "", name: "合计", basic: zero, project: zero };
  for (const [classCode, className] of LONG_CLASSES) {
    const classRow: LongRow = { code: classCode, name: className, basic: zero, project: zero };
    rows.push(classRow);
    for (let k = 1; k <= 20; k++) {
      const sectionCode = `${classCode}${String(k).padStart(2, "0")}`;
      const sectionRow: LongRow = { code: sectionCode, name: `第${k}款事务`, basic: zero, project: zero };
      rows.push(sectionRow);
      for (let x = 1; x <= 99; x++) {
        // Every third item has project spending only, every seventh both, the rest basic only.
        const basic = x % 3 === 0 ? zero : amounts.next().value;
        const project = x % 3 === 0 || x % 7 === 0 ? amounts.next().value : zero;
        rows.push({ code: `${sectionCode}${String(x).padStart(2, "0")}`, name: `第${k}款第${x}项业务`, basic, project });
        sectionRow.basic = sectionRow.basic.plus(basic);
        sectionRow.project = sectionRow.project.plus(project);
      }
      classRow.basic = classRow.basic.plus(sectionRow.basic);
      classRow.project = classRow.project.plus(sectionRow.project);
    }
    total.basic = total.basic.plus(classRow.basic);
    total.project = total.project.plus(classRow.project);
  }
  return { total, rows };
}

/** Table 03 laid out as the sample lays it out (title, marker, 部门 line, two header rows, 栏次), 10,006 rows long. */
async function long03(): Promise<BuiltCase> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("03支出决算表");
  const headers = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"];
  [16, 32, 14, 14, 14, 14, 14, 16].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.getCell("A1").value = "支出决算表";
  sheet.mergeCells("A1:H1");
  sheet.getCell("H2").value = "公开03表";
  sheet.getCell("A3").value = "部门：长表测试单位";
  sheet.getCell("D3").value = "2024年度";
  sheet.getCell("H3").value = "金额单位：万元";
  sheet.getCell("A4").value = "项目";
  sheet.mergeCells("A4:B4");
  headers.forEach((header, i) => {
    sheet.getCell(4, i + 3).value = header;
    sheet.mergeCells(4, i + 3, 5, i + 3);
  });
  sheet.getCell("A5").value = "功能分类科目编码";
  sheet.getCell("B5").value = "科目名称";
  sheet.getCell("A6").value = "栏次";
  sheet.mergeCells("A6:B6");
  headers.forEach((_, i) => (sheet.getCell(6, i + 3).value = i + 1));

  const { total, rows } = longTable03Rows();
  const writeFigures = (rowNumber: number, row: LongRow) => {
    const figures = [row.basic.plus(row.project), row.basic, row.project];
    figures.forEach((figure, i) => {
      if (figure.isZero()) return;
      const cell = sheet.getCell(rowNumber, i + 3);
      cell.value = Number(figure.toFixed(2)); // files hold doubles; the figure has two decimals exactly
      cell.numFmt = "#,##0.00";
    });
  };
  sheet.getCell("A7").value = "合计";
  sheet.mergeCells("A7:B7");
  writeFigures(7, total);
  rows.forEach((row, i) => {
    const rowNumber = 8 + i;
    sheet.getCell(rowNumber, 1).value = row.code;
    sheet.getCell(rowNumber, 2).value = row.name;
    writeFigures(rowNumber, row);
  });
  const noteRow = 8 + rows.length;
  sheet.getCell(noteRow, 1).value = "注：本表反映部门本年度各项支出情况。";
  return { bytes: await toBytes(workbook) };
}

// ---------------------------------------------------------------------------------------------------------
// Unicode oddities in the headers.

const FULL_WIDTH_DIGITS = "０１２３４５６７８９";

/** The header word with an oddity worked in, a different one by turn; the visible text stays the same. */
function oddHeader(text: string, turn: number): string {
  const chars = Array.from(text);
  const middle = Math.max(1, Math.floor(chars.length / 2));
  switch (turn % 4) {
    case 0:
      return [...chars.slice(0, middle), "\u3000", ...chars.slice(middle)].join(""); // full-width space
    case 1:
      return [...chars.slice(0, middle), "\u200B", ...chars.slice(middle)].join(""); // zero-width space
    case 2:
      return `\u00A0${text}\u00A0`; // no-break spaces around
    default:
      return `${text}\u3000\u200B`;
  }
}

/**
 * Every heading and header cell of the 公开 tables (the rows above the first row of figures: title, 公开0N表 marker,
 * 部门 line, column headers, 栏次) with a full-width space, a zero-width space or no-break spaces worked in; the
 * marker's and the 栏次 row's digits full-width.
 */
async function unicodeHeaders(): Promise<BuiltCase> {
  const tables = await sampleTables();
  const workbook = buildSampleWorkbook();
  const fullWidth = (text: string) => text.replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)]);
  let turn = 0;
  for (const table of Object.values(tables.public)) {
    if (!table) continue;
    const worksheet = workbook.getWorksheet(table.sheet)!;
    const firstFigureRow = Math.min(...table.rows.map((row) => row.row));
    for (let r = parseAddress(table.range.split(":")[0]).row; r < firstFigureRow; r++) {
      worksheet.getRow(r).eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        if (typeof cell.value === "number") cell.value = fullWidth(String(cell.value));
        else if (typeof cell.value === "string") {
          cell.value = /^公开\d+表$/.test(cell.value) ? fullWidth(cell.value) : oddHeader(cell.value, turn++);
        }
      });
    }
  }
  return { bytes: await toBytes(workbook) };
}

// ---------------------------------------------------------------------------------------------------------
// The sample before its totals are typed.

/** The sample with every derived cell that holds a non-zero figure emptied: what fill is for. */
async function derivedBlank(): Promise<BuiltCase> {
  const grid = await gridFromXlsx(await sampleBuffer(), "sample.xlsx");
  const derived: FigureCell[] = [];
  runRules(recognizeWorkbook(grid), undefined, undefined, (cell) => {
    if (cell.state === "amount" && !cell.amount!.value.isZero()) derived.push(cell);
  });
  const workbook = buildSampleWorkbook();
  for (const cell of derived) cellOf(workbook, cell).value = null;
  return { bytes: await toBytes(workbook), changedSheets: [...new Set(derived.map((c) => c.sheet))] };
}

// ---------------------------------------------------------------------------------------------------------

export const CORPUS: CorpusCase[] = [
  {
    id: "sample",
    fileName: "样例.xlsx",
    title: "the sample itself",
    readable: true,
    build: async () => ({ bytes: new Uint8Array(await sampleBuffer()) }),
  },
  {
    id: "not-xlsx-text",
    fileName: "收入支出决算总表.xlsx",
    title: "a CSV text file named .xlsx",
    readable: false,
    reason: /不是有效的 Excel 工作簿/,
    build: async () => ({ bytes: new Uint8Array(Buffer.from("科目编码,科目名称,合计\n201,一般公共服务支出,1837.28\n", "utf8")) }),
  },
  {
    id: "not-xlsx-zip",
    fileName: "情况说明.xlsx",
    title: "a Word document named .xlsx",
    readable: false,
    reason: /不是有效的 Excel 工作簿/,
    build: notXlsxZip,
  },
  {
    id: "empty-file",
    fileName: "空文件.xlsx",
    title: "an empty file",
    readable: false,
    reason: /空/,
    build: async () => ({ bytes: new Uint8Array(0) }),
  },
  {
    id: "truncated",
    fileName: "未下载完.xlsx",
    title: "a truncated workbook",
    readable: false,
    reason: /损坏|不完整/,
    build: truncated,
  },
  {
    id: "encrypted",
    fileName: "加密.xlsx",
    title: "a password-encrypted workbook",
    readable: false,
    reason: /加密/,
    build: async () => ({ bytes: compoundFile(["EncryptionInfo", "EncryptedPackage"]) }),
  },
  {
    id: "legacy-xls",
    fileName: "旧格式.xlsx",
    title: "a legacy .xls named .xlsx",
    readable: false,
    reason: /\.xls/,
    build: async () => ({ bytes: compoundFile(["Workbook"]) }),
  },
  {
    id: "no-worksheet",
    fileName: "无工作表.xlsx",
    title: "a workbook without worksheets",
    readable: false,
    reason: /没有工作表/,
    build: noWorksheet,
  },
  {
    id: "blank-sheet",
    fileName: "空白工作簿.xlsx",
    title: "a workbook with a blank sheet and a note",
    readable: false,
    reason: /没有可识别的决算表/,
    build: blankSheet,
  },
  {
    id: "error-values",
    fileName: "错误值.xlsx",
    title: "the sample with #REF!, #DIV/0!, #N/A in amount cells",
    readable: true,
    build: errorValues,
  },
  {
    id: "text-and-dates",
    fileName: "文字和日期.xlsx",
    title: "the sample with text and dates in amount cells",
    readable: true,
    build: textAndDates,
  },
  {
    id: "merged-figures",
    fileName: "合并单元格.xlsx",
    title: "the sample with merges over two figure cells",
    readable: true,
    build: mergedFigures,
  },
  {
    id: "formulas-without-results",
    fileName: "公式.xlsx",
    title: "the sample with formula totals, some without cached results",
    readable: true,
    build: formulasWithoutResults,
  },
  {
    id: "formulas-showing-blank",
    fileName: "公式空白.xlsx",
    title: "the sample with formulas showing blank (cached empty string) in blank figure cells",
    readable: true,
    sameFindingsAsSample: true,
    build: formulasShowingBlank,
  },
  {
    id: "hidden-sheets",
    fileName: "隐藏工作表.xlsx",
    title: "the sample with hidden and very hidden sheets",
    readable: true,
    sameFindingsAsSample: true,
    build: hiddenSheets,
  },
  {
    id: "repeated-table",
    fileName: "重复表.xlsx",
    title: "the sample with table 03 repeated on a second sheet",
    readable: true,
    build: repeatedTable,
  },
  {
    id: "long-03",
    fileName: "万行支出表.xlsx",
    title: "a 10,000-row table 03 that adds up",
    readable: true,
    build: long03,
  },
  {
    id: "unicode-headers",
    fileName: "特殊字符表头.xlsx",
    title: "the sample with full-width, zero-width and no-break spaces in headers, full-width 栏次 digits",
    readable: true,
    sameFindingsAsSample: true,
    build: unicodeHeaders,
  },
  {
    id: "derived-blank",
    fileName: "待填写.xlsx",
    title: "the sample with every derived cell blank",
    readable: true,
    build: derivedBlank,
  },
];

export function corpusCase(id: CorpusId): CorpusCase {
  const found = CORPUS.find((c) => c.id === id);
  if (!found) throw new Error(`语料中没有 ${id}`);
  return found;
}

/** Writes the chosen cases (all by default) into dir and returns them with their paths and damage lists. */
export async function writeCorpus(dir: string, cases: CorpusCase[] = CORPUS): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  for (const corpusCase of cases) {
    const { bytes, ...built } = await corpusCase.build();
    const filePath = path.join(dir, corpusCase.fileName);
    fs.writeFileSync(filePath, bytes);
    files.push({ ...corpusCase, ...built, path: filePath });
  }
  return files;
}
