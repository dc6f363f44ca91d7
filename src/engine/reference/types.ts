// The workbooks an accountant gives beside the one checked — last year's 决算 workbook (--previous) and this year's
// 部门预算 workbook (--budget) — and what the engine makes of them for one department's tables: the 参考数据 figures
// (上年决算数, 年初预算数) they supply, and what the cross-year rules (rules/previous) need.
import { ReferenceColumn } from "../narrative/types";
import { RecognitionNote, WorkbookTables } from "../rule";
import { FigureCell, PublicTable } from "../tables";

/** How findings name a cell of last year's workbook: "上年:Sheet!A1" (cli-contract.md). */
export const PREVIOUS_PREFIX = "上年:";
/** How findings name a cell of this year's budget workbook: "本年预算:Sheet!A1". */
export const BUDGET_PREFIX = "本年预算:";

/** The “三公” budget table's items, keyed as table 07's rows are. */
export type ThreePublicBudgetKey = "total" | "abroad" | "reception" | "vehicle" | "vehicleOps" | "vehiclePurchase";

/** The 部门预算 disclosure tables Juesuan reads (recognize/budget). */
export interface BudgetTables {
  /** 财政拨款收支预算总表, read with 公开04表's recogniser (same two sides, same 合计 | 一般公共预算 | … columns). */
  summary?: PublicTable;
  /** 一般公共预算支出预算表 by 功能分类 (合计 | 基本支出 | 项目支出), read with 公开05表's recogniser. */
  functional?: PublicTable;
  /** 一般公共预算“三公”经费支出预算表: one figure per item. */
  threePublic?: { sheet: string; cells: Partial<Record<ThreePublicBudgetKey, FigureCell>> };
  /** From the tables' 部门： and 年度 lines. */
  department?: string;
  year?: string;
  /** Problems met while reading them. */
  notes: RecognitionNote[];
}

/** A workbook given beside the checked one, already recognised. */
interface Companion<T> {
  /** The file name, for messages. */
  name: string;
  tables: T;
}

export interface ReferenceInputs {
  previous?: Companion<WorkbookTables>;
  budget?: Companion<BudgetTables>;
}

/**
 * Why a companion does not fit, or what could not be confirmed, as previous/workbook-fit words it: the id of its
 * message and the values of the message's placeholders ({{what}} is “上年决算工作簿“名称””, and so on).
 */
export type FitProblem =
  | { id: "wrongYear"; data: { what: string; year: string; wantYear: string } }
  | { id: "wrongDepartment"; data: { what: string; department: string; ownDepartment: string } }
  | { id: "unconfirmed"; data: { what: string; unknown: string; whose: string } }
  | { id: "previousWithoutTables" | "budgetWithoutTables"; data: { what: string } }
  | { id: "otherUnit"; data: { what: string; unit: string; ownUnit: string } };

/** Whether a companion belongs with the checked workbook: its year and department as they should be. */
export interface Fit {
  usable: boolean;
  /** Why not, or what could not be confirmed; absent when all is as it should be. */
  problem?: FitProblem;
}

/** A 参考数据 figure a typed sheet and a companion workbook both give, differently. The typed one is used. */
export interface ReferenceConflict {
  item: string;
  column: ReferenceColumn;
  typed: FigureCell;
  derived: FigureCell;
}

/** A functional code of this year's tables that last year's tables do not have (a new 项). */
export interface NewItem {
  code: string;
  name: string;
  cell: FigureCell;
  table: string;
}

/** What one department's check knows of the companions. */
export interface CrossYear {
  inputs: ReferenceInputs;
  previousFit?: Fit;
  budgetFit?: Fit;
  /** Last year's tables, only when they fit (a wrong year or department gives no year-on-year finding). */
  previous?: WorkbookTables;
  budget?: BudgetTables;
  conflicts: ReferenceConflict[];
  newItems: NewItem[];
}
