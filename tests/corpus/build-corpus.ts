// The bad-input corpus: workbooks an accountant's machine really produces (and files that only pretend to be
// workbooks), generated at test time into a temporary folder, never committed. Each case says what `juesuan check`
// must do with it; corpus.test.ts and fidelity.test.ts hold the assertions. The writers' variants at the end (the
// sample as other programs save it, with comments, a chart, a pivot cache…) are built by writing the parts directly;
// writers.test.ts holds theirs.
//
// The damaged workbooks start from the sample builder and change it through exceljs, as Excel would save them.
// Which cells to damage is found by recognising the sample, by row and column key, never by a fixed address.
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { Decimal } from "../../src/engine/decimal";
import { runRules } from "../../src/engine/index";
import { parseAddress } from "../../src/engine/grid";
import { recognizeWorkbook } from "../../src/engine/recognize";
import { WorkbookTables } from "../../src/engine/rule";
import { FigureCell, PublicKind, PublicTable } from "../../src/engine/tables";
import { gridFromXlsx } from "../../src/xlsx/read";
import { readSharedStrings } from "../../src/xlsx/fast/parts";
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

// ---------------------------------------------------------------------------------------------------------
// Writers' variants: the sample as Excel, openpyxl, WPS and the finance systems' exporters save it, each written part
// by part (never through exceljs, which cannot write most of them). None changes a cell's value: each must check
// exactly as the sample does, and fill must leave every part it has no reason to touch byte for byte.

export type WriterVariantId =
  | "comments-excel"
  | "comments-openpyxl"
  | "chart"
  | "image"
  | "data-validation"
  | "conditional-formats"
  | "defined-names"
  | "pivot-cache"
  | "inline-strings"
  | "shared-formulas"
  | "dimension-missing-or-wrong"
  | "rows-out-of-order"
  | "stray-far-cell";

export interface WriterVariant {
  id: WriterVariantId;
  fileName: string;
  title: string;
  /** The parts it adds (or that hold what it adds): fill must copy them unchanged. */
  addedParts: string[];
  change(parts: PackageParts): void;
}

/** A package's parts by name, as text where the test reads or writes them. */
export class PackageParts {
  readonly files: Record<string, Uint8Array>;

  constructor(bytes: Uint8Array) {
    this.files = unzipSync(bytes);
  }

  text(name: string): string {
    const bytes = this.files[name];
    if (!bytes) throw new Error(`the package has no ${name}`);
    return strFromU8(bytes);
  }

  set(name: string, content: string | Uint8Array): void {
    this.files[name] = typeof content === "string" ? strToU8(content) : content;
  }

  edit(name: string, change: (xml: string) => string): void {
    const before = this.text(name);
    const after = change(before);
    if (after === before) throw new Error(`nothing changed in ${name}`);
    this.set(name, after);
  }

