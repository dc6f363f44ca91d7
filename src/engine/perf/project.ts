// The 预算项目（政策）绩效自评表: 项目名称, 主管部门, 实施单位, the 项目预算金额 / 全年执行数 / 执行率 line, the
// indicator table, and the footer 指标自评得分小计 · 预算执行率得分 · 减分项 · 绩效自评总得分. The national form
// (财预〔2020〕10号 项目支出绩效自评表) instead has a 项目资金 block (年度资金总额: 全年预算数, 全年执行数, 分值, 执行率,
// 得分), no 小计, and a 总分 row (减分项 before it in some provinces); a sheet may mix the two.
import { rangeAddress } from "../grid";
import { RecognitionNote } from "../rule";
import { FigureCell } from "../tables";
import { figureAt, findLabel, FigureOptions, textRightOf, valueColumnRightOf, SheetReader } from "./cells";
import { readFunds } from "./funds";
import { closingFigures, readIndicatorTable } from "./indicators";
import { cleanName, PerfSegment, warnMissingPart, yearOf } from "./segments";
import { PerfProjectSheet } from "./types";

const BUDGET = /^(项目)?预算(金额|数)|^年度预算(金额|数)/;
const SPENT = /^(全年)?执行(数|金额)/;
const RATE = /^执行率/;
const SUBTOTAL = /指标自评得分小计|^得分小计$/;
const RATE_SCORE = /执行率得分/;
const DEDUCTION = /^减分项?/;
const TOTAL = /绩效自评总得分|^总得分$/;
/** The national forms' total row: its score under the 得分 column, 100 under 分值. */
const NATIONAL_TOTAL = /^总分$/;
const NATIONAL_DEDUCTION = /^减分项?$/;

/** Every label of the project sheet; a value search stops at the next one. */
function isProjectLabel(label: string): boolean {
  return [/名称$/, /^主管部门/, /^实施单位/, BUDGET, SPENT, RATE, SUBTOTAL, RATE_SCORE, DEDUCTION, TOTAL, NATIONAL_TOTAL].some((p) => p.test(label));
}

export function readProjectSheet(sheet: SheetReader, segment: PerfSegment, notes: RecognitionNote[]): PerfProjectSheet {
  const { top, bottom } = segment;
  const nameHit = findLabel(sheet, top, bottom, (label) => /^项目(\(政策\))?名称$|^政策名称$/.test(label));
  const name = nameHit ? cleanName(textRightOf(sheet, nameHit, isProjectLabel)) : "";
  const subject = name ? `项目“${name}”` : `工作表“${sheet.name}”的项目绩效自评表`;
  const textOf = (pattern: RegExp) => {
    const hit = findLabel(sheet, top, bottom, (label) => pattern.test(label));
    return hit ? cleanName(textRightOf(sheet, hit, isProjectLabel)) : "";
  };

  const table = readIndicatorTable({ sheet, top, bottom, table: "perf-project", subject, notes });
  const headerBottom = table ? table.headerRow - 1 : bottom;
  const footerTop = table ? table.footerRow ?? table.headerEnd + 1 : top;
  const funds = readFunds(sheet, top, headerBottom, { table: "perf-project", subject, notes });
  const fundTotal = funds?.rows.find((row) => row.total);

  const missing: string[] = [];
  const valueOf = (pattern: RegExp, what: string, from: number, to: number, options: FigureOptions = {}, optional = false): FigureCell | undefined => {
    const hit = findLabel(sheet, from, to, (label) => pattern.test(label));
    if (!hit) {
      if (!optional) missing.push(what);
      return undefined;
    }
    return figureAt(sheet, hit.row, valueColumnRightOf(sheet, hit.row, hit.col, isProjectLabel), options);
  };
  /** 总分 / 减分项 of the national form, read under the indicator table's columns. */
  const closingOf = (pattern: RegExp) => {
    const hit = findLabel(sheet, footerTop, bottom, (label) => pattern.test(label));
    return hit ? closingFigures(sheet, hit, table, isProjectLabel) : undefined;
  };
  const nationalTotal = closingOf(NATIONAL_TOTAL);
  // The national form has no 小计 (总分 = Σ 得分 + 资金得分 − 减分项) and a 减分项 row only in some provinces.
  const national = !!fundTotal || !!nationalTotal;
  const nationalDeduction = national ? closingOf(NATIONAL_DEDUCTION) : undefined;

  const project: PerfProjectSheet = {
    kind: "perf-project",
    sheet: sheet.name,
    range: rangeAddress(top, 1, bottom, Math.max(sheet.colCount, 1)),
    year: yearOf(sheet, segment),
    name,
    titleAddress: segment.titleAddress,
    supervisor: textOf(/^主管部门/),
    implementer: textOf(/^实施单位/),
    budget: fundTotal ? fundTotal.budget ?? fundTotal.yearStart : valueOf(BUDGET, "项目预算金额", top, headerBottom, { money: true }),
    spent: fundTotal ? fundTotal.spent : valueOf(SPENT, "全年执行数", top, headerBottom, { money: true }),
    rate: fundTotal ? fundTotal.rate : valueOf(RATE, "执行率", top, headerBottom),
    indicators: table?.indicators ?? [],
    pointsHeaderAddress: table?.pointsHeaderAddress,
    subtotal: valueOf(SUBTOTAL, "指标自评得分小计", footerTop, bottom, {}, national),
    rateScore: fundTotal ? fundTotal.score : valueOf(RATE_SCORE, "预算执行率得分", footerTop, bottom),
    deduction: nationalDeduction ? nationalDeduction.value : valueOf(DEDUCTION, "减分项", footerTop, bottom, {}, national),
    total: nationalTotal ? nationalTotal.value : valueOf(TOTAL, "绩效自评总得分", footerTop, bottom),
  };
  if (table?.completionDerived) project.completionDerived = true;
  if (funds) project.funds = funds.rows;
  if (fundTotal?.points) project.ratePoints = fundTotal.points;
  if (nationalTotal?.points) project.totalPoints = nationalTotal.points;

  // Without the indicator table the 总分 cannot be told from its 分值 (both sit under its columns): said once, above.
  if (!table) missing.splice(0, missing.length, ...missing.filter((m) => m !== "绩效自评总得分" || !national));
  // Every part not found, said once at the title.
  const parts = [...(table ? [] : ["绩效指标表（一级指标、二级指标、三级指标、分值、得分）"]), ...missing.map((m) => `“${m}”`)];
  if (parts.length) {
    warnMissingPart(notes, "perf-project", sheet, segment, `${subject}：未找到${parts.join("、")}，涉及它的核对无法进行`);
  }
  return project;
}
