// The engine's front door: Grid in, findings out. Pure: no I/O, no host objects, the same in Node and in
// the browser.
import { Finding, Summary, summarize, SEVERITY_ORDER } from "./finding";
import { WorkbookGrid } from "./grid";
import { DepartmentTables, departmentsOf } from "./recognize";
import { DEFAULT_SETTINGS, renderMessage, ReportInput, Rule, Settings, WorkbookTables } from "./rule";
import { ALL_RULES } from "./rules";
import { FigureCell, TableKind } from "./tables";
import { NarrativeClaim, narrativeClaimEntries } from "./narrative/claim-entries";
import { ReferenceInputs } from "./reference/types";

interface TableSummary {
  kind: TableKind;
  sheet: string;
  range: string;
}

export interface CheckResult {
  workbook: string;
  tables: TableSummary[];
  findings: Finding[];
  summary: Summary;
  /** One summary per department, in workbook order (one entry for a one-department workbook). */
  departments?: DepartmentSummary[];
  /** Every figure of 情况说明 with its outcome, in text order (cli-contract.md `claims`). */
  claims?: NarrativeClaim[];
}

const TABLE_ORDER: string[] = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "perf-unit", "perf-project", "narrative"];

function columnNumber(address: string): number {
  const letters = /^[A-Z]+/i.exec(address)?.[0] ?? "";
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function rowNumber(address: string): number {
  return Number(/\d+$/.exec(address)?.[0] ?? 0);
}

/** Report order: table, then class (errors first), then sheet position and cell. */
export function sortFindings(findings: Finding[], sheetOrder: Map<string, number>): Finding[] {
  // Each finding's keys worked out once, not in every comparison (two regexes and three lookups each).
  const keyed = findings.map((finding) => ({
    finding,
    table: finding.table ? TABLE_ORDER.indexOf(finding.table) : TABLE_ORDER.length,
    severity: SEVERITY_ORDER.indexOf(finding.severity),
    sheet: sheetOrder.get(finding.sheet) ?? 0,
    row: rowNumber(finding.cell),
    col: columnNumber(finding.cell),
  }));
  keyed.sort((a, b) => a.table - b.table || a.severity - b.severity || a.sheet - b.sheet || a.row - b.row || a.col - b.col);
  return keyed.map((k) => k.finding);
}

/** A rule's report as a finding: its id added, its message rendered from meta.messages. */
function withMessage(rule: Rule, input: ReportInput): Finding {
  const { messageId, data, ...finding } = input;
  const template = rule.meta.messages[messageId];
  if (template === undefined) throw new Error(`规则 ${rule.meta.id} 报告了未声明的消息 ${messageId}`);
  return { rule: rule.meta.id, messageId, ...finding, message: renderMessage(template, data) };
}

/**
 * Runs one rule, appending what it reports to `into` (once per cell and message); an exception goes through to
 * the caller (runRules turns it into a finding, the rule tests want to see it).
 */
export function runRule(
  rule: Rule,
  tables: WorkbookTables,
  settings: Settings = DEFAULT_SETTINGS,
  onDerived?: (cell: FigureCell) => void,
  into: Finding[] = []
): Finding[] {
  const seen = new Set<string>();
  const report = (input: ReportInput) => {
    const finding = withMessage(rule, input);
    const key = `${finding.sheet}|${finding.cell}|${finding.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    into.push(finding);
  };
  rule.check({ ruleId: rule.meta.id, tables, settings, report, derived: onDerived });
  return into;
}

/** Runs every rule; a rule that throws becomes a finding instead of stopping the others. */
export function runRules(
  tables: WorkbookTables,
  settings: Settings = DEFAULT_SETTINGS,
  rules: Rule[] = ALL_RULES,
  onDerived?: (cell: FigureCell) => void
): Finding[] {
  const findings: Finding[] = [];
  for (const note of tables.notes) {
    findings.push({ rule: note.rule ?? "table/recognition", ...note });
  }
  for (const rule of rules) {
    try {
      runRule(rule, tables, settings, onDerived, findings);
    } catch (error) {
      const first = tables.all[0];
      findings.push({
        rule: rule.meta.id,
        severity: "info",
        sheet: first?.sheet ?? "",
        cell: "A1",
        related: [],
        expected: null,
        actual: null,
        message: `规则“${rule.meta.title}”未能完成核对：${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return findings;
}

interface DepartmentSummary {
  /** The department's name; undefined when the workbook names none. */
  name?: string;
  summary: Summary;
}

/**
 * Runs the rules on every department of the workbook on its own (a consolidated review book holds several);
 * findings carry the department's name when there is more than one.
 */
export function runDepartments(
  departments: DepartmentTables[],
  settings: Settings = DEFAULT_SETTINGS
): { department?: string; findings: Finding[] }[] {
  const several = departments.length > 1;
  return departments.map((department) => runDepartment(department.name, department.tables, several, settings));
}

function runDepartment(
  name: string | undefined,
  tables: WorkbookTables,
  several: boolean,
  settings: Settings
): { department?: string; findings: Finding[] } {
  const findings = runRules(tables, settings);
  if (several && name) for (const finding of findings) finding.department = name;
  return { department: name, findings };
}

/** `inputs`: last year's and this year's budget workbook, read (reference/inputs.ts), when the user gave them. */
export function checkWorkbook(grid: WorkbookGrid, settings: Settings = DEFAULT_SETTINGS, inputs?: ReferenceInputs): CheckResult {
  const departments = departmentsOf(grid, inputs);
  const several = departments.length > 1;
  const sheetOrder = new Map(grid.sheets.map((sheet, index) => [sheet.name, index]));
  const results: { department?: string; findings: Finding[] }[] = [];
  const tables: TableSummary[] = [];
  const claims: NarrativeClaim[] = [];
  // One department at a time: its tables, and all that its rules work out, are garbage before the next is read.
  for (let department = departments.shift(); department; department = departments.shift()) {
    const recognized = department.recognize();
    results.push(runDepartment(department.name, recognized, several, settings));
    claims.push(...narrativeClaimEntries(recognized, several ? department.name : undefined));
    for (const table of recognized.all) tables.push({ kind: table.kind, sheet: table.sheet, range: table.range });
  }
  const findings = results.flatMap((r) => sortFindings(r.findings, sheetOrder));
  tables.sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0));
  return {
    workbook: grid.name,
    tables,
    findings,
    summary: summarize(findings),
    departments: results.map((r) => ({ name: r.department, summary: summarize(r.findings) })),
    claims,
  };
}

export { DEFAULT_SETTINGS };
export type { Settings };