  /** The worksheet part of a sheet, through the workbook's relationships. */
  sheetPart(sheetName: string): string {
    const workbook = this.text("xl/workbook.xml");
    const sheet = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(workbook);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const target = new RegExp(`Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(this.text("xl/_rels/workbook.xml.rels"));
    return `xl/${target![1].replace(/^\/?xl\//, "")}`;
  }

  /** The worksheet part of the sheet whose name starts with a table's number ("01", "03"…). */
  tableSheetPart(prefix: string): string {
    const name = new RegExp(`<sheet [^>]*name="(${prefix}[^"]*)"`).exec(this.text("xl/workbook.xml"));
    if (!name) throw new Error(`no sheet named ${prefix}…`);
    return this.sheetPart(name[1]);
  }

  /** Adds a relationship to a part's relationships part (made if missing). */
  relate(source: string, id: string, type: string, target: string): void {
    const folder = source.slice(0, source.lastIndexOf("/") + 1);
    const rels = `${folder}_rels/${source.slice(folder.length)}.rels`;
    const relationship = `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
    if (this.files[rels]) this.edit(rels, (xml) => xml.replace("</Relationships>", `${relationship}</Relationships>`));
    else this.set(rels, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationship}</Relationships>`);
  }

  contentType(partName: string, type: string): void {
    this.edit("[Content_Types].xml", (xml) => xml.replace("</Types>", `<Override PartName="/${partName}" ContentType="${type}"/></Types>`));
  }

  defaultType(extension: string, type: string): void {
    this.edit("[Content_Types].xml", (xml) =>
      xml.includes(`Extension="${extension}"`) ? xml + " " : xml.replace("<Default ", `<Default Extension="${extension}" ContentType="${type}"/><Default `)
    );
  }

  bytes(): Uint8Array {
    return zipSync(this.files);
  }
}

/** Puts an element where CT_Worksheet orders it: before the first of the elements that must follow it. */
function insertBefore(xml: string, followers: string[], element: string): string {
  let at = xml.indexOf("</worksheet>");
  for (const follower of followers) {
    const found = xml.indexOf(`<${follower}`);
    if (found >= 0 && found < at) at = found;
  }
  return xml.slice(0, at) + element + xml.slice(at);
}

const AFTER_VALIDATIONS = ["hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "drawing", "legacyDrawing", "tableParts", "extLst"];
const AFTER_CONDITIONAL_FORMATS = ["dataValidations", ...AFTER_VALIDATIONS];
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "picture", "oleObjects", "controls", "tableParts", "extLst"];
const AFTER_LEGACY_DRAWING = ["legacyDrawingHF", "picture", "oleObjects", "controls", "tableParts", "extLst"];

const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** A 批注 on a cell, as Excel and openpyxl write it: the comments part and the VML shape that shows it. */
function comments(author: string, ref: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>${author}</author></authors><commentList><comment ref="${ref}" authorId="0"><text><r><rPr><b/><sz val="9"/><rFont val="宋体"/></rPr><t>${author}:</t></r><r><rPr><sz val="9"/><rFont val="宋体"/></rPr><t xml:space="preserve">
请核对此数与决算报表一致。</t></r></text></comment></commentList></comments>`;
}

function commentShape(row: number, col: number): string {
  return `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>
<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>2, 15, 0, 2, 4, 15, 4, 2</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row - 1}</x:Row><x:Column>${col - 1}</x:Column></x:ClientData></v:shape></xml>`;
}

const ANCHOR = (from: [number, number], to: [number, number]) =>
  `<xdr:from><xdr:col>${from[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
  `<xdr:to><xdr:col>${to[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`;

const DRAWING = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">${body}</xdr:wsDr>`;

function chartPart(sheetName: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>'${sheetName}'!$A$7:$A$12</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'${sheetName}'!$C$7:$C$12</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
}

/** A 1×1 PNG. */
const PNG = Uint8Array.from(Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082", "hex"));

function sheetNameOfPart(parts: PackageParts, part: string): string {
  const rels = parts.text("xl/_rels/workbook.xml.rels");
  const id = new RegExp(`Id="([^"]+)"[^>]*Target="/?(xl/)?${part.replace(/^xl\//, "")}"`).exec(rels)![1];
  return new RegExp(`<sheet [^>]*name="([^"]+)"[^>]*r:id="${id}"`).exec(parts.text("xl/workbook.xml"))![1];
}

/** The shared strings, each as the text the cell shows. */
function sharedTexts(parts: PackageParts): string[] {
  return readSharedStrings(parts.text("xl/sharedStrings.xml"));
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export const WRITER_VARIANTS: WriterVariant[] = [
  {
    id: "comments-excel",
    fileName: "批注（Excel）.xlsx",
    title: "a 批注 on a figure, in Excel's part names (xl/comments1.xml, vmlDrawing1.vml)",
    addedParts: ["xl/comments1.xml", "xl/drawings/vmlDrawing1.vml"],
    change(parts) {
      const sheet = parts.tableSheetPart("03");
      parts.set("xl/comments1.xml", comments("会计", "C7"));
      parts.set("xl/drawings/vmlDrawing1.vml", commentShape(7, 3));
      parts.relate(sheet, "rIdC1", "vmlDrawing", "../drawings/vmlDrawing1.vml");
      parts.relate(sheet, "rIdC2", "comments", "../comments1.xml");
      parts.edit(sheet, (xml) => insertBefore(xml, AFTER_LEGACY_DRAWING, '<legacyDrawing r:id="rIdC1"/>'));
      parts.contentType("xl/comments1.xml", COMMENTS_TYPE);
      parts.defaultType("vml", VML_TYPE);
    },
  },
  {
    id: "comments-openpyxl",
    fileName: "批注（openpyxl）.xlsx",
    title: "a 批注 in openpyxl's part names (xl/comments/comment1.xml, commentsDrawing1.vml, absolute targets)",
    addedParts: ["xl/comments/comment1.xml", "xl/drawings/commentsDrawing1.vml"],
    change(parts) {
      const sheet = parts.tableSheetPart("01");
      parts.set("xl/comments/comment1.xml", comments("openpyxl", "C7"));
      parts.set("xl/drawings/commentsDrawing1.vml", commentShape(7, 3));
      parts.relate(sheet, "comments", "comments", "/xl/comments/comment1.xml");
      parts.relate(sheet, "anysvml", "vmlDrawing", "/xl/drawings/commentsDrawing1.vml");
      parts.edit(sheet, (xml) => insertBefore(xml, AFTER_LEGACY_DRAWING, '<legacyDrawing r:id="anysvml"/>'));
      parts.contentType("xl/comments/comment1.xml", COMMENTS_TYPE);
      parts.defaultType("vml", VML_TYPE);
    },
  },
  {
    id: "chart",
    fileName: "图表.xlsx",
    title: "a small chart of table 03's figures (DrawingML drawing and chart parts)",
    addedParts: ["xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/charts/chart1.xml"],
    change(parts) {
      const sheet = parts.tableSheetPart("03");
      const frame =
        `<xdr:twoCellAnchor>${ANCHOR([9, 2], [16, 18])}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
      parts.set("xl/drawings/drawing1.xml", DRAWING(frame));
      parts.relate("xl/drawings/drawing1.xml", "rId1", "chart", "../charts/chart1.xml");
      parts.set("xl/charts/chart1.xml", chartPart(sheetNameOfPart(parts, sheet)));
      parts.relate(sheet, "rIdD1", "drawing", "../drawings/drawing1.xml");
      parts.edit(sheet, (xml) => insertBefore(xml, AFTER_DRAWING, '<drawing r:id="rIdD1"/>'));
      parts.contentType("xl/drawings/drawing1.xml", DRAWING_TYPE);
      parts.contentType("xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    },
  },
  {
    id: "image",
    fileName: "图片.xlsx",
    title: "an image (a seal) on table 01 (xl/media/image1.png through a drawing)",
    addedParts: ["xl/media/image1.png", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels"],
    change(parts) {
      const sheet = parts.tableSheetPart("01");
      const picture =
        `<xdr:twoCellAnchor editAs="oneCell">${ANCHOR([4, 1], [5, 3])}<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="图片 1"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
        `<xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="9525" cy="9525"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor>`;
      parts.set("xl/media/image1.png", PNG);
      parts.set("xl/drawings/drawing1.xml", DRAWING(picture));
      parts.relate("xl/drawings/drawing1.xml", "rId1", "image", "../media/image1.png");
      parts.relate(sheet, "rIdD1", "drawing", "../drawings/drawing1.xml");
      parts.edit(sheet, (xml) => insertBefore(xml, AFTER_DRAWING, '<drawing r:id="rIdD1"/>'));
      parts.contentType("xl/drawings/drawing1.xml", DRAWING_TYPE);
      parts.defaultType("png", "image/png");
    },
  },
  {
    id: "data-validation",
    fileName: "数据验证.xlsx",
    title: "data validation on table 04's figure columns",
    addedParts: [],
    change(parts) {
      parts.edit(parts.tableSheetPart("04"), (xml) =>
        insertBefore(
          xml,
          AFTER_VALIDATIONS,
          '<dataValidations count="2"><dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="1" showErrorMessage="1" error="金额不能为负" sqref="C7:C41 F7:I41"><formula1>0</formula1></dataValidation>' +
            '<dataValidation type="list" allowBlank="1" sqref="XFD1"><formula1>"是,否"</formula1></dataValidation></dataValidations>'
        )
      );
    },
  },
  {
    id: "conditional-formats",
    fileName: "条件格式.xlsx",
    title: "conditional formats on table 05 (a classic rule and an x14 extension)",
    addedParts: [],
    change(parts) {
      parts.edit(parts.tableSheetPart("05"), (xml) =>
        insertBefore(
          xml,
          AFTER_CONDITIONAL_FORMATS,
          '<conditionalFormatting sqref="C7:C30"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>'
        ).replace(
          "</worksheet>",
          '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="{00000000-0000-0000-0000-000000000001}"><x14:dataBar minLength="0" maxLength="100"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/></x14:dataBar></x14:cfRule><xm:sqref>C7:C30</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst></worksheet>'
        )
      );
      // The rule's format (dxf 0): red text. The sample's styles hold an empty <dxfs count="0"/>.
      parts.edit("xl/styles.xml", (xml) => xml.replace(/<dxfs count="0"\/>/, '<dxfs count="1"><dxf><font><color rgb="FFFF0000"/></font></dxf></dxfs>'));
    },
  },
  {
    id: "defined-names",
    fileName: "名称.xlsx",
    title: "defined names: a print area, a range, a constant and a hidden filter database",
    addedParts: [],
    change(parts) {
      const first = sheetNameOfPart(parts, parts.tableSheetPart("01"));
      parts.edit("xl/workbook.xml", (xml) =>
        xml.replace(
          "</sheets>",
          `</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'${first}'!$A$1:$F$39</definedName>` +
            `<definedName name="_xlnm._FilterDatabase" localSheetId="2" hidden="1">'03支出决算表'!$A$5:$H$30</definedName>` +
            `<definedName name="收入合计">'${first}'!$C$7</definedName><definedName name="税率">0.13</definedName></definedNames>`
        )
      );
    },
  },
  {
    id: "pivot-cache",
    fileName: "数据透视表.xlsx",
    title: "a pivot table on table 03 with its pivot cache definition and records",
    addedParts: ["xl/pivotCache/pivotCacheDefinition1.xml", "xl/pivotCache/pivotCacheRecords1.xml", "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels", "xl/pivotTables/pivotTable1.xml", "xl/pivotTables/_rels/pivotTable1.xml.rels"],
    change(parts) {
      const source = sheetNameOfPart(parts, parts.tableSheetPart("03"));
      const host = parts.tableSheetPart("07");
      parts.set(
        "xl/pivotCache/pivotCacheDefinition1.xml",
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1" refreshOnLoad="1" recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="A6:C8" sheet="${source}"/></cacheSource><cacheFields count="2"><cacheField name="科目名称" numFmtId="0"><sharedItems count="2"><s v="一般公共服务支出"/><s v="社会保障和就业支出"/></sharedItems></cacheField><cacheField name="本年支出合计" numFmtId="4"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="0" maxValue="99999"/></cacheField></cacheFields></pivotCacheDefinition>`
      );
      parts.set(
        "xl/pivotCache/pivotCacheRecords1.xml",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2"><r><x v="0"/><n v="1"/></r><r><x v="1"/><n v="2"/></r></pivotCacheRecords>'
      );
      parts.relate("xl/pivotCache/pivotCacheDefinition1.xml", "rId1", "pivotCacheRecords", "pivotCacheRecords1.xml");
      parts.set(
        "xl/pivotTables/pivotTable1.xml",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="数据透视表1" cacheId="1" dataCaption="值" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" updatedVersion="6" createdVersion="6"><location ref="XFA1:XFB3" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><dataFields count="1"><dataField name="求和项:本年支出合计" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>'
      );
      parts.relate("xl/pivotTables/pivotTable1.xml", "rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml");
      parts.relate(host, "rIdP1", "pivotTable", "../pivotTables/pivotTable1.xml");
      parts.relate("xl/workbook.xml", "rIdPC1", "pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml");
      parts.edit("xl/workbook.xml", (xml) => xml.replace("</workbook>", '<pivotCaches><pivotCache cacheId="1" r:id="rIdPC1"/></pivotCaches></workbook>'));
      parts.contentType("xl/pivotCache/pivotCacheDefinition1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml");
      parts.contentType("xl/pivotCache/pivotCacheRecords1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml");
      parts.contentType("xl/pivotTables/pivotTable1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml");
    },
  },
  {
    id: "inline-strings",
    fileName: "内联字符串.xlsx",
    title: "every text as an inline string (t=\"inlineStr\"), as many exporters write it, without a shared strings part",
    addedParts: [],
    change(parts) {
      const texts = sharedTexts(parts);
      for (const name of Object.keys(parts.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
        parts.edit(name, (xml) =>
          xml.replace(/<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_all, before: string, after: string, index: string) =>
            `<c ${before}t="inlineStr"${after}><is><t xml:space="preserve">${escapeXml(texts[Number(index)])}</t></is></c>`
          )
        );
      }
      delete parts.files["xl/sharedStrings.xml"];
      parts.edit("xl/_rels/workbook.xml.rels", (xml) => xml.replace(/<Relationship [^>]*relationships\/sharedStrings"[^>]*\/>/, ""));
      parts.edit("[Content_Types].xml", (xml) => xml.replace(/<Override PartName="\/xl\/sharedStrings.xml"[^>]*\/>/, ""));
    },
  },
  {
    id: "shared-formulas",
    fileName: "共享公式.xlsx",
    title: "table 05's 基本支出 figures as shared formulas with their cached results (one master, its followers)",
    addedParts: [],
    change(parts) {
      // Column D's figures (基本支出) become one shared formula, =ROUND(Dn*1,2) moved down the column; the cached
      // results are the very figures, so what the cells show stays as it was.
      parts.edit(parts.tableSheetPart("05"), (xml) => {
        let master = false;
        return xml.replace(/<c r="D(\d+)"([^>]*?)><v>([^<]+)<\/v><\/c>/g, (all, row: string, attributes: string, value: string) => {
          if (Number(row) < 7 || /t="/.test(attributes)) return all;
          if (!master) {
            master = true;
            return `<c r="D${row}"${attributes}><f t="shared" ref="D${row}:D30" si="0">ROUND(D${row}*1,2)</f><v>${value}</v></c>`;
          }
          return `<c r="D${row}"${attributes}><f t="shared" si="0"/><v>${value}</v></c>`;
        });
      });
    },
  },
  {
    id: "dimension-missing-or-wrong",
    fileName: "维度缺失.xlsx",
    title: "<dimension> missing on table 01 and wrong (A1) on table 02",
    addedParts: [],
    change(parts) {
      parts.edit(parts.tableSheetPart("01"), (xml) => xml.replace(/<dimension [^>]*\/>/, ""));
      parts.edit(parts.tableSheetPart("02"), (xml) => xml.replace(/<dimension [^>]*\/>/, '<dimension ref="A1"/>'));
    },
  },
  {
    id: "rows-out-of-order",
    fileName: "行序颠倒.xlsx",
    title: "table 03's rows written last to first, each row's cells right to left",
    addedParts: [],
    change(parts) {
      parts.edit(parts.tableSheetPart("03"), (xml) => {
        const start = xml.indexOf("<sheetData>") + "<sheetData>".length;
        const end = xml.indexOf("</sheetData>");
        const rows = xml.slice(start, end).match(/<row [^>]*\/>|<row [^>]*>[\s\S]*?<\/row>/g)!;
        const reversed = rows.reverse().map((row) => {
          const open = /^<row [^>]*>/.exec(row)![0];
          if (open.endsWith("/>")) return row;
          const cells = row.slice(open.length, -"</row>".length).match(/<c [^>]*\/>|<c [^>]*>[\s\S]*?<\/c>/g) ?? [];
          return open + cells.reverse().join("") + "</row>";
        });
        return xml.slice(0, start) + reversed.join("") + xml.slice(end);
      });
    },
  },
  {
    id: "stray-far-cell",
    fileName: "远端单元格.xlsx",
    title: "a stray space typed into XFD1048576 (a slip of Ctrl+End)",
    addedParts: [],
    change(parts) {
      parts.edit(parts.tableSheetPart("01"), (xml) =>
        xml.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t xml:space="preserve"> </t></is></c></row></sheetData>').replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
      );
    },
  },
];

/** The sample (or any workbook built like it) saved as a writer's variant. */
export function writerVariant(variant: WriterVariant, bytes: Uint8Array): Uint8Array {
  const parts = new PackageParts(bytes);
  variant.change(parts);
  return parts.bytes();
}

/** The derived-blank workbook, for fill to have cells to write. */
export async function derivedBlankBytes(): Promise<Uint8Array> {
  return (await derivedBlank()).bytes;
}
