// Sheets of the nine 公开 tables built from the sample report's real figures (第四部分 of
// /work/shared/samples/000_dee175dac44828f2.txt), in the plain layout or in one of the layout variations of
// domain.md §1. Every variation must recognise to the same rows, keys and figures as the plain layout.
import { Decimal } from "../../../../src/engine/decimal";
import { CellValue, GridCell, MergeArea, SheetGrid, WorkbookGrid, sheetFromRows } from "../../../../src/engine/grid";

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

export const DEPARTMENT = "中共辽宁省朝阳市委办公室";
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

const CODES_02: CodeRow[] = [
  ["201", "一般公共服务支出", "1,837.28", "1,837.28"],
  ["20131", "党委办公厅（室）及相关机构事务", "1,837.28", "1,837.28"],
  ["2013101", "行政运行", "1,116.80", "1,116.80"],
  ["2013102", "一般行政管理事务", "587.63", "587.63"],
  ["2013150", "事业运行", "132.85", "132.85"],
  ["208", "社会保障和就业支出", "247.92", "247.92"],
  ["20805", "行政事业单位养老支出", "192.95", "192.95"],
  ["2080501", "行政单位离退休", "35.88", "35.88"],
  ["2080505", "机关事业单位基本养老保险缴费", "124.32", "124.32"],
  ["2080506", "机关事业单位职业年金缴费支出", "32.75", "32.75"],
  ["20808", "抚恤", "54.97", "54.97"],
  ["2080801", "死亡抚恤", "54.97", "54.97"],
  ["210", "卫生健康支出", "66.99", "66.99"],
  ["21011", "行政事业单位医疗", "66.99", "66.99"],
  ["2101101", "行政单位医疗", "40.63", "40.63"],
  ["2101102", "事业单位医疗", "8.11", "8.11"],
  ["2101103", "公务员医疗补助", "18.25", "18.25"],
  ["221", "住房保障支出", "107.54", "107.54"],
  ["22102", "住房改革支出", "107.54", "107.54"],
  ["2210201", "住房公积金", "107.54", "107.54"],
];

const CODES_03: CodeRow[] = [
  ["201", "一般公共服务支出", "1,837.28", "1,249.65", "587.63"],
  ["20131", "党委办公厅（室）及相关机构事务", "1,837.28", "1,249.65", "587.63"],
  ["2013101", "行政运行", "1,116.80", "1,116.80", ""],
  ["2013102", "一般行政管理事务", "587.63", "", "587.63"],
  ["2013150", "事业运行", "132.85", "132.85", ""],
  ["208", "社会保障和就业支出", "247.92", "247.92", ""],
  ["20805", "行政事业单位养老支出", "192.95", "192.95", ""],
  ["2080501", "行政单位离退休", "35.88", "35.88", ""],
  ["2080505", "机关事业单位基本养老保险缴费", "124.32", "124.32", ""],
  ["2080506", "机关事业单位职业年金缴费支出", "32.75", "32.75", ""],
  ["20808", "抚恤", "54.97", "54.97", ""],
  ["2080801", "死亡抚恤", "54.97", "54.97", ""],
  ["210", "卫生健康支出", "66.99", "66.99", ""],
  ["21011", "行政事业单位医疗", "66.99", "66.99", ""],
  ["2101101", "行政单位医疗", "40.63", "40.63", ""],
  ["2101102", "事业单位医疗", "8.11", "8.11", ""],
  ["2101103", "公务员医疗补助", "18.25", "18.25", ""],
  ["221", "住房保障支出", "107.54", "107.54", ""],
  ["22102", "住房改革支出", "107.54", "107.54", ""],
  ["2210201", "住房公积金", "107.54", "107.54", ""],
];

/** 05 prints 0.00 where 03 leaves the cell blank. */
const CODES_05: CodeRow[] = CODES_03.map(([c, n, total, basic, project]) => [
  c,
  c === "2080505" ? "机关事业单位基本养老保险缴费支出" : n,
  total,
  basic || "0.00",
  project || "0.00",
]);

