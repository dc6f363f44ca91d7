// The 预算绩效 paragraphs restate the performance sheets (domain.md §5): the number of projects, 涉及资金 (Σ 项目预算
// 金额; for units Σ 项目下达金额), 自评平均分 (the mean of the totals), and per project 自评得分, 全年预算数 and
// 全年执行数. Its 完成预算的 P% is checked from the sentence alone by the budget-rate pattern.
import { qualify } from "../../grid";
import { FigureCell } from "../../tables";
import { PerfProjectSheet, PerfSheet } from "../../perf/types";
import { normalizePhrase } from "../text";
import { Source } from "../sources";
import { FIG, PatternContext, addMention, claim, figuresIn, matchesIn, paragraphText } from "./context";

const PROJECT_COUNT = new RegExp(`(?:涉及|开展|反映)[^，。；,;(（]*?项目\\s*(${FIG})\\s*个|(${FIG})\\s*个项目(?:绩效)?(?:自评|评价)`, "g");
const UNIT_COUNT = new RegExp(`对\\s*(${FIG})\\s*个(?:单位|部门)[^，。；]*?整体绩效`, "g");
const FUNDS = new RegExp(`涉及资金(?:总额|共计|合计)?为?\\s*(${FIG})\\s*万元`, "g");
const MEAN = new RegExp(`(?:自评)?平均(?:得)?分(?:为|是)?\\s*(${FIG})\\s*分`, "g");
const PROJECT_SCORE = new RegExp(`(?:项目)?自评(?:总)?得分(?:为)?\\s*(${FIG})\\s*分`, "g");
const PROJECT_BUDGET = new RegExp(`(?:项目)?(?:全年)?预算(?:数|金额)为?\\s*(${FIG})\\s*万元`, "g");
const PROJECT_SPENT = new RegExp(`(?:全年)?执行(?:数|金额)为?\\s*(${FIG})\\s*万元`, "g");
const SUMMARY = /^\s*(?:[（(]\d+[）)]|\d+[.、．])?\s*(.+?)自评综述/;

const nonBlank = (cells: (FigureCell | undefined)[]): FigureCell[] => cells.filter((c): c is FigureCell => !!c);

/** A project's name without the words that vary between the sheet and the text (项目, 专项, 经费, 资金). */
function projectKey(name: string): string {
  return normalizePhrase(name).replace(/项目|专项|经费|资金/g, "");
}

function projectByName(projects: PerfProjectSheet[], name: string): PerfProjectSheet | undefined {
  const key = projectKey(name);
  if (!key) return undefined;
  const exact = projects.filter((p) => projectKey(p.name) === key);
  if (exact.length === 1) return exact[0];
  const loose = projects.filter((p) => projectKey(p.name).includes(key) || key.includes(projectKey(p.name)));
  return loose.length === 1 ? loose[0] : undefined;
}

function restate(context: PatternContext, match: RegExpExecArray, label: string, source: Source): void {
  const figure = figuresIn(context, match.index, match.index + match[0].length)[0];
  if (!figure || context.claimed.has(figure)) return;
  const quote = { start: match.index, end: Math.max(figure.unitEnd, match.index + match[0].length) };
  claim(context, { kind: "amount", paragraph: context.paragraph, quote, figure, label, source }, [figure]);
}

/** Segments of the paragraph split at ；, each about projects or units (or a 重点评价 with nothing to check). */
function segmentOf(context: PatternContext, position: number): "projects" | "units" | "other" {
  const text = context.scan;
  let start = position;
  while (start > context.paragraph.start && !"；;。".includes(text[start - 1])) start--;
  let end = position;
  while (end < context.paragraph.end && !"；;。".includes(text[end])) end++;
  const segment = text.slice(start, end);
  if (/重点[^，。；,;]*?评价/.test(segment)) return "other";
  if (/整体绩效|个单位/.test(segment)) return "units";
  if (/项目/.test(segment)) return "projects";
  return "other";
}

