// The sample's tables as the recognisers would hand them over (PublicTable, perf sheets), built by hand from the
// figures of /work/shared/samples/000_dee175dac44828f2.txt, plus its narrative and an optional 参考数据 sheet, so the
// narrative rules can be tested without the recognisers.
import { parseFigureText } from "../../../src/engine/amount";
import { CellValue, cellAddress, sheetFromRows } from "../../../src/engine/grid";
import { narrativeFromSheet } from "../../../src/engine/narrative/recognize";
import { referenceFromSheet } from "../../../src/engine/narrative/reference";
import { PerfProjectSheet, PerfUnitSheet } from "../../../src/engine/perf/types";
import { WorkbookTables } from "../../../src/engine/rule";
import { FigureCell, PublicKind, PublicTable, TableRow } from "../../../src/engine/tables";
import { NARRATIVE } from "../../fixtures/sample-data";

export const NARRATIVE_SHEET = "情况说明";

/** A figure cell; `shown` is the figure as printed ("2259.73"), undefined for a blank cell. */
export function figureCell(sheet: string, row: number, col: number, shown?: string): FigureCell {
  const base = { sheet, row, col, address: cellAddress(row, col), formula: false, numFmt: "#,##0.00" };
  if (shown === undefined) return { ...base, state: "blank" };
  const parsed = parseFigureText(shown);
  if (parsed.kind !== "amount") throw new Error(`not a figure: ${shown}`);
  return { ...base, state: "amount", amount: parsed.amount };
}

type RowSpec = [key: string, name: string, ...figures: (string | undefined)[]];

/** A table whose rows start at row 6 and whose figure columns start at column C, in `columns` order. */
function table(kind: PublicKind, sheet: string, columns: string[], specs: RowSpec[]): PublicTable {
  const rows: TableRow[] = specs.map(([key, name, ...figures], i) => {
    const row = 6 + i;
    const cells: Record<string, FigureCell> = {};
    columns.forEach((column, c) => (cells[column] = figureCell(sheet, row, 3 + c, figures[c])));
    return { key, code: /^\d+$/.test(key) ? key : undefined, name, row, cells };
  });
  return { kind, sheet, range: `A1:H${6 + rows.length}`, unit: "万元", empty: false, columns, rows, year: "2024年度" };
}

const T01 = table("01", "01收入支出决算总表", ["amount"], [
  ["in.gpb", "一、一般公共预算财政拨款收入", "2259.73"],
  ["in.gov", "二、政府性基金预算财政拨款收入"],
  ["in.soe", "三、国有资本经营预算财政拨款收入"],
  ["in.superior", "四、上级补助收入"],
  ["in.business", "五、事业收入"],
  ["in.operating", "六、经营收入"],
  ["in.affiliated", "七、附属单位上缴收入"],
  ["in.other", "八、其他收入"],
  ["in.total", "本年收入合计", "2259.73"],
  ["in.nonFiscalSurplus", "使用非财政拨款结余"],
  ["in.carryIn", "年初结转和结余"],
  ["in.grand", "总计", "2259.73"],
  ["out.201", "一、一般公共服务支出", "1837.28"],
  ["out.208", "八、社会保障和就业支出", "247.92"],
  ["out.210", "九、卫生健康支出", "66.98"],
  ["out.221", "十九、住房保障支出", "107.54"],
  ["out.total", "本年支出合计", "2259.73"],
  ["out.surplusDist", "结余分配"],
  ["out.carryOut", "年末结转和结余"],
  ["out.grand", "总计", "2259.73"],
]);

const T03 = table("03", "03支出决算表", ["total", "basic", "project", "toSuperior", "operating", "affiliated"], [
  ["total", "合计", "2259.73", "1672.09", "587.63"],
  ["201", "一般公共服务支出", "1837.28", "1249.65", "587.63"],
  ["208", "社会保障和就业支出", "247.92", "247.92"],
  ["210", "卫生健康支出", "66.99", "66.99"],
  ["221", "住房保障支出", "107.54", "107.54"],
]);

const T04 = table("04", "04财政拨款收入支出决算总表", ["amount", "total", "gpb", "gov", "soe"], [
  ["in.gpb", "一、一般公共预算财政拨款", "2259.73"],
  ["out.201", "一、一般公共服务支出", undefined, "1837.28", "1837.28"],
  ["out.total", "本年支出合计", undefined, "2259.73", "2259.73"],
  ["out.grand", "总计", undefined, "2259.73", "2259.73"],
]);

