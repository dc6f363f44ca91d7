// The readable report of `juesuan check`: grouped by table, errors first, each line with sheet!cell, the class,
// expected and actual. For people at a terminal; scripts use --json.
import { CheckResult } from "../engine";
import { Finding, SEVERITY_LABEL, SEVERITY_ORDER, Summary } from "../engine/finding";
import { tableLabel } from "../engine/tables";
import { coverageLine } from "../engine/narrative/claim-entries";

function findingLine(finding: Finding, locate?: Locate): string {
  const page = locate?.(finding.sheet, finding.cell)?.page;
  const where = `${finding.sheet}!${finding.cell}${page ? `（第 ${page} 页）` : ""}`;
  const figures =
    finding.expected !== null || finding.actual !== null
      ? `  应为 ${finding.expected ?? "—"}  实为 ${finding.actual ?? "—"}`
      : "";
  const lines = [`  [${SEVERITY_LABEL[finding.severity]}] ${where}${figures}`, `      ${finding.message}`];
  if (finding.detail) lines.push(`      ${finding.detail}`);
  return lines.join("\n");
}

export function countsLine(s: Summary): string {
  return `错误 ${s.error} · 提示 ${s.warning} · 尾差 ${s.rounding} · 信息 ${s.info}`;
}

export function summaryLine(result: CheckResult): string {
  return countsLine(result.summary);
}

/** One line per department: "部门 中共××办公室：错误 2 · 提示 3 · 尾差 24 · 信息 17". */
export function departmentLines(result: CheckResult): string[] {
  return (result.departments ?? []).map((d) => `部门 ${d.name ?? "（未注明部门）"}：${countsLine(d.summary)}`);
}

/** The readable report; for a PDF each finding also names its page. */
export function renderReport(result: CheckResult, locate?: Locate): string {
  const out: string[] = [];
  out.push(`决算助手 审核报告：${result.workbook}`);
  out.push(`识别到 ${result.tables.length} 张表：${result.tables.map((t) => `${tableLabel(t.kind)}[${t.sheet}]`).join("、")}`);
  out.push("");
  const groups = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const key = finding.department ? `${finding.department} · ${tableLabel(finding.table)}` : tableLabel(finding.table);
    const list = groups.get(key) ?? [];
    list.push(finding);
    groups.set(key, list);
  }
  for (const [label, findings] of groups) {
    const counts = SEVERITY_ORDER.map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${SEVERITY_LABEL[s]} ${n}`)
      .join(" ");
    out.push(`■ ${label}  ${counts}`);
    for (const finding of findings) out.push(findingLine(finding, locate));
    out.push("");
  }
  if (result.findings.length === 0) out.push("全部核对通过，没有发现问题。", "");
  // Only a workbook with a narrative says how much of it was checked.
  if (result.tables.some((t) => t.kind === "narrative")) out.push(coverageLine(result.claims ?? []));
  out.push(...departmentLines(result));
  out.push(`合计：${summaryLine(result)}`);
  return out.join("\n") + "\n";
}

/** Where a sheet's cell is printed in a PDF report: its page (1-based) and rectangle [x0, y0, x1, y1] in PDF points. */
export type Locate = (sheet: string, cell: string) => { page: number; box: [number, number, number, number] } | undefined;

function placed(locate: Locate | undefined, sheet: string, cell: string): object {
  const where = locate?.(sheet, cell);
  return where ? { page: where.page, box: where.box.map((v) => Math.round(v * 100) / 100) } : {};
}

/**
 * The JSON object of the CLI contract. Extra fields (messageId, table, detail, department; page and box for a
 * PDF's findings) are additions the contract allows.
 */
export function jsonReport(result: CheckResult, locate?: Locate): object {
  return {
    workbook: result.workbook,
    tables: result.tables.map((t) => ({ kind: t.kind, sheet: t.sheet, range: t.range })),
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      related: f.related,
      expected: f.expected,
      actual: f.actual,
      message: f.message,
      ...(f.messageId ? { messageId: f.messageId } : {}),
      ...(f.table ? { table: f.table } : {}),
      ...(f.detail ? { detail: f.detail } : {}),
      ...(f.department ? { department: f.department } : {}),
      ...placed(locate, f.sheet, f.cell),
    })),
    summary: result.summary,
    claims: (result.claims ?? []).map((c) => ({
      sheet: c.sheet,
      cell: c.cell,
      text: c.text,
      quote: c.quote,
      outcome: c.outcome,
      against: c.against,
      unit: c.unit,
      ...(c.reason ? { reason: c.reason } : {}),
      ...(c.department ? { department: c.department } : {}),
    })),
  };
}
