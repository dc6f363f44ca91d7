// Sheets of the nine 公开 tables built from the sample report's real figures (第四部分 of
// /work/shared/samples/000_dee175dac44828f2.txt, as transcribed once in tests/fixtures/sample-data.ts), in the
// plain layout or in one of the layout variations of domain.md §1. Every variation must recognise to the same
// rows, keys and figures as the plain layout.
import { Decimal } from "../../../../src/engine/decimal";
import { CellValue, GridCell, MergeArea, SheetGrid, WorkbookGrid, sheetFromRows } from "../../../../src/engine/grid";
import * as fixture from "../../../fixtures/sample-data";

export interface Layout {
  /** Functional codes: code | name (plain), "201 一般公共服务支出" in one cell, or 类 | 款 | 项 columns. */
  codes?: "separate" | "combined" | "split" | "splitCarry";
  /** Where the 合计 row stands: before the codes (plain), after them, or on the 类 | 款 | 项 label row. */
  totalAt?: "first" | "last" | "labelRow";
  /** The 栏次 row under the header (plain: present). */
  columnNumbers?: boolean;
  /** The 行次 columns of 01 and 04 (plain: present). */
  rowNumbers?: boolean;
  /** Header words split by spaces, line breaks and full-width spaces. */
  splitWords?: boolean;
  /** Blank rows above and blank columns left of the table, and a blank row between title block and header. */
  offset?: { rows: number; cols: number };
  /** Amounts typed as text: "2,259.73", "2 259.73", full-width digits. */
  textAmounts?: boolean;
  /** Codes stored as numbers. */
  numericCodes?: boolean;
  /** The 公开0N表 marker (plain: present). */
  marker?: boolean;
  /** The 部门： line (plain: present). */
  department?: boolean;
  /** 06 codes: 30101 (plain), 301 | 01, or cut to 4 digits as in the sample's PDF. */
  economic?: "full" | "split" | "cut";
  /** 07 as one row with a 预算数 / 决算数 pair under each item. */
  threeCostsAsRow?: boolean;
}

export const DEPARTMENT = fixture.DEPARTMENT;
const AMOUNT_FORMAT = "#,##0.00";

type Cell = CellValue | GridCell | undefined;

interface Block {
  rows: Cell[][];
  merges: MergeArea[];
}

/** A figure cell as the finance system writes it: a number in #,##0.00, or the text variants. */
function amount(text: string, layout: Layout, index: number): Cell {
  if (text === "") return undefined;
  if (layout.textAmounts) {
    const plain = text.replace(/,/g, "");
    if (index % 3 === 0) return text;
    if (index % 3 === 1) return plain.replace(/^(\d+)(\d{3})\./, "$1 $2.");
    return plain.replace(/[0-9.]/g, (ch) => (ch === "." ? "．" : String.fromCharCode(ch.charCodeAt(0) + 0xff10 - 48)));
  }
  return { value: new Decimal(text.replace(/,/g, "")).toNumber(), numFmt: AMOUNT_FORMAT };
}

function code(text: string, layout: Layout): Cell {
  if (text === "") return undefined;
  return layout.numericCodes ? Number(text) : text;
}

const SEPARATORS = [" ", "\n", "\u3000"];
/** A header word as a careless hand types it: "本年\n支出合计", "收 入". */
function word(text: string, layout: Layout, index = 0): string {
  if (!layout.splitWords || text.length < 2) return text;
  const cut = Math.ceil(text.length / 2);
  return text.slice(0, cut) + SEPARATORS[index % SEPARATORS.length] + text.slice(cut);
}

/** Title, marker, 部门, year and unit lines. */
function titleBlock(title: string, kind: string, layout: Layout): Cell[][] {
  const rows: Cell[][] = [[title]];
  if (layout.marker !== false) rows.push([`公开 ${kind} 表`]);
  if (layout.department !== false) rows.push([`部门：${DEPARTMENT}`]);
  rows.push(["2024 年度"], ["金额单位：万元"]);
  if (layout.offset) rows.push([]);
  return rows;
}

function notesBlock(): Cell[][] {
  return [[], ["注：本表金额转换成万元时，因四舍五入可能存在尾差。"], ["如本表为空，则我部门本年度无此类资金收支余。"]];
}

