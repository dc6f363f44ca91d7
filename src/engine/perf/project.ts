// The 预算项目（政策）绩效自评表: 项目名称, 主管部门, 实施单位, the 项目预算金额 / 全年执行数 / 执行率 line, the
// indicator table, and the footer 指标自评得分小计 · 预算执行率得分 · 减分项 · 绩效自评总得分.
import { rangeAddress } from "../grid";
import { RecognitionNote } from "../rule";
import { FigureCell } from "../tables";
import { figureAt, findLabel, FigureOptions, textRightOf, valueColumnRightOf, SheetReader } from "./cells";
import { readIndicatorTable } from "./indicators";
import { cleanName, PerfSegment, warnMissingPart, yearOf } from "./segments";
import { PerfProjectSheet } from "./types";

const BUDGET = /^(项目)?预算(金额|数)|^年度预算(金额|数)/;
const SPENT = /^(全年)?执行(数|金额)/;
const RATE = /^执行率/;
const SUBTOTAL = /指标自评得分小计|^得分小计$/;
const RATE_SCORE = /执行率得分/;
const DEDUCTION = /^减分项?/;
const TOTAL = /绩效自评总得分|^总得分$/;

/** Every label of the project sheet; a value search stops at the next one. */
function isProjectLabel(label: string): boolean {
  return [/名称$/, /^主管部门/, /^实施单位/, BUDGET, SPENT, RATE, SUBTOTAL, RATE_SCORE, DEDUCTION, TOTAL].some((p) => p.test(label));
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
  if (!table) {
    warnMissingPart(notes, "perf-project", sheet, segment, `${subject}：未找到绩效指标表（一级指标、二级指标、三级指标、分值、得分），指标得分无法核对`);
  }
  const headerBottom = table ? table.headerRow - 1 : bottom;
  const footerTop = table ? table.footerRow ?? table.headerEnd + 1 : top;

  const missing: string[] = [];
  const valueOf = (pattern: RegExp, what: string, from: number, to: number, options: FigureOptions = {}): FigureCell | undefined => {
    const hit = findLabel(sheet, from, to, (label) => pattern.test(label));
    if (!hit) {
      missing.push(what);
      return undefined;
    }
    return figureAt(sheet, hit.row, valueColumnRightOf(sheet, hit.row, hit.col, isProjectLabel), options);
  };

  const project: PerfProjectSheet = {
    kind: "perf-project",
    sheet: sheet.name,
    range: rangeAddress(top, 1, bottom, Math.max(sheet.colCount, 1)),
    year: yearOf(sheet, segment),
    name,
    titleAddress: segment.titleAddress,
    supervisor: textOf(/^主管部门/),
    implementer: textOf(/^实施单位/),
    budget: valueOf(BUDGET, "项目预算金额", top, headerBottom, { money: true }),
    spent: valueOf(SPENT, "全年执行数", top, headerBottom, { money: true }),
    rate: valueOf(RATE, "执行率", top, headerBottom),
    indicators: table?.indicators ?? [],
    pointsHeaderAddress: table?.pointsHeaderAddress,
    subtotal: valueOf(SUBTOTAL, "指标自评得分小计", footerTop, bottom),
    rateScore: valueOf(RATE_SCORE, "预算执行率得分", footerTop, bottom),
    deduction: valueOf(DEDUCTION, "减分项", footerTop, bottom),
    total: valueOf(TOTAL, "绩效自评总得分", footerTop, bottom),
  };

  if (missing.length) {
    warnMissingPart(notes, "perf-project", sheet, segment, `${subject}：未找到${missing.map((m) => `“${m}”`).join("、")}，涉及它的核对无法进行`);
  }
  return project;
}
