// The sample's tables as the recognisers would hand them over (PublicTable, perf sheets), plus its narrative and an
// optional 参考数据 sheet, so the narrative rules can be tested without the recognisers. Every figure, name and
// paragraph comes from the one transcription of /work/shared/samples/000_dee175dac44828f2.txt in
// tests/fixtures/sample-data.ts; the tables keep only the rows the narrative rules need.
import { parseFigureText } from "../../../src/engine/amount";
import { CellValue, cellAddress, sheetFromRows } from "../../../src/engine/grid";
import { narrativeFromSheet } from "../../../src/engine/narrative/recognize";
import { referenceFromSheet } from "../../../src/engine/narrative/reference";
import { cleanName } from "../../../src/engine/perf/segments";
import { PerfProjectSheet, PerfUnitSheet } from "../../../src/engine/perf/types";
import { WorkbookTables } from "../../../src/engine/rule";
import { COLUMN_KEYS, FigureCell, PublicKind, PublicTable, TableRow } from "../../../src/engine/tables";
import * as fixture from "../../fixtures/sample-data";

const { NARRATIVE } = fixture;
export const NARRATIVE_SHEET = fixture.NARRATIVE_SHEET;

/** A figure cell; `shown` is the figure as printed ("2259.73"), undefined for a blank cell. */
export function figureCell(sheet: string, row: number, col: number, shown?: string): FigureCell {
  const base = { sheet, row, col, address: cellAddress(row, col), formula: false, numFmt: "#,##0.00" };
  if (shown === undefined) return { ...base, state: "blank" };
  const parsed = parseFigureText(shown);
  if (parsed.kind !== "amount") throw new Error(`not a figure: ${shown}`);
  return { ...base, state: "amount", amount: parsed.amount };
}

const SHEET_NAMES = Object.fromEntries(fixture.PUBLIC_TABLES.map((source) => [source.kind, source.sheetName])) as Record<PublicKind, string>;

/** [row key, name, figures in column order ("" blank)]. */
type RowSpec = [key: string, name: string, figures: fixture.Figure[]];

/** A table whose rows start at row 6 and whose figure columns start at column C, in `columns` order. */
function table(kind: PublicKind, columns: readonly string[], specs: RowSpec[]): PublicTable {
  const sheet = SHEET_NAMES[kind];
  const rows: TableRow[] = specs.map(([key, name, figures], i) => {
    const row = 6 + i;
    const cells: Record<string, FigureCell> = {};
    columns.forEach((column, c) => (cells[column] = figureCell(sheet, row, 3 + c, figures[c] || undefined)));
    return { key, code: /^\d+$/.test(key) ? key : undefined, name, row, cells };
  });
  return { kind, sheet, range: `A1:H${6 + rows.length}`, unit: "万元", empty: false, columns: [...columns], rows, year: "2024年度" };
}

/** The keyed items of one side of 01 or 04 (the numbered blank lines carry no key). */
function sideRows(items: fixture.SideItem[]): RowSpec[] {
  return items.flatMap((item): RowSpec[] => (item.key ? [[item.key, item.name, item.figures]] : []));
}

/** 合计 and one row per code of 03, 05, 08 or 09. */
function codedRows(source: fixture.CodedTable): RowSpec[] {
  return source.rows.map((row): RowSpec => [row.key, row.name, row.figures]);
}

/** 01 without the 类 rows the department spent nothing in. */
const T01 = table(
  "01",
  ["amount"],
  [...sideRows(fixture.TABLE_01.rows.map((r) => r.income)), ...sideRows(fixture.TABLE_01.rows.map((r) => r.expense))].filter(
    ([key, , figures]) => !/^out\.\d+$/.test(key) || figures.some((figure) => figure !== "")
  )
);

/** 03: 合计 and the 类 rows. */
const T03 = table(
  "03",
  COLUMN_KEYS["03"],
  codedRows(fixture.TABLE_03).filter(([key]) => key === "total" || key.length === 3)
);

/**
 * 04: the 一般公共预算 income and the 一般公共服务 and total expense rows, in one set of columns: the income
 * side's amount, then the expense side's total | gpb | gov | soe.
 */
const T04_ROWS = ["in.gpb", "out.201", "out.total", "out.grand"];
const T04 = table(
  "04",
  ["amount", ...COLUMN_KEYS["04"]],
  [
    ...sideRows(fixture.TABLE_04.rows.map((r) => r.income)),
    ...sideRows(fixture.TABLE_04.rows.map((r) => r.expense)).map(([key, name, figures]): RowSpec => [key, name, ["", ...figures]]),
  ].filter(([key]) => T04_ROWS.includes(key))
);

const T05 = table("05", COLUMN_KEYS["05"], codedRows(fixture.TABLE_05));

/** 06: the 类 rows, the first 款 of 301 to 303 and 办公设备购置, in code order, then the two totals. */
const T06_CODES = ["301", "30101", "302", "30201", "303", "30301", "307", "310", "31002", "312", "399"];
const T06_ITEMS = fixture.TABLE_06.groups.flatMap((group) => group.items);
const T06 = table("06", ["amount"], [
  ...T06_CODES.map((code): RowSpec => {
    const item = T06_ITEMS.find((candidate) => candidate.code === code);
    if (!item) throw new Error(`no 06 row ${code}`);
    return [code, item.name, [item.amount]];
  }),
  ["personnelTotal", fixture.TABLE_06.personnelTotal.label, [fixture.TABLE_06.personnelTotal.amount]],
  ["publicTotal", fixture.TABLE_06.publicTotal.label, [fixture.TABLE_06.publicTotal.amount]],
]);