/** Puts blank rows above and blank columns left of a sheet, moving its merges along. */
function place(block: Block, layout: Layout): Block {
  const { rows: down, cols: right } = layout.offset ?? { rows: 0, cols: 0 };
  const rows: Cell[][] = [...Array.from({ length: down }, () => [] as Cell[]), ...block.rows.map((r) => [...Array(right).fill(undefined), ...r])];
  const merges = block.merges.map((m) => ({ top: m.top + down, bottom: m.bottom + down, left: m.left + right, right: m.right + right }));
  return { rows, merges };
}

function sheet(name: string, block: Block, layout: Layout): SheetGrid {
  const placed = place(block, layout);
  return sheetFromRows(name, placed.rows, { merges: placed.merges });
}

// ——— Functional-code tables (02, 03, 05, 08, 09) ———

interface FigureHeader {
  label: string;
  /** A group header over several columns (本年支出 over 小计 | 基本支出 | 项目支出). */
  group?: string;
}

type CodeRow = [string, string, ...string[]];

function functionalSheet(name: string, title: string, kind: string, headers: FigureHeader[], total: string[], data: CodeRow[], layout: Layout): SheetGrid {
  const codes = layout.codes ?? "separate";
  const split = codes === "split" || codes === "splitCarry";
  const totalAt = layout.totalAt ?? "first";
  const labelWidth = split ? 4 : codes === "combined" ? 1 : 2;
  const headerRows = split ? 3 : 2;
  // With the 合计 row on the 类 | 款 | 项 label row, that row closes the header and figure headers take two rows.
  const sharedLabelRow = split && totalAt === "labelRow";
  const figureHeaderRows = sharedLabelRow ? 2 : headerRows;
  const rows: Cell[][] = titleBlock(title, kind, layout);
  const merges: MergeArea[] = [];
  const top = rows.length + 1;
  const header: Cell[][] = Array.from({ length: headerRows }, () => []);

  // Label columns.
  header[0][0] = word("项目", layout);
  if (split) {
    merges.push({ top, bottom: top, left: 1, right: 4 });
    header[1][0] = word("科目编码", layout);
    merges.push({ top: top + 1, bottom: top + 1, left: 1, right: 3 });
    header[1][3] = word("科目名称", layout, 1);
    if (!sharedLabelRow) {
      merges.push({ top: top + 1, bottom: top + 2, left: 4, right: 4 });
      header[2].splice(0, 3, "类", "款", "项");
    }
  } else if (codes === "combined") {
    merges.push({ top, bottom: top + 1, left: 1, right: 1 });
  } else {
    merges.push({ top, bottom: top, left: 1, right: 2 });
    header[1][0] = word("功能分类科目编码", layout);
    header[1][1] = word("科目名称", layout, 1);
  }

  // Figure columns.
  headers.forEach((h, i) => {
    const col = labelWidth + 1 + i;
    if (h.group) {
      const first = headers.findIndex((o) => o.group === h.group);
      if (first === i) {
        const span = headers.filter((o) => o.group === h.group).length;
        header[0][col - 1] = word(h.group, layout, i);
        merges.push({ top, bottom: top + figureHeaderRows - 2, left: col, right: col + span - 1 });
      }
      header[figureHeaderRows - 1][col - 1] = word(h.label, layout, i + 1);
    } else {
      header[0][col - 1] = word(h.label, layout, i);
      merges.push({ top, bottom: top + figureHeaderRows - 1, left: col, right: col });
    }
  });
  rows.push(...header.slice(0, sharedLabelRow ? 2 : headerRows));
  if (layout.columnNumbers !== false && !sharedLabelRow) {
    rows.push(["栏次", ...Array(labelWidth - 1).fill(undefined), ...headers.map((_, i) => i + 1)]);
  }

  let figureIndex = 0;
  const figures = (values: string[]) => values.map((v) => amount(v, layout, figureIndex++));
  const totalLabels: Cell[] = split
    ? sharedLabelRow
      ? ["类", "款", "项", "合计"]
      : [undefined, undefined, undefined, "合计"]
    : codes === "combined"
      ? ["合计"]
      : [undefined, "合计"];
  const totalRow: Cell[] = [...totalLabels, ...figures(total)];
  const dataRows: Cell[][] = data.map(([c, n, ...values]) => [...labelCells(c, n, codes, layout), ...figures(values)]);
  if (totalAt === "last") rows.push(...dataRows, totalRow);
  else rows.push(totalRow, ...dataRows);
  rows.push(...notesBlock());
  return sheet(name, { rows, merges }, layout);
}

