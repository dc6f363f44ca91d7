// Fill: the fixes of blank derived cells become CellEdits. A non-empty cell is never touched (rules only offer
// fixes for blank cells) and a formula cell is left to Excel. One run of the rules per department gives every fix
// with its final value: the effective figures (figures/figures.ts, rules/perf/values.ts) give each blank derived
// cell what it will hold, so a total built on blank totals sums what they will hold — 款 before 类 before 合计,
// scores before 小计 before 总得分 — and, with the tables read as filled (WorkbookTables.asFilled), the narrative
// restates a 总得分 still blank.
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
  /** Edits in rounds, each after the edits of the cells it is computed from (inRounds). */
  edits: CellEdit[];
  /** How many times the rules ran: once per department of the workbook. */
  ruleRuns: number;
}

interface Offer {
  edit: CellEdit;
  /** The blank derived cells the value was computed from, as sheet!address. */
  from: string[];
}

/**
 * The edits in the order one would fill by hand, round by round: first the cells computed from typed figures
 * alone, then those computed from the first round's, and so on (a 款, its 类, 合计; a score, 小计, 总得分; the sentence
 * restating a total after it); last the totals that rest on a derived cell fill leaves blank (its parts sum to 0),
 * also each after its parts. Within a round, in the order the rules offered them.
 */
function inRounds(offers: Map<string, Offer>): CellEdit[] {
  const rounds = new Map<string, { round: number; late: boolean }>();
  const roundOf = (key: string): { round: number; late: boolean } => {
    const known = rounds.get(key);
    if (known) return known;
    const place = { round: 0, late: false };
    rounds.set(key, place); // before the parts are visited: a cycle (none is known) ends here
    for (const part of offers.get(key)!.from) {
      if (!offers.has(part)) {
        place.late = true; // a blank derived cell that gets no fill
        continue;
      }
      const before = roundOf(part);
      place.round = Math.max(place.round, before.round + 1);
      if (before.late) place.late = true;
    }
    return place;
  };
  const keys = [...offers.keys()];
  const placed = keys.map((key, order) => ({ key, order, ...roundOf(key) }));
  placed.sort((a, b) => Number(a.late) - Number(b.late) || a.round - b.round || a.order - b.order);
  return placed.map((p) => offers.get(p.key)!.edit);
}

/** Computes every edit fill would make. Pure: the grid passed in is not changed. */
export function planFill(grid: WorkbookGrid, settings: Settings = DEFAULT_SETTINGS, inputs?: ReferenceInputs): FillPlan {
  const offers = new Map<string, Offer>();
  let ruleRuns = 0;
  const asFilled: FilledReading = { perfTotal: (sheet) => totalAsFilled(sheet, settings) };
  // One department at a time, as a check goes: a consolidated book's departments are independent.
  for (const department of departmentsOf(grid, inputs, { asFilled })) {
    const blankDerived = new Set<string>();
    const findings = runRules(department.recognize(), settings, undefined, (cell) => {
      if (cell.state === "blank") blankDerived.add(keyOf(cell.sheet, cell.address));
    });
    ruleRuns++;
    for (const finding of findings) {
      const edit = editOf(finding);
      if (!edit) continue;
      // One rule owns each derived cell; should two offer one, the first in report order is taken.
      const key = keyOf(edit.sheet, edit.cell);
      if (offers.has(key)) continue;
      const from = finding.related.map((r) => relatedKey(r, finding.sheet)).filter((r) => blankDerived.has(r));
      offers.set(key, { edit, from });
    }
  }
  return { edits: inRounds(offers), ruleRuns };
}