const T07 = table(
  "07",
  COLUMN_KEYS["07"],
  fixture.TABLE_07.rows.map((row): RowSpec => {
    // The report prints the total's name spaced out ("合 计"); the table names it 合计.
    const name = row.key === "total" ? row.name.replace(/\s+/g, "") : row.name;
    return [row.key, name, [row.budget, row.actual]];
  })
);

/** 08 and 09 hold only their empty 合计 row. */
const emptyTable = (source: fixture.CodedTable, columns: readonly string[]): PublicTable => ({
  ...table(source.kind, columns, codedRows(source)),
  empty: true,
});
const T08 = emptyTable(fixture.TABLE_08, COLUMN_KEYS["08"]);
const T09 = emptyTable(fixture.TABLE_09, COLUMN_KEYS["09"]);

function project(source: fixture.ProjectPerfSheet): PerfProjectSheet {
  const sheet = source.sheetName;
  return {
    kind: "perf-project",
    sheet,
    range: "A1:V20",
    name: source.projectName,
    titleAddress: "A1",
    indicators: [],
    supervisor: source.department,
    implementer: source.implementer,
    budget: figureCell(sheet, 5, 4, source.budget),
    spent: figureCell(sheet, 5, 10, source.executed),
    total: figureCell(sheet, 20, 22, source.totalScore),
  };
}

/** The unit's name as the recogniser cleans it ("101001…-211300000" → "中共朝阳市委办公室"), without its alias in brackets. */
function unitName(source: fixture.UnitPerfSheet): string {
  return cleanName(source.unitName).replace(/（[^）]*）$/, "");
}

function unit(source: fixture.UnitPerfSheet): PerfUnitSheet {
  const sheet = source.sheetName;
  return {
    kind: "perf-unit",
    sheet,
    range: "A1:P40",
    name: unitName(source),
    titleAddress: "A1",
    indicators: [],
    // The tasks by placeholder name: the narrative rules read only their amounts.
    tasks: source.tasks.map((task, i) => ({ row: 7 + i, name: `任务${i + 1}`, issued: figureCell(sheet, 7 + i, 5, task.allocated) })),
    total: figureCell(sheet, 40, 12, source.totalScore),
  };
}

const PROJECTS = fixture.PROJECT_PERF_SHEETS.map(project);
const UNITS = fixture.UNIT_PERF_SHEETS.map(unit);

/** The sample's 参考数据: the 财政拨款 year-start budgets, which the report does not print. */
export const SAMPLE_BUDGETS: CellValue[][] = [
  ["项目", "科目编码", "上年决算数", "年初预算数"],
  ["合计", null, null, fixture.YEAR_START_BUDGETS.total],
  ["基本支出", null, null, fixture.YEAR_START_BUDGETS.basic],
  ["项目支出", null, null, fixture.YEAR_START_BUDGETS.project],
];

export interface SampleOptions {
  /** The narrative's paragraphs (default: the sample's 第二部分). */
  paragraphs?: readonly string[];
  /** Rows of a 参考数据 sheet (header first). */
  reference?: CellValue[][];
  /** Leave these tables out. */
  without?: PublicKind[];
}

/** The sample's tables, narrative and (optionally) 参考数据, as WorkbookTables. */
export function sampleTables(options: SampleOptions = {}): WorkbookTables {
  const publicTables: Partial<Record<PublicKind, PublicTable>> = { "01": T01, "03": T03, "04": T04, "05": T05, "06": T06, "07": T07, "08": T08, "09": T09 };
  for (const kind of options.without ?? []) delete publicTables[kind];
  const paragraphs = options.paragraphs ?? NARRATIVE;
  const narrative = narrativeFromSheet(sheetFromRows(NARRATIVE_SHEET, paragraphs.map((p) => [p])));
  const reference = options.reference ? referenceFromSheet(sheetFromRows("参考数据", options.reference)) : undefined;
  return {
    public: publicTables,
    all: [...Object.values(publicTables), narrative] as WorkbookTables["all"],
    notes: [],
    perfProjects: PROJECTS,
    perfUnits: UNITS,
    narrative,
    reference,
  };
}

/** The sample's paragraphs with one paragraph's text replaced: `edit(text)` returns the new text. */
export function editParagraph(index: number, edit: (text: string) => string): string[] {
  const paragraphs = [...NARRATIVE];
  const next = edit(paragraphs[index]);
  if (next === paragraphs[index]) throw new Error(`edit changed nothing in paragraph ${index + 1}`);
  paragraphs[index] = next;
  return paragraphs;
}

/** The 1-based row (= cell A<row>) of the first sample paragraph that contains `text`. */
export function rowOf(text: string, paragraphs: readonly string[] = NARRATIVE): number {
  const index = paragraphs.findIndex((p) => p.includes(text));
  if (index < 0) throw new Error(`no paragraph contains ${text}`);
  return index + 1;
}