function labelCells(c: string, n: string, codes: Layout["codes"], layout: Layout): Cell[] {
  if (codes === "combined") return [`${c} ${n}`];
  if (codes === "split" || codes === "splitCarry") {
    const parts = [c.slice(0, 3), c.slice(3, 5), c.slice(5, 7)];
    // splitCarry prints only the lowest part, as some provinces do: "" "31" "" for 20131.
    const shown = codes === "splitCarry" ? parts.map((p, i) => (i === parts.filter(Boolean).length - 1 ? p : "")) : parts;
    return [...shown.map((p) => code(p, layout)), n];
  }
  return [code(c, layout), n];
}

/** A coded table of the sample: its column headers, 合计 and code rows, figures as "#,##0.00" shows them. */
function codedSheet(name: string, source: fixture.CodedTable, layout: Layout): SheetGrid {
  const headers: FigureHeader[] = source.columns.map(({ name: label, group }) => (group ? { label, group } : { label }));
  const total = source.rows.find((row) => row.key === "total")!;
  const data = source.rows
    .filter((row) => row !== total)
    .map((row): CodeRow => [row.code, row.name, ...row.figures.map(fixture.groupedFigure)]);
  const totalFigures = total.figures.map(fixture.groupedFigure);
  return functionalSheet(name, source.title, source.kind, headers, totalFigures, data, layout);
}

export function sheet02(layout: Layout = {}): SheetGrid {
  return codedSheet("收入决算表", fixture.TABLE_02, layout);
}

export function sheet03(layout: Layout = {}): SheetGrid {
  return codedSheet("支出决算表", fixture.TABLE_03, layout);
}

/** 05 prints 0.00 where 03 leaves the cell blank (sample-data keeps those 0.00s). */
export function sheet05(layout: Layout = {}): SheetGrid {
  return codedSheet("一般公共预算支出表", fixture.TABLE_05, layout);
}

/** 08 and 09 print only an empty 合计 row. */
export function sheet08(layout: Layout = {}): SheetGrid {
  return codedSheet("政府性基金表", fixture.TABLE_08, layout);
}

export function sheet09(layout: Layout = {}): SheetGrid {
  return codedSheet("国有资本经营表", fixture.TABLE_09, layout);
}

// ——— Two-sided tables (01, 04) ———

/** [name, 行次, ...figures] per side; "" names are the sample's numbered blank lines. */
type SideRow = [string, number, ...string[]];

function twoSidedSheet(
  name: string,
  title: string,
  kind: string,
  sides: { income: SideRow[]; expense: SideRow[]; incomeHeaders: string[]; expenseHeaders: string[] },
  layout: Layout
): SheetGrid {
  const rowNumbers = layout.rowNumbers !== false;
  const rows: Cell[][] = titleBlock(title, kind, layout);
  const merges: MergeArea[] = [];
  const top = rows.length + 1;
  const sideWidth = (headers: string[]) => 1 + (rowNumbers ? 1 : 0) + headers.length;
  const incomeWidth = sideWidth(sides.incomeHeaders);
  const expenseWidth = sideWidth(sides.expenseHeaders);
  const group: Cell[] = [word("收入", layout), ...Array(incomeWidth - 1).fill(undefined), word("支出", layout, 1)];
  merges.push({ top, bottom: top, left: 1, right: incomeWidth }, { top, bottom: top, left: incomeWidth + 1, right: incomeWidth + expenseWidth });
  const labels = (headers: string[]) => [word("项目", layout), ...(rowNumbers ? [word("行次", layout, 1)] : []), ...headers.map((h, i) => word(h, layout, i + 2))];
  rows.push(group, [...labels(sides.incomeHeaders), ...labels(sides.expenseHeaders)]);
  if (layout.columnNumbers !== false) {
    let n = 1;
    const numbers = (headers: string[]) => ["栏次", ...(rowNumbers ? [undefined] : []), ...headers.map(() => n++)];
    rows.push([...numbers(sides.incomeHeaders), ...numbers(sides.expenseHeaders)]);
  }
  let figureIndex = 0;
  const sideCells = (row: SideRow, width: number): Cell[] => {
    const [label, number, ...values] = row;
    const figures = Array.from({ length: width - 1 - (rowNumbers ? 1 : 0) }, (_, i) => amount(values[i] ?? "", layout, figureIndex++));
    return [label || undefined, ...(rowNumbers ? [number] : []), ...figures];
  };
  const count = Math.max(sides.income.length, sides.expense.length);
  for (let i = 0; i < count; i++) {
    const income = sides.income[i] ?? ["", 0];
    const expense = sides.expense[i] ?? ["", 0];
    rows.push([...sideCells(income, incomeWidth), ...sideCells(expense, expenseWidth)]);
  }
  rows.push(...notesBlock());
  return sheet(name, { rows, merges }, layout);
}