const T05 = table("05", "05一般公共预算财政拨款支出决算表", ["total", "basic", "project"], [
  ["total", "合计", "2259.73", "1672.09", "587.63"],
  ["201", "一般公共服务支出", "1837.28", "1249.65", "587.63"],
  ["20131", "党委办公厅（室）及相关机构事务", "1837.28", "1249.65", "587.63"],
  ["2013101", "行政运行", "1116.80", "1116.80", "0.00"],
  ["2013102", "一般行政管理事务", "587.63", "0.00", "587.63"],
  ["2013150", "事业运行", "132.85", "132.85", "0.00"],
  ["208", "社会保障和就业支出", "247.92", "247.92", "0.00"],
  ["20805", "行政事业单位养老支出", "192.95", "192.95", "0.00"],
  ["2080501", "行政单位离退休", "35.88", "35.88", "0.00"],
  ["2080505", "机关事业单位基本养老保险缴费支出", "124.32", "124.32", "0.00"],
  ["2080506", "机关事业单位职业年金缴费支出", "32.75", "32.75", "0.00"],
  ["20808", "抚恤", "54.97", "54.97", "0.00"],
  ["2080801", "死亡抚恤", "54.97", "54.97", "0.00"],
  ["210", "卫生健康支出", "66.99", "66.99", "0.00"],
  ["21011", "行政事业单位医疗", "66.99", "66.99", "0.00"],
  ["2101101", "行政单位医疗", "40.63", "40.63", "0.00"],
  ["2101102", "事业单位医疗", "8.11", "8.11", "0.00"],
  ["2101103", "公务员医疗补助", "18.25", "18.25", "0.00"],
  ["221", "住房保障支出", "107.54", "107.54", "0.00"],
  ["22102", "住房改革支出", "107.54", "107.54", "0.00"],
  ["2210201", "住房公积金", "107.54", "107.54", "0.00"],
]);

const T06 = table("06", "06一般公共预算财政拨款基本支出决算表", ["amount"], [
  ["301", "工资福利支出", "1256.61"],
  ["30101", "基本工资", "391.82"],
  ["302", "商品和服务支出", "295.67"],
  ["30201", "办公费", "13.28"],
  ["303", "对个人和家庭的补助", "117.81"],
  ["30301", "离休费", "24.14"],
  ["307", "债务利息及费用支出"],
  ["310", "资本性支出", "2.00"],
  ["31002", "办公设备购置", "2.00"],
  ["312", "对企业补助"],
  ["399", "其他支出"],
  ["personnelTotal", "人员经费合计", "1374.42"],
  ["publicTotal", "公用经费合计", "297.67"],
]);

const T07 = table("07", "07财政拨款“三公”经费支出决算表", ["budget", "actual"], [
  ["total", "合计", "57.99", "57.40"],
  ["abroad", "1、因公出国（境）费"],
  ["reception", "2、公务接待费", "1.00", "0.42"],
  ["vehicle", "3、公务用车购置及运行费", "56.99", "56.98"],
  ["vehicleOps", "其中：(1) 公务用车运行维护费", "56.99", "56.98"],
  ["vehiclePurchase", "(2) 公务用车购置费"],
]);

const T08 = { ...table("08", "08政府性基金预算财政拨款收入支出决算表", ["carryIn", "income", "total", "basic", "project", "carryOut"], [["total", "合计"]]), empty: true };
const T09 = { ...table("09", "09国有资本经营预算财政拨款支出决算表", ["total", "basic", "project"], [["total", "合计"]]), empty: true };

function project(name: string, budget: string, spent: string, total: string): PerfProjectSheet {
  const sheet = `项目绩效自评表-${name}`;
  return {
    kind: "perf-project",
    sheet,
    range: "A1:V20",
    name,
    titleAddress: "A1",
    indicators: [],
    supervisor: "中共朝阳市委办公室-",
    implementer: "中共朝阳市委办公室-",
    budget: figureCell(sheet, 5, 4, budget),
    spent: figureCell(sheet, 5, 10, spent),
    total: figureCell(sheet, 20, 22, total),
  };
}

function unit(name: string, sheet: string, issued: string[], total: string): PerfUnitSheet {
  return {
    kind: "perf-unit",
    sheet,
    range: "A1:P40",
    name,
    titleAddress: "A1",
    indicators: [],
    tasks: issued.map((amount, i) => ({ row: 7 + i, name: `任务${i + 1}`, issued: figureCell(sheet, 7 + i, 5, amount) })),
    total: figureCell(sheet, 40, 12, total),
  };
}

const PROJECTS = [
  project("党委工作经费缺口", "112.83", "104.72", "99.28"),
  project("党委专项业务经费", "146.4", "138.47", "99.46"),
  project("招商引资专项经费", "20", "11.51", "69"),
];

const UNITS = [
  unit("中共朝阳市委办公室", "整体绩效自评表1", ["76.16", "165.54", "1046.34", "374.06"], "94.14"),
  unit("朝阳市机要保密技术服务中心", "整体绩效自评表2", ["172.39", "22.39", "9.48"], "93.78"),
];

/** The sample's 参考数据 as the Done criteria give it: the 财政拨款 year-start budgets. */
export const SAMPLE_BUDGETS: CellValue[][] = [
  ["项目", "科目编码", "上年决算数", "年初预算数"],
  ["合计", null, null, "1796.72"],
  ["基本支出", null, null, "1630.32"],
  ["项目支出", null, null, "166.40"],
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
