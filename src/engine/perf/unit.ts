// The 部门（单位）整体绩效自评表: 单位名称 and 年初预算 lines, the 年度主要任务 table (对应项目, 项目下达金额,
// 项目执行金额, 项目执行率, 分值, 得分), the indicator table, and 总评价得分. The national 部门（单位）整体支出绩效自评表
// names the task columns 任务名称 | 主要内容 | 预算数 | 执行数 | 分值 | 执行率 | 得分, may have a 年度预算资金 block
// (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), and ends with a 总分 row.
import { cellAddress, rangeAddress } from "../grid";
import { RecognitionNote } from "../rule";
import { figureAt, findLabel, labelAt, textAt, textRightOf, valueColumnRightOf, SheetReader } from "./cells";
import { readFunds } from "./funds";
import { closingFigures, COLUMN_LETTERS, readIndicatorTable } from "./indicators";
import { cleanName, PerfSegment, warnMissingPart, yearOf } from "./segments";
import { PerfTask, PerfUnitSheet } from "./types";

/** Labels of the unit sheet's single values; a value search stops at the next of them. */
const UNIT_LABEL = /名称$|年初预算(收入|支出)|^年度主要任务$|^年度目标$|总评价得分|^总分$/;

type TaskColumn = "name" | "issued" | "spent" | "rate" | "points" | "score";

const TASK_WORDS: [TaskColumn, RegExp][] = [
  ["name", /^(对应项目|项目名称|任务名称)$/],
  ["issued", /下达(金额|数)|^(项目)?预算(金额|数)$/],
  ["spent", /执行(金额|数)$/],
  ["rate", /执行率$/],
  ["points", /^分值$/],
  ["score", /^得分$/],
];

const TASK_NAMES: Record<TaskColumn, string> = {
  name: "对应项目",
  issued: "项目下达金额",
  spent: "项目执行金额",
  rate: "项目执行率",
  points: "分值",
  score: "得分",
};

/** A row after the task table: the 年度目标 block, the 资金 block or the indicator table. */
const AFTER_TASKS = /^年度目标$|年初总体目标|^年度总体目标$|^绩效指标$|^一级指标$|^三级指标$|总评价得分|^总分$|资金\(万元\)$|^年度资金总额$|^全年预算数$/;

/** A row of the task table that sums the tasks: never a task. */
const TASK_SUM = /^(金额)?合计$|^小计$|^总计$/;

/** The national form's task table header: 任务名称 / 对应项目 with 预算数 (the sample's form says 下达金额). */
/** A task table header word without its unit or column letter: "预算数（万元）", "执行率（B/A）" → 预算数, 执行率. */
function taskWord(sheet: SheetReader, row: number, col: number): string {
  return labelAt(sheet, row, col).replace(COLUMN_LETTERS, "").replace(/\(万元\)$/, "");
}

function isTaskHeader(sheet: SheetReader, row: number): boolean {
  let named = false;
  let budget = false;
  for (let col = 1; col <= sheet.colCount; col++) {
    const label = taskWord(sheet, row, col);
    if (/^(对应项目|项目名称|任务名称)$/.test(label)) named = true;
    if (/^(项目)?预算(金额|数)$/.test(label)) budget = true;
  }
  return named && budget;
}

function readTasks(sheet: SheetReader, segment: PerfSegment, subject: string, notes: RecognitionNote[]): { tasks: PerfTask[]; total?: PerfTask; found: boolean } {
  let header: { row: number; col: number } | undefined = findLabel(sheet, segment.top, segment.bottom, (label) => /下达(金额|数)/.test(label));
  // The national form's task table may carry no scores at all (任务名称 | 主要内容 | 预算数 | 执行数): nothing missing then.
  const national = !header;
  for (let row = segment.top; row <= segment.bottom && !header; row++) if (isTaskHeader(sheet, row)) header = { row, col: 1 };
  if (!header) {
    return { tasks: [], found: false };
  }
  const columns: Partial<Record<TaskColumn, number>> = {};
  for (let col = 1; col <= sheet.colCount; col++) {
    const label = taskWord(sheet, header.row, col);
    const kind = TASK_WORDS.find(([, words]) => words.test(label))?.[0];
    if (kind && columns[kind] === undefined) columns[kind] = col;
  }
  // A task scored (a 得分 column) needs its 分值 and 执行率, in either form.
  const scored = !national || columns.score !== undefined;
  for (const column of (scored ? ["issued", "spent", "rate", "points", "score"] : ["issued", "spent"]) as TaskColumn[]) {
    if (columns[column] !== undefined) continue;
    notes.push({
      severity: "warning",
      table: "perf-unit",
      sheet: sheet.name,
      cell: cellAddress(header.row, header.col),
      related: [],
      expected: null,
      actual: null,
      message: `${subject}：年度主要任务表未找到“${TASK_NAMES[column]}”列，涉及它的核对无法进行`,
    });
  }

  const tasks: PerfTask[] = [];
  let total: PerfTask | undefined;
  const figure = (row: number, column: TaskColumn, money = false) =>
    columns[column] !== undefined ? figureAt(sheet, row, columns[column]!, { money, perRow: true }) : undefined;
  for (let row = header.row + 1; row <= segment.bottom; row++) {
    let ends = false;
    for (let col = 1; col <= sheet.colCount && !ends; col++) ends = AFTER_TASKS.test(labelAt(sheet, row, col));
    if (ends) break;
    let sumLabel: string | undefined;
    for (let col = 1; col <= sheet.colCount && !sumLabel; col++) if (TASK_SUM.test(labelAt(sheet, row, col))) sumLabel = textAt(sheet, row, col);
    // On a 合计 row "—" under 执行率, 分值 or 得分 means "not summed here": no figure, not a zero.
    const ratio = (column: TaskColumn) =>
      sumLabel !== undefined && columns[column] !== undefined && /^[-—–─]+$/.test(textAt(sheet, row, columns[column]!)) ? undefined : figure(row, column);
    const task: PerfTask = {
      row,
      name: sumLabel ?? (columns.name !== undefined ? textAt(sheet, row, columns.name) : ""),
      issued: figure(row, "issued", true),
      spent: figure(row, "spent", true),
      rate: ratio("rate"),
      points: ratio("points"),
      score: ratio("score"),
    };
    const hasFigure = [task.issued, task.spent, task.rate, task.points, task.score].some((c) => c && c.state !== "blank");
    if (task.name === "" && !hasFigure) continue;
    // A 合计 row is checked as the tasks' sum (perf/task-total), never counted as a task.
    if (sumLabel !== undefined) total ??= task;
    else tasks.push(task);
  }
  return { tasks, total, found: true };
}