/** One side of each printed row: the unnamed numbered lines stay, with their 行次. */
function sideRows(items: fixture.SideItem[]): SideRow[] {
  return items.map((item) => [item.name, item.line, ...item.figures.map(fixture.groupedFigure)]);
}

function twoSidedOf(source: fixture.TwoSidedTable) {
  return {
    income: sideRows(source.rows.map((row) => row.income)),
    expense: sideRows(source.rows.map((row) => row.expense)),
    incomeHeaders: source.incomeColumns,
    expenseHeaders: source.expenseColumns,
  };
}

export function sheet01(layout: Layout = {}): SheetGrid {
  return twoSidedSheet("收支总表", fixture.TABLE_01.title, "01", twoSidedOf(fixture.TABLE_01), layout);
}

export function sheet04(layout: Layout = {}): SheetGrid {
  return twoSidedSheet("财政拨款收支总表", fixture.TABLE_04.title, "04", twoSidedOf(fixture.TABLE_04), layout);
}

// ——— 06 ———

/** [5-digit code, name as the sample prints it, amount]; the 4-digit form is the code cut as in the PDF. */
type EconomicRow = [string, string, string];

export const GROUPS_06: EconomicRow[][] = fixture.TABLE_06.groups.map((group) =>
  group.items.map((item): EconomicRow => [item.code, item.name, fixture.groupedFigure(item.amount)])
);

export function sheet06(layout: Layout = {}): SheetGrid {
  const economic = layout.economic ?? "full";
  const split = economic === "split";
  const groupWidth = split ? 4 : 3;
  const rows: Cell[][] = titleBlock(fixture.TABLE_06.title, "06", layout);
  const merges: MergeArea[] = [];
  const top = rows.length + 1;
  const width = groupWidth * 3;
  // The two 公用经费 groups share one merged heading.
  const [personnel, common] = fixture.TABLE_06.groups.map((group) => group.title);
  const groupRow: Cell[] = [word(personnel, layout), ...Array(groupWidth - 1).fill(undefined), word(common, layout, 1)];
  merges.push({ top, bottom: top, left: 1, right: groupWidth }, { top, bottom: top, left: groupWidth + 1, right: width });
  rows.push(groupRow);
  const labels: Cell[] = [];
  const parts: Cell[] = [];
  for (let g = 0; g < 3; g++) {
    const left = g * groupWidth + 1;
    if (split) {
      labels.push(word("科目编码", layout, g), undefined, word("科目名称", layout, g + 1), word("决算数", layout, g + 2));
      parts.push("类", "款", undefined, undefined);
      merges.push({ top: top + 1, bottom: top + 1, left, right: left + 1 });
      merges.push({ top: top + 1, bottom: top + 2, left: left + 2, right: left + 2 }, { top: top + 1, bottom: top + 2, left: left + 3, right: left + 3 });
    } else {
      labels.push(word("科目编码", layout, g), word("科目名称", layout, g + 1), word("决算数", layout, g + 2));
    }
  }
  rows.push(labels);
  if (split) rows.push(parts);
  let figureIndex = 0;
  const count = Math.max(...GROUPS_06.map((g) => g.length));
  for (let i = 0; i < count; i++) {
    const row: Cell[] = [];
    for (const group of GROUPS_06) {
      const entry = group[i];
      if (!entry) {
        row.push(...Array(groupWidth).fill(undefined));
        continue;
      }
      const [full, name, value] = entry;
      const codeCells = split ? [code(full.slice(0, 3), layout), code(full.slice(3), layout)] : [code(economic === "cut" && full.length === 5 ? full.slice(0, 4) : full, layout)];
      row.push(...codeCells, name, amount(value, layout, figureIndex++));
    }
    rows.push(row);
  }
  // The bottom line: 公用经费合计's amount sits in the last column, as in the sample.
  const bottom: Cell[] = Array(width).fill(undefined);
  const { personnelTotal, publicTotal } = fixture.TABLE_06;
  bottom[0] = personnelTotal.label;
  bottom[groupWidth - 1] = amount(fixture.groupedFigure(personnelTotal.amount), layout, figureIndex++);
  bottom[groupWidth] = publicTotal.label;
  bottom[width - 1] = amount(fixture.groupedFigure(publicTotal.amount), layout, figureIndex++);
  rows.push(bottom);
  rows.push(...notesBlock());
  return sheet("基本支出表", { rows, merges }, layout);
}
// ——— 07 ———