export function sheet02(layout: Layout = {}): SheetGrid {
  const headers = ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"].map((label) => ({ label }));
  const data = CODES_02.map(([c, n, total, fiscal]) => [c, n, total, fiscal, "", "", "", "", ""] as CodeRow);
  return functionalSheet("收入决算表", "收入决算表", "02", headers, ["2,259.73", "2,259.73", "", "", "", "", ""], data, layout);
}

export function sheet03(layout: Layout = {}): SheetGrid {
  const headers = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"].map((label) => ({ label }));
  const data = CODES_03.map((r) => [...r, "", "", ""] as CodeRow);
  return functionalSheet("支出决算表", "支出决算表", "03", headers, ["2,259.73", "1,672.09", "587.63", "", "", ""], data, layout);
}

export function sheet05(layout: Layout = {}): SheetGrid {
  const headers = ["小计", "基本支出", "项目支出"].map((label) => ({ label, group: "本年支出" }));
  return functionalSheet("一般公共预算支出表", "一般公共预算财政拨款支出决算表", "05", headers, ["2,259.73", "1,672.09", "587.63"], CODES_05, layout);
}

export function sheet08(layout: Layout = {}): SheetGrid {
  const headers: FigureHeader[] = [
    { label: "年初结转和结余" },
    { label: "本年收入" },
    { label: "小计", group: "本年支出" },
    { label: "基本支出", group: "本年支出" },
    { label: "项目支出", group: "本年支出" },
    { label: "年末结转和结余" },
  ];
  return functionalSheet("政府性基金表", "政府性基金预算财政拨款收入支出决算表", "08", headers, ["", "", "", "", "", ""], [], layout);
}

export function sheet09(layout: Layout = {}): SheetGrid {
  const headers = ["合计", "基本支出", "项目支出"].map((label) => ({ label, group: "本年支出" }));
  return functionalSheet("国有资本经营表", "国有资本经营预算财政拨款收入支出决算表", "09", headers, ["", "", ""], [], layout);
}

// ——— Two-sided tables (01, 04) ———

const CATEGORIES = [
  "一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出", "文化旅游体育与传媒支出",
  "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出",
  "资源勘探工业信息等支出", "商业服务业等支出", "金融支出", "援助其他地区支出", "自然资源海洋气象等支出", "住房保障支出",
  "粮油物资储备支出", "国有资本经营预算支出", "灾害防治及应急管理支出", "其他支出", "债务还本支出", "债务付息支出",
  "抗疫特别国债安排的支出",
];
const ORDINALS = [
  "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八",
  "十九", "二十", "二十一", "二十二", "二十三", "二十四", "二十五", "二十六",
];
const CATEGORY_AMOUNTS_01: Record<string, string> = {
  一般公共服务支出: "1,837.28",
  社会保障和就业支出: "247.92",
  卫生健康支出: "66.98",
  住房保障支出: "107.54",
};

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

export function sheet01(layout: Layout = {}): SheetGrid {
  const income: SideRow[] = [
    ["一、一般公共预算财政拨款收入", 1, "2,259.73"],
    ["二、政府性基金预算财政拨款收入", 2],
    ["三、国有资本经营预算财政拨款收入", 3],
    ["四、上级补助收入", 4],
    ["五、事业收入", 5],
    ["六、经营收入", 6],
    ["七、附属单位上缴收入", 7],
    ["八、其他收入", 8],
  ];
  for (let n = 9; n <= 26; n++) income.push(["", n]);
  income.push(["本年收入合计", 27, "2,259.73"], ["使用非财政拨款结余", 28], ["年初结转和结余", 29], ["", 30], ["总计", 31, "2,259.73"]);
  const expense: SideRow[] = CATEGORIES.map((c, i) => [`${ORDINALS[i]}、${c}`, 32 + i, CATEGORY_AMOUNTS_01[c] ?? ""]);
  expense.push(["本年支出合计", 58, "2,259.73"], ["结余分配", 59], ["年末结转和结余", 60], ["", 61], ["总计", 62, "2,259.73"]);
  return twoSidedSheet("收支总表", "收入支出决算总表", "01", { income, expense, incomeHeaders: ["金额"], expenseHeaders: ["金额"] }, layout);
}