export function perfPattern(context: PatternContext): void {
  const projects = context.tables.perfProjects ?? [];
  const units = context.tables.perfUnits ?? [];
  if (projects.length === 0 && units.length === 0) return;
  const from = context.paragraph.cell.sheet;
  const sheetRef = (sheet: string, address: string) => qualify(sheet, address, from);

  // A 总得分 not filled yet is offered to fill on its sheet; sentences built on it wait for it. Read as filled (fill's
  // plan), it holds the score fill writes there, so the sentence is filled in the same run.
  const totalOf = (sheet: PerfSheet) => (sheet.total?.state === "blank" && context.tables.asFilled?.perfTotal(sheet)) || sheet.total;
  const awaitingFill = (sheets: PerfSheet[]) => sheets.some((s) => totalOf(s)?.state === "blank");
  // Sources are made only for a paragraph that states such a figure (most state none).
  const projectCount = (): Source => ({
    kind: "count",
    count: projects.length,
    label: "项目绩效自评表张数",
    related: projects.map((p) => sheetRef(p.sheet, p.titleAddress)),
  });
  const unitCount = (): Source => ({
    kind: "count",
    count: units.length,
    label: "整体绩效自评表张数",
    related: units.map((u) => sheetRef(u.sheet, u.titleAddress)),
  });

  if (projects.length > 0) {
    for (const match of matchesIn(context, PROJECT_COUNT, ["个"])) {
      if (segmentOf(context, match.index) !== "projects") continue;
      restate(context, match, "绩效自评项目个数", projectCount());
    }
  }
  if (units.length > 0) {
    for (const match of matchesIn(context, UNIT_COUNT, ["个", "整体绩效"])) restate(context, match, "整体绩效自评单位个数", unitCount());
  }
  for (const match of matchesIn(context, FUNDS, ["涉及资金", "万元"])) {
    const segment = segmentOf(context, match.index);
    if (segment === "projects" && projects.length > 0) {
      const cells = nonBlank(projects.map((p) => p.budget));
      restate(context, match, "项目绩效自评涉及资金", { kind: "cells", cells, label: "项目预算金额合计" });
    } else if (segment === "units" && units.length > 0) {
      const cells = nonBlank(units.flatMap((u) => u.tasks.map((t) => t.issued)));
      restate(context, match, "整体绩效自评涉及资金", { kind: "cells", cells, label: "项目下达金额合计" });
    }
  }
  for (const match of matchesIn(context, MEAN, ["平均", "分"])) {
    const segment = segmentOf(context, match.index);
    // The totals are gathered only for a paragraph that states a mean (most state none).
    const totals = nonBlank(segment === "projects" ? projects.map(totalOf) : segment === "units" ? units.map(totalOf) : []);
    if (segment === "projects" && totals.length > 0 && !awaitingFill(projects)) {
      restate(context, match, "项目自评平均分", { kind: "mean", cells: totals, label: "项目绩效自评总得分的平均数" });
    } else if (segment === "units" && totals.length > 0 && !awaitingFill(units)) {
      restate(context, match, "整体自评平均分", { kind: "mean", cells: totals, label: "整体绩效自评总评价得分的平均数" });
    }
  }

  // "(1) 党委专项业务项目自评综述：…项目自评得分 99.46 分。项目全年预算数为 146.4 万元，全年执行数为 138.47 万元"
  const text = paragraphText(context);
  const summary = text.includes("自评综述") ? SUMMARY.exec(text) : null;
  const project = summary ? projectByName(projects, summary[1]) : undefined;
  if (!project) return;
  const figureOf = (cell: FigureCell | undefined, label: string): Source =>
    cell ? { kind: "cells", cells: [cell], label } : { kind: "missing", column: "本年决算数", label };
  // "完成预算的 94.59%" later in the paragraph is about this project.
  addMention(context, { position: context.paragraph.start, label: project.name, current: figureOf(project.spent, "全年执行数") });
  for (const match of matchesIn(context, PROJECT_SCORE, ["自评", "得分"])) {
    const total = totalOf(project);
    if (total?.state === "blank") continue;
    restate(context, match, `${project.name}自评得分`, figureOf(total, "绩效自评总得分"));
  }
  for (const match of matchesIn(context, PROJECT_BUDGET, ["预算", "万元"])) {
    restate(context, match, `${project.name}全年预算数`, figureOf(project.budget, "项目预算金额"));
  }
  for (const match of matchesIn(context, PROJECT_SPENT, ["执行", "万元"])) {
    restate(context, match, `${project.name}全年执行数`, figureOf(project.spent, "全年执行数"));
  }
}
