// Fill: the fixes of blank derived cells become CellEdits. A non-empty cell is never touched (rules only offer
// fixes for blank cells) and a formula cell is left to Excel. One run of the rules per department gives every fix
// with its final value: the tables are read as filled (WorkbookTables.asFilled), so a total built on blank totals
// sums what they will hold — 款 before 类 before 合计, scores before 小计 before 总得分 — in the effective figures
// (figures/figures.ts, rules/perf/values.ts), and the narrative restates those.
import { CellEdit } from "./edits";
import { Finding } from "./finding";
import { WorkbookGrid } from "./grid";
import { runRules } from "./index";
import { departmentsOf } from "./recognize";
import { DEFAULT_SETTINGS, FilledReading, Settings } from "./rule";
import { totalAsFilled } from "./rules/perf/values";
import { ReferenceInputs } from "./reference/types";

const keyOf = (sheet: string, address: string) => `${sheet}!${address}`;

function relatedKey(reference: string, fromSheet: string): string {
  const bang = reference.lastIndexOf("!");
  return bang >= 0 ? reference : keyOf(fromSheet, reference);
}

function editOf(finding: Finding): CellEdit | undefined {
  const fix = finding.fix;
  if (!fix) return undefined;
  return fix.kind === "number"
    ? { sheet: fix.sheet, cell: fix.cell, kind: "number", value: fix.value, numFmt: fix.numFmt, shown: fix.shown }
    : { sheet: fix.sheet, cell: fix.cell, kind: "text", text: fix.text, shown: fix.shown };
}

interface FillPlan {
  /** Edits in dependency order: an edit comes after the edits of the cells it was computed from. */
  edits: CellEdit[];
  /** How many times the rules ran: once per department of the workbook. */
  ruleRuns: number;
}

interface Offer {
  edit: CellEdit;
  /** The cells the value was computed from, as sheet!address. */
  from: string[];
}

/**
 * The edits with every one after those it was computed from (a 类 after its 款, a sentence after the total it
 * restates), otherwise in the order the rules offered them: written one by one, no cell is ever filled before the
 * figures it sums.
 */
function dependenciesFirst(offers: Map<string, Offer>): CellEdit[] {
  const ordered: CellEdit[] = [];
  const placed = new Set<string>();
  const visit = (key: string) => {
    const offer = offers.get(key);
    if (!offer || placed.has(key)) return;
    // Placed before its parts are visited: a cycle (none is known) ends here instead of looping.
    placed.add(key);
    for (const part of offer.from) visit(part);
    ordered.push(offer.edit);
  };
  for (const key of offers.keys()) visit(key);
  return ordered;
}

/** Computes every edit fill would make. Pure: the grid passed in is not changed. */
export function planFill(grid: WorkbookGrid, settings: Settings = DEFAULT_SETTINGS, inputs?: ReferenceInputs): FillPlan {
  const offers = new Map<string, Offer>();
  let ruleRuns = 0;
  // One department at a time, as a check goes: a consolidated book's departments are independent.
  const asFilled: FilledReading = { perfTotal: (sheet) => totalAsFilled(sheet, settings) };
  for (const department of departmentsOf(grid, inputs, { asFilled })) {
    const findings = runRules(department.recognize(), settings);
    ruleRuns++;
    for (const finding of findings) {
      const edit = editOf(finding);
      if (!edit) continue;
      // One rule owns each derived cell; should two offer one, the first in report order is taken.
      const key = keyOf(edit.sheet, edit.cell);
      if (!offers.has(key)) offers.set(key, { edit, from: finding.related.map((r) => relatedKey(r, finding.sheet)) });
    }
  }
  return { edits: dependenciesFirst(offers), ruleRuns };
}
