// The rule harness, in the manner of ESLint's RuleTester: each rule's cases file (tests/engine/rules/<area>/
// <rule>.cases.ts) declares `valid` cases, on which the rule reports nothing, and `invalid` cases, each with every
// finding the rule must report: its message id (a key of meta.messages), its cell and its class. One test,
// harness.test.ts, runs them all and fails on a rule that has no valid or no invalid case.
import { runRule } from "../../../src/engine";
import { Finding, Severity } from "../../../src/engine/finding";
import { DEFAULT_SETTINGS, Rule, Settings, WorkbookTables } from "../../../src/engine/rule";

export interface RuleCase {
  /** What the case is, in a line: "the sample: every 本年收入合计 equals its 财政拨款收入". */
  name: string;
  /** The recognised tables the rule reads (built from a real report's figures, changed or not). */
  tables: () => WorkbookTables | Promise<WorkbookTables>;
  /** Settings other than the defaults, when the case is about one. */
  settings?: Partial<Settings>;
}

export interface ExpectedFinding {
  messageId: string;
  /** "Sheet!A1": the cell the finding points at. */
  cell: string;
  severity: Severity;
}

export interface InvalidRuleCase extends RuleCase {
  /**
   * Every finding the rule reports on these tables, in any order; a function of the tables when the cells are
   * easier found in them ("the 合计 row's total") than written out.
   */
  findings: ExpectedFinding[] | ((tables: WorkbookTables) => ExpectedFinding[]);
}

export interface RuleCases {
  rule: Rule;
  valid: RuleCase[];
  invalid: InvalidRuleCase[];
}

/** A rule's cases: what a cases file exports as `cases`. */
export function ruleCases(rule: Rule, cases: Omit<RuleCases, "rule">): RuleCases {
  return { rule, ...cases };
}

/** What the rule reports on a case's tables, and the tables; an exception goes through (a rule must not throw). */
export async function findingsOf(rule: Rule, ruleCase: RuleCase): Promise<{ findings: Finding[]; tables: WorkbookTables }> {
  const tables = await ruleCase.tables();
  return { findings: runRule(rule, tables, { ...DEFAULT_SETTINGS, ...ruleCase.settings }), tables };
}

/** A finding as a case states it, for comparing. */
export function expectedOf(finding: Finding): ExpectedFinding {
  return { messageId: finding.messageId ?? "(no message id)", cell: `${finding.sheet}!${finding.cell}`, severity: finding.severity };
}

const orderOf = (f: ExpectedFinding) => `${f.cell}|${f.messageId}|${f.severity}`;

/** Findings in a fixed order, so that a case need not list them in the order the rule reports them. */
export function inOrder(findings: ExpectedFinding[]): ExpectedFinding[] {
  return [...findings].sort((a, b) => (orderOf(a) < orderOf(b) ? -1 : orderOf(a) > orderOf(b) ? 1 : 0));
}