export function sheet04(layout: Layout = {}): SheetGrid {
  const income: SideRow[] = [
    ["一、一般公共预算财政拨款", 1, "2,259.73"],
    ["二、政府性基金预算财政拨款", 2],
    ["三、国有资本经营预算财政拨款", 3],
  ];
  for (let n = 4; n <= 26; n++) income.push(["", n]);
  income.push(
    ["本年收入合计", 27, "2,259.73"],
    ["年初财政拨款结转和结余", 28],
    ["一般公共预算财政拨款", 29],
    ["政府性基金预算财政拨款", 30],
    ["国有资本经营预算财政拨款", 31],
    ["总计", 32, "2,259.73"]
  );
  const expense: SideRow[] = CATEGORIES.map((c, i) => {
    const value = CATEGORY_AMOUNTS_01[c] ?? "";
    return [`${ORDINALS[i]}、${c}`, 33 + i, value, value, "", ""];
  });
  expense.push(
    ["本年支出合计", 59, "2,259.73", "2,259.73"],
    ["年末财政拨款结转和结余", 60],
    ["", 61],
    ["", 62],
    ["", 63],
    ["总计", 64, "2,259.73", "2,259.73"]
  );
  return twoSidedSheet(
    "财政拨款收支总表",
    "财政拨款收入支出决算总表",
    "04",
    { income, expense, incomeHeaders: ["金额"], expenseHeaders: ["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"] },
    layout
  );
}

// ——— 06 ———

/** [5-digit code, name as the sample prints it, amount]; the 4-digit form is the code cut as in the PDF. */
type EconomicRow = [string, string, string];

export const GROUPS_06: EconomicRow[][] = [
  [
    ["301", "工资福利支出", "1,256.61"],
    ["30101", "基本工资", "391.82"],
    ["30102", "津贴补贴", "185.41"],
    ["30103", "奖金", "286.45"],
    ["30106", "伙食补助费", ""],
    ["30107", "绩效工资", "59.02"],
    ["30108", "机关事业单位基本养老保险", "124.32"],
    ["30109", "职业年金缴费", "32.75"],
    ["30110", "职工基本医疗保险缴费", "48.73"],
    ["30111", "公务员医疗补助缴费", "18.25"],
    ["30112", "其他社会保障缴费", "2.33"],
    ["30113", "住房公积金", "107.54"],
    ["30114", "医疗费", ""],
    ["30199", "其他工资福利支出", ""],
    ["303", "对个人和家庭的补助", "117.81"],
    ["30301", "离休费", "24.14"],
    ["30302", "退休费", "10.04"],
    ["30303", "退职（役）费", ""],
    ["30304", "抚恤金", "54.97"],
    ["30305", "生活补助", ""],
    ["30306", "救济费", ""],
    ["30307", "医疗费补助", "20.98"],
    ["30308", "助学金", ""],
    ["30309", "奖励金", ""],
    ["30310", "个人农业生产补贴", ""],
    ["30311", "代缴社会保险费", ""],
    ["30399", "其他对个人和家庭的补助", "7.69"],
  ],
  [
    ["302", "商品和服务支出", "295.67"],
    ["30201", "办公费", "13.28"],
    ["30202", "印刷费", "8.52"],
    ["30203", "咨询费", ""],
    ["30204", "手续费", ""],
    ["30205", "水费", ""],
    ["30206", "电费", ""],
    ["30207", "邮电费", "2.50"],
    ["30208", "取暖费", ""],
    ["30209", "物业管理费", ""],
    ["30211", "差旅费", "14.76"],
    ["30212", "因公出国（境）费用", ""],
    ["30213", "维修（护）费", "0.50"],
    ["30214", "租赁费", ""],
    ["30215", "会议费", "0.10"],
    ["30216", "培训费", "0.83"],
    ["30217", "公务接待费", ""],
    ["30218", "专用材料费", ""],
    ["30224", "被装购置费", ""],
    ["30225", "专用燃料费", ""],
    ["30226", "劳务费", "101.75"],
    ["30227", "委托业务费", ""],
    ["30228", "工会经费", ""],
    ["30229", "福利费", ""],
    ["30231", "公务用车运行维护费", "56.98"],
    ["30239", "其他交通费用", "58.90"],
    ["30240", "税金及附加费用", ""],
    ["30299", "其他商品和服务支出", "37.56"],
  ],
  [
    ["307", "债务利息及费用支出", ""],
    ["30701", "国内债务付息", ""],
    ["30702", "国外债务付息", ""],
    ["310", "资本性支出", "2.00"],
    ["31001", "房屋建筑物购建", ""],
    ["31002", "办公设备购置", "2.00"],
    ["31003", "专用设备购置", ""],
    ["31005", "基础设施建设", ""],
    ["31006", "大型修缮", ""],
    ["31007", "信息网络及软件购置更新", ""],
    ["31008", "物资储备", ""],
    ["31009", "土地补偿", ""],
    ["31010", "安置补助", ""],
    ["31011", "地上附着物和青苗补偿", ""],
    ["31012", "拆迁补偿", ""],
    ["31013", "公务用车购置", ""],
    ["31019", "其他交通工具购置", ""],
    ["31021", "文物和陈列品购置", ""],
    ["31022", "无形资产购置", ""],
    ["31099", "其他资本性支出", ""],
    ["312", "对企业补助", ""],
    ["31201", "资本金注入", ""],
    ["31203", "政府投资基金股权投资", ""],
    ["31204", "费用补贴", ""],
    ["31205", "利息补贴", ""],
    ["31206", "其他资本性补助", ""],
    ["31299", "其他对企业补助", ""],
    ["399", "其他支出", ""],
    ["39907", "国家赔偿费用支出", ""],
    ["39908", "对民间非营利组织和群众性自治组织", ""],
    ["39909", "经常性赠与", ""],
    ["39910", "资本性赠与", ""],
    ["39999", "其他支出", ""],
  ],
];

