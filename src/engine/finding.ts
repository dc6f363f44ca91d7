// A finding is what a rule says about one cell. Its shape is the JSON contract of cli-contract.md, plus a few
// fields the task pane and fill use (the table kind, the arithmetic, the fix for a blank derived cell).
import { Decimal } from "./decimal";

export type Severity = "error" | "warning" | "rounding" | "info";

export const SEVERITY_ORDER: Severity[] = ["error", "warning", "rounding", "info"];

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: "错误",
  warning: "提示",
  rounding: "尾差",
  info: "信息",
};

/** What fill would write into a blank derived cell. */
export type Fix =
  | { kind: "number"; sheet: string; cell: string; value: Decimal; numFmt: string; shown: string }
  | { kind: "text"; sheet: string; cell: string; text: string; shown: string };

export interface Finding {
  rule: string;
  /** The key of the rule's meta.messages the message was rendered from (absent on recognition notes). */
  messageId?: string;
  severity: Severity;
  sheet: string;
  cell: string;
  /** Cells the checked figure was computed from: "A1" on the same sheet, "Sheet!A1" on another. */
  related: string[];
  expected: string | null;
  actual: string | null;
  message: string;
  /** The kind of table the cell belongs to ("01" … "09", "perf-unit", "perf-project", "narrative"). */
  table?: string;
  /** The arithmetic behind the finding, e.g. "1249.65 + 247.92 + 66.99 + 107.54 = 1672.10". */
  detail?: string;
  /** For a blank derived cell: the value fill writes. */
  fix?: Fix;
  /** The department whose tables the finding is about, when the workbook holds several. */
  department?: string;
}

export interface Summary {
  error: number;
  warning: number;
  rounding: number;
  info: number;
}

export function summarize(findings: Finding[]): Summary {
  const summary: Summary = { error: 0, warning: 0, rounding: 0, info: 0 };
  for (const finding of findings) summary[finding.severity]++;
  return summary;
}
