// The typed tables recognisers produce and rules read. Every figure keeps its sheet and address so a
// finding can point at it. Row and column keys are canonical (below), whatever the workbook's layout.
import { Amount } from "./amount";
import { Decimal } from "./decimal";

/** One figure cell of a recognised table. */
export interface FigureCell {
  sheet: string;
  row: number;
  col: number;
  /** "C9" */
  address: string;
  /** blank: exactly 0 (and fillable); amount: a figure; invalid: text or an error value where a figure belongs. */
  state: "blank" | "amount" | "invalid";
  amount?: Amount;
  /** Why an invalid cell is not a figure, in Chinese. */
  problem?: string;
  /** The cell holds a formula (fill leaves it alone). */
  formula: boolean;
  /** The number format the cell has, so fill can write in the table's format. */
  numFmt: string;
  /**
   * For a stand-in value (a blank total shown as the value fill would write): how far the true figure may lie from
   * it, the rounding of all the parts it was summed from. Absent for a figure as typed (half its last digit).
   */
  roundingRadius?: Decimal;
}

export interface TableRow {
  /** Canonical key: "total", a code ("201", "2013101", "30101"), or an item key such as "in.gpb". */
  key: string;
  code?: string;
  /** The name as the workbook shows it. */
  name: string;
  /** Worksheet row of the row's figures. */
  row: number;
  /** Figures by canonical column key. */
  cells: Record<string, FigureCell | undefined>;
}

export type PublicKind = "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09";
export type TableKind = PublicKind | "perf-unit" | "perf-project" | "narrative";

export interface TableBase {
  kind: TableKind;
  sheet: string;
  /** The range the table occupies, "A1:F40". */
  range: string;
  /** From the 部门： line, when present. */
  department?: string;
  /** From the "2024 年度" line, when present. */
  year?: string;
}

export interface PublicTable extends TableBase {
  kind: PublicKind;
  unit: "万元" | "元";
  /** Recognised, but without any figure (08 and 09 of a department with no such funds). */
  empty: boolean;
  /** Canonical column keys present in the table, in sheet order. */
  columns: string[];
  rows: TableRow[];
}

export const PUBLIC_KINDS: PublicKind[] = ["01", "02", "03", "04", "05", "06", "07", "08", "09"];

export const PUBLIC_TITLES: Record<PublicKind, string> = {
  "01": "收入支出决算总表",
  "02": "收入决算表",
  "03": "支出决算表",
  "04": "财政拨款收入支出决算总表",
  "05": "一般公共预算财政拨款支出决算表",
  "06": "一般公共预算财政拨款基本支出决算表",
  "07": "财政拨款“三公”经费支出决算表",
  "08": "政府性基金预算财政拨款收入支出决算表",
  "09": "国有资本经营预算财政拨款支出决算表",
};

/**
 * Column keys by table. Tables 01 and 04 have one row per item and side; their rows' keys say the item.
 *  - 01: every row has the column "amount".
 *  - 04: income rows have "amount"; expense rows have "total", "gpb", "gov", "soe".
 *  - 06: every row has "amount".
 *  - 07: every row has "budget" and "actual".
 */
export const COLUMN_KEYS = {
  "02": ["total", "fiscal", "superior", "business", "operating", "affiliated", "other"],
  "03": ["total", "basic", "project", "toSuperior", "operating", "affiliated"],
  "04": ["total", "gpb", "gov", "soe"],
  "05": ["total", "basic", "project"],
  "07": ["budget", "actual"],
  "08": ["carryIn", "income", "total", "basic", "project", "carryOut"],
  "09": ["total", "basic", "project"],
} as const;

/**
 * Row keys of the item tables.
 *  - 01 income: in.gpb 一般公共预算财政拨款收入, in.gov 政府性基金预算财政拨款收入, in.soe 国有资本经营预算财政拨款收入,
 *    in.superior 上级补助收入, in.business 事业收入, in.operating 经营收入, in.affiliated 附属单位上缴收入, in.other 其他收入,
 *    in.total 本年收入合计, in.nonFiscalSurplus 使用非财政拨款结余, in.carryIn 年初结转和结余, in.grand 总计.
 *  - 01 expense: out.<类 code> for the 26 categories (out.201 …), out.total 本年支出合计, out.surplusDist 结余分配,
 *    out.carryOut 年末结转和结余, out.grand 总计.
 *  - 04 income: in.gpb, in.gov, in.soe, in.total 本年收入合计, in.carryIn 年初财政拨款结转和结余 with
 *    in.carryIn.gpb / in.carryIn.gov / in.carryIn.soe, in.grand 总计.
 *  - 04 expense: out.<类 code>, out.total 本年支出合计, out.carryOut 年末财政拨款结转和结余, out.grand 总计.
 *  - 02, 03, 05, 08, 09: "total" for 合计, then one row per functional code.
 *  - 06: one row per economic code ("301", "30101" …), personnelTotal 人员经费合计, publicTotal 公用经费合计.
 *  - 07: total 合计, abroad 因公出国（境）费, reception 公务接待费, vehicle 公务用车购置及运行费,
 *    vehicleOps 公务用车运行维护费, vehiclePurchase 公务用车购置费.
 */
export const INCOME_ITEMS_01 = [
  "in.gpb",
  "in.gov",
  "in.soe",
  "in.superior",
  "in.business",
  "in.operating",
  "in.affiliated",
  "in.other",
] as const;

export function findRow(table: PublicTable, key: string): TableRow | undefined {
  return table.rows.find((row) => row.key === key);
}

export function figure(table: PublicTable, rowKey: string, column: string): FigureCell | undefined {
  return findRow(table, rowKey)?.cells[column];
}

const OTHER_KIND_TITLES: Record<string, string> = {
  "perf-unit": "部门（单位）整体绩效自评表",
  "perf-project": "预算项目（政策）绩效自评表",
  narrative: "情况说明",
};

/** How reports name a table kind: "支出决算表（公开03表）", "预算项目（政策）绩效自评表", or "其他" for none. */
export function tableLabel(kind: string | undefined): string {
  if (!kind) return "其他";
  if (kind in PUBLIC_TITLES) return `${PUBLIC_TITLES[kind as PublicKind]}（公开${kind}表）`;
  return OTHER_KIND_TITLES[kind] ?? kind;
}

/** The amount a figure cell stands for: null for a blank or a missing cell (exactly 0). */
export function amountIn(cell: FigureCell | undefined): Amount | null {
  return cell?.state === "amount" && cell.amount ? cell.amount : null;
}
