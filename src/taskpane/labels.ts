// Names the pane shows: tables as the reports name them, classes of findings, counts.
import { Finding, SEVERITY_LABEL, Severity } from "../engine/finding";
import { tableLabel } from "../engine/tables";

/** How the pane sorts a finding: its class, except that a blank cell fill can compute is 可填充, not a problem. */
export type DisplayClass = Severity | "fillable";

export const DISPLAY_ORDER: DisplayClass[] = ["error", "warning", "rounding", "fillable", "info"];

export const CLASS_LABEL: Record<DisplayClass, string> = { ...SEVERITY_LABEL, fillable: "可填充" };

/** One line under a class heading, saying what it means for the accountant. */
export const CLASS_HINT: Partial<Record<DisplayClass, string>> = {
  rounding: "四舍五入造成的尾数差异，可不处理",
  fillable: "空白的合计或计算项，一键填充可按表内数据填写",
  info: "缺少的表或参考数据，相关核对未进行",
};

export function displayClass(finding: Finding): DisplayClass {
  return finding.fix ? "fillable" : finding.severity;
}

/** "支出决算表（公开03表）": the engine names tables the same way for the pane and the command line. */
export { tableLabel };

export type ClassCounts = Record<DisplayClass, number>;

export function countByClass(findings: Finding[]): ClassCounts {
  const counts: ClassCounts = { error: 0, warning: 0, rounding: 0, fillable: 0, info: 0 };
  for (const finding of findings) counts[displayClass(finding)]++;
  return counts;
}

/** Where a finding is: "03支出决算表!D8". */
export function whereOf(finding: Pick<Finding, "sheet" | "cell">): string {
  return `${finding.sheet}!${finding.cell}`;
}

/** A stable key for a finding in lists. */
export function findingKey(finding: Finding): string {
  return `${finding.rule}|${finding.sheet}|${finding.cell}|${finding.message}`;
}
