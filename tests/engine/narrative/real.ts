// The narrative side of the committed real-report fixtures (tests/fixtures/real): the 情况说明 section of each
// <id>.discrepancies.md as findings, and a way to check a workbook again with one narrative figure changed. Nothing
// here reads ../shared.
import { readFileSync } from "fs";
import { join } from "path";
import { Decimal } from "../../../src/engine/decimal";
import { Finding } from "../../../src/engine/finding";
import { WorkbookGrid } from "../../../src/engine/grid";
import { narrativeFromSheet } from "../../../src/engine/narrative/recognize";
import { runRules, DEFAULT_SETTINGS } from "../../../src/engine";
import { WorkbookTables } from "../../../src/engine/rule";
import { NARRATIVE_RULES } from "../../../src/engine/rules/narrative";
import { FigureAccount, narrativeAccount } from "../../../src/engine/narrative/accounting";
import { RealId } from "../../fixtures/real/fixtures";

const DIR = join(__dirname, "../../fixtures/real");

export interface WrittenFinding {
  rule: string;
  cell: string;
  severity: Finding["severity"];
  expected: string;
  actual: string;
}

const CLASSES: Record<string, Finding["severity"]> = { 错误: "error", 提示: "warning", 警告: "warning", 尾差: "rounding", 信息: "info" };

/** The table of the 情况说明 section of <id>.discrepancies.md: | # | 规则 | 单元格 | 类别 | 应为 | 实为 | 为什么 |. */
export function writtenNarrativeFindings(id: RealId): WrittenFinding[] {
  const text = readFileSync(join(DIR, `${id}.discrepancies.md`), "utf8");
  const section = text.split(/^## /m).find((s) => s.startsWith("情况说明"));
  if (!section) throw new Error(`${id}.discrepancies.md has no 情况说明 section`);
  return section
    .split("\n")
    .filter((l) => /^\|\s*\d+\s*\|/.test(l))
    .map((line) => {
      const [, rule, at, cls, expected, actual] = line.split("|").map((c) => c.trim()).slice(1);
      const severity = CLASSES[cls];
      if (!severity) throw new Error(`${id}: unknown class ${cls}`);
      return { rule, cell: at.split("!").pop()!, severity, expected, actual };
    });
}

/** A finding as the written table states it. */
export function asWritten(f: Finding): WrittenFinding {
  return { rule: f.rule, cell: f.cell, severity: f.severity, expected: f.expected ?? "—", actual: f.actual ?? "—" };
}

/** The figure made clearly wrong: +37.00 on an amount (count, score), +3 points on a percentage, decimals kept. */
export function mutated(account: FigureAccount): string {
  const raw = account.figure.raw.replace(/,/g, "");
  const decimals = (raw.split(".")[1] ?? "").length;
  const delta = account.measure === "percent" ? "3" : "37";
  return new Decimal(raw).plus(delta).toFixed(decimals);
}

/** The tables with the narrative's cell text changed at [start, end). */
export function withNarrativeText(grid: WorkbookGrid, tables: WorkbookTables, account: FigureAccount, replacement: string): WorkbookTables {
  const cell = account.paragraph.cell;
  const sheet = grid.sheets.find((s) => s.name === cell.sheet)!;
  const cells = sheet.cells.map((row) => (row ? [...row] : row));
  const text = cell.text.slice(0, account.figure.start) + replacement + cell.text.slice(account.figure.end);
  const old = cells[cell.row - 1][cell.col - 1];
  cells[cell.row - 1][cell.col - 1] = { ...old, numFmt: old?.numFmt ?? "General", value: text };
  return { ...tables, narrative: narrativeFromSheet({ ...sheet, cells }) };
}

export interface MutationResult {
  caught: number;
  checkable: number;
  unverifiable: number;
  /** Checked, with a warning whatever the figure (a rate on a zero base): no mutation of it can be an error. */
  zeroBase: number;
  missed: string[];
}

/** Each checkable figure made wrong in turn must give an error on its sentence. */
export function mutationTest(grid: WorkbookGrid, tables: WorkbookTables): MutationResult {
  const clean = narrativeAccount(tables).figures;
  const result: MutationResult = { caught: 0, checkable: 0, unverifiable: 0, zeroBase: 0, missed: [] };
  for (const account of clean) {
    if (account.outcome === "unverifiable") {
      result.unverifiable++;
      continue;
    }
    if (account.outcome === "warning" && account.reason?.includes("基数为 0")) {
      result.zeroBase++;
      continue;
    }
    result.checkable++;
    const changed = withNarrativeText(grid, tables, account, mutated(account));
    const after = narrativeAccount(changed).figures.find((a) => a.paragraph.cell.address === account.paragraph.cell.address && a.figure.start === account.figure.start);
    const errors = runRules(changed, DEFAULT_SETTINGS, NARRATIVE_RULES).filter((f) => f.severity === "error" && f.cell === account.paragraph.cell.address);
    if (after?.outcome === "error" && errors.length > 0) result.caught++;
    else result.missed.push(`${account.paragraph.cell.address} ${account.figure.raw} → ${mutated(account)} (${after?.outcome})`);
  }
  return result;
}