const ITEMS_07: [string, string, string][] = fixture.TABLE_07.rows.map((row) => [
  row.name,
  fixture.groupedFigure(row.budget),
  fixture.groupedFigure(row.actual),
]);

/** The 预算数 | 决算数 pairs of the one-row layout, left to right. */
const ONE_ROW_07: fixture.ThreePublicKey[] = [
  "total",
  "abroad",
  "vehicle",
  "vehiclePurchase",
  "vehicleOps",
  "reception",
];

export function sheet07(layout: Layout = {}): SheetGrid {
  const rows: Cell[][] = titleBlock(fixture.TABLE_07.title, "07", layout);
  const merges: MergeArea[] = [];
  const top = rows.length + 1;
  let figureIndex = 0;
  const fig = (v: string) => amount(v, layout, figureIndex++);
  if (!layout.threeCostsAsRow) {
    rows.push(fixture.TABLE_07.headers.map((header, i) => word(header, layout, i)));
    for (const [name, budget, actual] of ITEMS_07) rows.push([name, fig(budget), fig(actual)]);
  } else {
    // 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, each a 预算数 / 决算数 pair.
    rows.push(["合计", undefined, "因公出国（境）费", undefined, "公务用车购置及运行费", undefined, undefined, undefined, undefined, undefined, "公务接待费"]);
    rows.push([undefined, undefined, undefined, undefined, "小计", undefined, "购置费", undefined, "运行费"]);
    rows.push(Array.from({ length: 12 }, (_, i) => word(i % 2 === 0 ? "预算数" : "决算数", layout, i)));
    merges.push(
      { top, bottom: top + 1, left: 1, right: 2 },
      { top, bottom: top + 1, left: 3, right: 4 },
      { top, bottom: top, left: 5, right: 10 },
      { top, bottom: top + 1, left: 11, right: 12 },
      { top: top + 1, bottom: top + 1, left: 5, right: 6 },
      { top: top + 1, bottom: top + 1, left: 7, right: 8 },
      { top: top + 1, bottom: top + 1, left: 9, right: 10 }
    );
    const pairs = ONE_ROW_07.map((key) => fixture.TABLE_07.rows.find((row) => row.key === key)!);
    rows.push(pairs.flatMap((row) => [row.budget, row.actual]).map(fixture.groupedFigure).map(fig));
  }
  rows.push(...notesBlock());
  return sheet("三公经费表", { rows, merges }, layout);
}

/** The nine tables, one sheet each, in the order of the report. */
export function sampleWorkbook(layout: Layout = {}): WorkbookGrid {
  return {
    name: "sample.xlsx",
    sheets: [sheet01, sheet02, sheet03, sheet04, sheet05, sheet06, sheet07, sheet08, sheet09].map((build) => build(layout)),
  };
}

/**
 * 03 in the plain layout with sixty thousand ledger lines below its note and a wide block of numbers: the very large
 * sheet whose recognition must stay fast (timed by `npm run bench`, checked for its result by the tests).
 */
export function sheet03WithLedger(ledgerRows = 60000): { sheet: SheetGrid; noteRow: number } {
  const rows: CellValue[][] = sheet03().cells.map((r) => r.map((c) => c?.value ?? null));
  const noteRow = rows.findIndex((r) => typeof r[0] === "string" && r[0].startsWith("注"));
  for (let i = 0; i < ledgerRows; i++) rows.push(["明细", `凭证${i}`, i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6, i + 7, i + 8, i + 9]);
  return { sheet: sheetFromRows("大表", rows), noteRow };
}
