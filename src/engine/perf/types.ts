// The performance self-evaluation sheets (绩效自评, domain.md §5) as recognisers find them: the 部门（单位）整体
// 绩效自评表 ("perf-unit") and the 预算项目（政策）绩效自评表 ("perf-project"). Every figure is a FigureCell, so a
// finding can point at it; texts (names, qualitative targets) are kept as shown.
import { FigureCell, TableBase } from "../tables";

/** 运算符号: "=" and ">=" are forward indicators, "<=" reverse; null for a qualitative indicator (no sign). */
export type PerfOperator = "=" | ">=" | "<=";

/** One row of the indicator table (一级/二级/三级指标 … 分值, 得分). */
export interface PerfIndicator {
  /** Worksheet row. */
  row: number;
  level1: string;
  level2: string;
  /** The 三级指标: the indicator's name. */
  name: string;
  operator: PerfOperator | null;
  /** The 运算符号 cell, "E22", when the column exists. */
  operatorAddress?: string;
  /** 指标值 and 全年完成值 as figures, for a quantitative indicator (one with a 运算符号). */
  target?: FigureCell;
  actual?: FigureCell;
  /** 指标值 and 全年完成值 as shown text, for every indicator (a qualitative one has only these). */
  targetText: string;
  actualText: string;
  /** 度量单位: "%", "次" … */
  unit: string;
  completion?: FigureCell;
  points?: FigureCell;
  score?: FigureCell;
}

/** One row of the 年度主要任务 table of a 整体 sheet. */
export interface PerfTask {
  row: number;
  /** 对应项目 */
  name: string;
  /** 项目下达金额 (万元) */
  issued?: FigureCell;
  /** 项目执行金额 (万元) */
  spent?: FigureCell;
  /** 项目执行率 */
  rate?: FigureCell;
  points?: FigureCell;
  score?: FigureCell;
}

interface PerfSheetBase extends TableBase {
  kind: "perf-unit" | "perf-project";
  /** The 项目名称 / 单位名称 as findings name the sheet: "招商引资专项经费", "中共朝阳市委办公室". */
  name: string;
  /** The title cell, "A1": where sheet-wide notes point. */
  titleAddress: string;
  indicators: PerfIndicator[];
  /** The header cell of the indicator table's 分值 column: where the 分值 total is reported. */
  pointsHeaderAddress?: string;
}

export interface PerfUnitSheet extends PerfSheetBase {
  kind: "perf-unit";
  /** 部门年初预算收入金额 / 部门年初预算支出金额 (万元). */
  budgetIncome?: FigureCell;
  budgetExpense?: FigureCell;
  tasks: PerfTask[];
  /** 总评价得分 */
  total?: FigureCell;
}

export interface PerfProjectSheet extends PerfSheetBase {
  kind: "perf-project";
  /** 主管部门 and 实施单位 as shown. */
  supervisor: string;
  implementer: string;
  /** 项目预算金额, 全年执行数 (万元) and 执行率. */
  budget?: FigureCell;
  spent?: FigureCell;
  rate?: FigureCell;
  /** 指标自评得分小计, 预算执行率得分, 减分项, 绩效自评总得分. */
  subtotal?: FigureCell;
  rateScore?: FigureCell;
  deduction?: FigureCell;
  total?: FigureCell;
}

export type PerfSheet = PerfUnitSheet | PerfProjectSheet;

/** Every figure cell of a performance sheet, for the rules that visit all figures (input/invalid-figure). */
export function* perfFigureCells(sheet: PerfSheet): Generator<FigureCell> {
  const cells: (FigureCell | undefined)[] = [];
  if (sheet.kind === "perf-unit") {
    cells.push(sheet.budgetIncome, sheet.budgetExpense);
    for (const task of sheet.tasks) cells.push(task.issued, task.spent, task.rate, task.points, task.score);
  } else {
    cells.push(sheet.budget, sheet.spent, sheet.rate);
  }
  for (const indicator of sheet.indicators) {
    cells.push(indicator.target, indicator.actual, indicator.completion, indicator.points, indicator.score);
  }
  if (sheet.kind === "perf-unit") cells.push(sheet.total);
  else cells.push(sheet.subtotal, sheet.rateScore, sheet.deduction, sheet.total);
  for (const cell of cells) if (cell) yield cell;
}