export function sheet06(layout: Layout = {}): SheetGrid {
  const economic = layout.economic ?? "full";
  const split = economic === "split";
  const groupWidth = split ? 4 : 3;
  const rows: Cell[][] = titleBlock("一般公共预算财政拨款基本支出决算表", "06", layout);
  const merges: MergeArea[] = [];
  const top = rows.length + 1;
  const width = groupWidth * 3;
  const groupRow: Cell[] = [word("人员经费", layout), ...Array(groupWidth - 1).fill(undefined), word("公用经费", layout, 1)];
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
  bottom[0] = "人员经费合计";
  bottom[groupWidth - 1] = amount("1,374.42", layout, figureIndex++);
  bottom[groupWidth] = "公用经费合计";
  bottom[width - 1] = amount("297.67", layout, figureIndex++);
  rows.push(bottom);
  rows.push(...notesBlock());
  return sheet("基本支出表", { rows, merges }, layout);
}

// ——— 07 ———

const ITEMS_07: [string, string, string][] = [
  ["合 计", "57.99", "57.40"],
  ["1、因公出国（境）费", "", ""],
  ["2、公务接待费", "1.00", "0.42"],
  ["3、公务用车购置及运行费", "56.99", "56.98"],
  ["其中：(1) 公务用车运行维护费", "56.99", "56.98"],
  ["(2) 公务用车购置费", "", ""],
];

export function sheet07(layout: Layout = {}): SheetGrid {
  const rows: Cell[][] = titleBlock("财政拨款“三公”经费支出决算表", "07", layout);
  const merges: MergeArea[] = [];
  const top = rows.length + 1;
  let figureIndex = 0;
  const fig = (v: string) => amount(v, layout, figureIndex++);
  if (!layout.threeCostsAsRow) {
    rows.push([word("项 目", layout), word("预算数", layout, 1), word("决算数", layout, 2)]);
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
    rows.push(["57.99", "57.40", "", "", "56.99", "56.98", "", "", "56.99", "56.98", "1.00", "0.42"].map(fig));
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
