// Rules are small modules in the manner of ESLint rules: `meta` says what the rule is, `check` reads the
// recognised tables and reports findings through the context.
import { Finding, Severity } from "./finding";
import { FigureCell, PublicKind, PublicTable, TableBase } from "./tables";
import { PerfProjectSheet, PerfUnitSheet } from "./perf/types";
import { NarrativeSheet, ReferenceData } from "./narrative/types";
import { CrossYear } from "./reference/types";
import { WorkbookGrid } from "./grid";

export interface RuleMeta {
  /** Stable id, e.g. "sum/code-hierarchy". Never renamed: scripts and settings refer to it. */
  id: string;
  /** The class a failed check gets: "error" for identities, "warning" for plausibility, "info" for notes. */
  severity: Severity;
  /** Chinese title, shown to accountants. */
  title: string;
  titleEn: string;
  /** One line on what the rule checks and why. */
  docs: string;
  /**
   * What the rule can report, by stable message id (as ESLint's meta.messages): the Chinese text, with {{name}}
   * where a report's `data` fills in a figure or a label. Tests match these ids, not the wording.
   */
  messages: Record<string, string>;
}

/** Conventions that differ between provinces; the defaults are the sample's. */
export interface Settings {
  /** Points 预算执行率 is worth on a project sheet (10 or 20). */
  executionRatePoints: number;
  /** Whether the 整体 sheet's 项目执行率 is rounded to whole percent before scoring. */
  wholePercentExecutionRate: boolean;
  /** How far (percent of the budget) 决算数 may be from 预算数 for the text to call them “基本持平”; 1 when absent. */
  basicallyFlatPercent?: number;
}

export const DEFAULT_SETTINGS: Settings = {
  executionRatePoints: 10,
  wholePercentExecutionRate: true,
};

/** A problem met while recognising tables: a missing column, a header that cannot be read. */
export type RecognitionNote = Omit<Finding, "rule"> & { rule?: string };

/** Everything the recognisers found in a workbook. Later layers add their sheet kinds here. */
export interface WorkbookTables {
  /** The nine 公开 tables by kind; a kind not found is absent. */
  public: Partial<Record<PublicKind, PublicTable>>;
  /** Every recognised table, in workbook order, for the report's table list. */
  all: TableBase[];
  /** Problems the recognisers met; reported as findings. */
  notes: RecognitionNote[];
  /** The 部门（单位）整体绩效自评表 and 预算项目（政策）绩效自评表 found, in workbook order (absent: none looked for). */
  perfUnits?: PerfUnitSheet[];
  perfProjects?: PerfProjectSheet[];
  /** The 情况说明 sheet, when the workbook has one. */
  narrative?: NarrativeSheet;
  /** The 参考数据 sheet (上年决算数, 年初预算数) the user keeps for the narrative, when present. */
  reference?: ReferenceData;
  /** Last year's 决算 workbook and this year's 部门预算 workbook, when the user gave them (--previous, --budget). */
  crossYear?: CrossYear;
  /**
   * The sheets these tables were read from (in a consolidated book, the department's own), for the rules that read
   * the report's whole text: titles, headings, table notes. Absent when tables were built without a workbook.
   */
  grid?: WorkbookGrid;
  /**
   * Read for fill's plan: what a lower layer cannot work out itself of a blank derived cell as it will be once
   * filled (a sentence restating a 总得分 still blank). Unset for a check, whose fixes are otherwise fill's edits, cell
   * for cell, value and format (a test holds it on every fixture).
   */
  asFilled?: FilledReading;
}

/** What fill's plan supplies for reading the tables as filled, where a lower layer cannot work it out itself. */
export interface FilledReading {
  /**
   * A performance sheet's blank 总得分 / 总评价得分 holding the score fill writes there (its value as shown once
   * filled); undefined when the cell is not blank or fill leaves it blank. The scores are the performance rules'
   * (rules/perf/values.ts), which the narrative, reading below the rules, cannot import.
   */
  perfTotal(sheet: PerfProjectSheet | PerfUnitSheet): FigureCell | undefined;
}

/** A finding as a rule reports it: the runner adds the rule's id and renders the message from `meta.messages`. */
export type ReportInput = Omit<Finding, "rule" | "message" | "messageId"> & {
  /** A key of the reporting rule's meta.messages. */
  messageId: string;
  /** The values of the message's {{placeholders}}. */
  data?: Record<string, string | number>;
};

export interface RuleContext {
  /** The id of the rule being run (its meta.id): helpers that need it read it here, rules never repeat it. */
  ruleId: string;
  tables: WorkbookTables;
  settings: Settings;
  report(finding: ReportInput): void;
  /**
   * Tells the caller that a cell is derived (a total, a score), whether or not it is blank now: how the tests and the
   * bench find every derived cell to blank (tests/tools/blank-derived.ts).
   */
  derived?(cell: FigureCell): void;
}

/**
 * The message `template` with each {{name}} replaced by data[name]. A placeholder without a value is a bug in
 * the rule, not something to show an accountant: it throws (and the runner reports the rule as not completed).
 */
export function renderMessage(template: string, data: Record<string, string | number> = {}): string {
  const parts = templateParts(template);
  let message = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    if (!(name in data)) throw new Error(`消息缺少“${name}”的值`);
    message += String(data[name]) + parts[i + 1];
  }
  return message;
}

/**
 * Each template split once into its text and, at odd places, its placeholders' names: a check renders thousands
 * of messages from the rules' few hundred templates.
 */
const TEMPLATE_PARTS = new Map<string, string[]>();

function templateParts(template: string): string[] {
  let parts = TEMPLATE_PARTS.get(template);
  if (!parts) {
    parts = template.split(/\{\{\s*(\w+)\s*\}\}/);
    TEMPLATE_PARTS.set(template, parts);
  }
  return parts;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
