// Runs the performance rules (and input/invalid-figure) over sheets built in tests, without the other recognisers.
import { Finding } from "../../../../src/engine/finding";
import { SheetGrid } from "../../../../src/engine/grid";
import { runRules } from "../../../../src/engine/index";
import { recognizePerfSheets } from "../../../../src/engine/perf";
import { DEFAULT_SETTINGS, Rule, Settings, WorkbookTables } from "../../../../src/engine/rule";
import { invalidFigure } from "../../../../src/engine/rules/common/invalid-figure";
import { PERF_RULES } from "../../../../src/engine/rules/perf";

export function perfTables(sheets: SheetGrid[]): WorkbookTables {
  const perf = recognizePerfSheets({ name: "test.xlsx", sheets });
  return { public: {}, all: [...perf.units, ...perf.projects], notes: perf.notes, perfUnits: perf.units, perfProjects: perf.projects };
}

export function runPerf(sheets: SheetGrid[], rules: Rule[] = [invalidFigure, ...PERF_RULES], settings: Partial<Settings> = {}): Finding[] {
  return runRules(perfTables(sheets), { ...DEFAULT_SETTINGS, ...settings }, rules);
}

/** "severity rule sheet!cell" lines: what a test compares when it asserts exactly which findings there are. */
export function brief(findings: Finding[]): string[] {
  return findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`).sort();
}
