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
  /**
   * Why the indicator is not scored from figures, on a table without a 完成程度 column (the national forms): a
   * qualitative 年度指标值 (按时完成, 好), or a 实际完成值 that is not a number. Its 得分 is reported as 无法核对.
   */
  notScoredWhy?: string;
}

/** One row of a 资金 block (项目资金（万元） / 年度预算资金（万元）): 年度资金总额, 其中：当年财政拨款, 上年结转资金, 其他资金. */
export interface PerfFundRow {
  row: number;
  /** The row's label as shown: "年度资金总额", "其中：当年财政拨款". */
  label: string;
  /** The 年度资金总额 row (the one whose 分值, 执行率 and 得分 count). */
  total: boolean;
  /** 年初预算数, 全年预算数, 全年执行数 (万元). */
  yearStart?: FigureCell;
  budget?: FigureCell;
  spent?: FigureCell;
  /** 分值, 执行率, 得分; absent where the form shows "—" (does not apply). */
  points?: FigureCell;
  rate?: FigureCell;
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
  /**
   * The indicator table has neither 运算符号 nor 完成程度 column (the national forms): each indicator's 完成程度 is
   * worked out from 年度指标值 (operator and unit written inside it) and 实际完成值.
   */
  completionDerived?: boolean;
  /** The 资金 block of the national forms, when the sheet has one. */
  funds?: PerfFundRow[];
  /** The 分值 shown on the 总分 row (100), when the form has one. */
  totalPoints?: FigureCell;
}

export interface PerfUnitSheet extends PerfSheetBase {
  kind: "perf-unit";
  /** 部门年初预算收入金额 / 部门年初预算支出金额 (万元). */
  budgetIncome?: FigureCell;
  budgetExpense?: FigureCell;
  tasks: PerfTask[];
  /** The 年度主要任务 table's 合计 / 金额合计 row, when it has one (its figures are the tasks' sums). */
  taskTotal?: PerfTask;
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
  /** The points 预算执行率 is worth as the sheet shows them (the 资金 block's 分值, 10); absent: settings decide. */
  ratePoints?: FigureCell;
}

export type PerfSheet = PerfUnitSheet | PerfProjectSheet;

/** Every figure cell of a performance sheet, for the rules that visit all figures (input/invalid-figure). */
export function* perfFigureCells(sheet: PerfSheet): Generator<FigureCell> {
  const cells: (FigureCell | undefined)[] = [];
  if (sheet.kind === "perf-unit") {
    cells.push(sheet.budgetIncome, sheet.budgetExpense);
    for (const task of sheet.taskTotal ? [...sheet.tasks, sheet.taskTotal] : sheet.tasks) {
      cells.push(task.issued, task.spent, task.rate, task.points, task.score);
    }
  } else {
    cells.push(sheet.budget, sheet.spent, sheet.rate, sheet.ratePoints);
  }
  for (const fund of sheet.funds ?? []) {
    // A 年初预算数 that stands in for the sheet's budget (no 全年预算数 column) is visited as that.
    if (fund.yearStart !== (sheet.kind === "perf-unit" ? sheet.budgetExpense : sheet.budget)) cells.push(fund.yearStart);
    // The 年度资金总额 row's figures are the sheet's own (budget, spent …), visited once.
    if (sheet.kind === "perf-unit" || !fund.total) cells.push(fund.budget, fund.spent, fund.points, fund.rate, fund.score);
  }
  for (const indicator of sheet.indicators) {
    cells.push(indicator.target, indicator.actual, indicator.completion, indicator.points, indicator.score);
  }
  if (sheet.kind === "perf-unit") cells.push(sheet.total);
  else cells.push(sheet.subtotal, sheet.rateScore, sheet.deduction, sheet.total);
  cells.push(sheet.totalPoints);
  for (const cell of cells) if (cell) yield cell;
}