export function readUnitSheet(sheet: SheetReader, segment: PerfSegment, notes: RecognitionNote[]): PerfUnitSheet {
  const { top, bottom } = segment;
  const nameHit = findLabel(sheet, top, bottom, (label) => /^部门(\(单位\))?名称$|^单位名称$/.test(label));
  const name = nameHit ? cleanName(textRightOf(sheet, nameHit, (l) => UNIT_LABEL.test(l))) : "";
  const subject = name ? `单位“${name}”` : `工作表“${sheet.name}”的整体绩效自评表`;

  const moneyRightOf = (pattern: RegExp) => {
    const hit = findLabel(sheet, top, bottom, (label) => pattern.test(label));
    if (!hit) return undefined;
    return figureAt(sheet, hit.row, valueColumnRightOf(sheet, hit.row, hit.col, (l) => UNIT_LABEL.test(l)), { money: true });
  };

  const { tasks, total: taskTotal, found: tasksFound } = readTasks(sheet, segment, subject, notes);
  const lastTaskRow = Math.max(tasks.length ? tasks[tasks.length - 1].row : top, taskTotal?.row ?? top);
  const table = readIndicatorTable({ sheet, top: lastTaskRow + 1, bottom, table: "perf-unit", subject, notes });

  const funds = readFunds(sheet, top, table ? table.headerRow - 1 : bottom, { table: "perf-unit", subject, notes });
  const fundTotal = funds?.rows.find((row) => row.total);
  const totalHit = findLabel(sheet, table ? table.headerEnd + 1 : top, bottom, (label) => /总评价得分|^总分$/.test(label));
  // 总分 | … | 100 | 93.78: the national form's figures stand under the 分值 and 得分 columns.
  const closing = totalHit && /^总分$/.test(totalHit.label) ? closingFigures(sheet, totalHit, table, (l) => UNIT_LABEL.test(l)) : undefined;
  const nationalTotal = !!totalHit && /^总分$/.test(totalHit.label);
  // A 总分 row whose columns are not known (no indicator table) is not read: its first figure is the 分值 100.
  const total = closing
    ? closing.value
    : totalHit && !nationalTotal
      ? figureAt(sheet, totalHit.row, valueColumnRightOf(sheet, totalHit.row, totalHit.col, (l) => UNIT_LABEL.test(l)))
      : undefined;
  if (nationalTotal && !closing && table) {
    warnMissingPart(notes, "perf-unit", sheet, segment, `${subject}：总分行的得分不在绩效指标表的“得分”列下，总分无法核对`);
  }
  // Every part not found, said once at the title.
  const parts = [
    ...(tasksFound ? [] : ["年度主要任务表（项目下达金额、项目执行金额、项目执行率）"]),
    ...(table ? [] : ["绩效指标表（一级指标、二级指标、三级指标、分值、得分）"]),
    ...(totalHit ? [] : ["“总评价得分”或“总分”"]),
  ];
  if (parts.length) warnMissingPart(notes, "perf-unit", sheet, segment, `${subject}：未找到${parts.join("、")}，涉及它的得分无法核对`);

  return {
    kind: "perf-unit",
    sheet: sheet.name,
    range: rangeAddress(top, 1, bottom, Math.max(sheet.colCount, 1)),
    year: yearOf(sheet, segment),
    name,
    titleAddress: segment.titleAddress,
    budgetIncome: moneyRightOf(/年初预算收入/),
    // The national form's 年初预算数 of 年度资金总额 is the year-start budget the 预算调整率 is measured against.
    budgetExpense: moneyRightOf(/年初预算支出/) ?? fundTotal?.yearStart,
    tasks,
    indicators: table?.indicators ?? [],
    pointsHeaderAddress: table?.pointsHeaderAddress,
    total,
    ...(taskTotal ? { taskTotal } : {}),
    ...(table?.completionDerived ? { completionDerived: true } : {}),
    ...(funds ? { funds: funds.rows } : {}),
    ...(closing?.points ? { totalPoints: closing.points } : {}),
  };
}
