// The pane over the workbook open in Excel: reads through the Office.js host, checks in the engine worker.
import { CellEdit } from "../engine/edits";
import { Finding, summarize } from "../engine/finding";
import { ExcelHost, NO_EXCEL_UNDO_NOTE } from "../excel/host";
import { HighlightMark } from "../excel/highlight";
import { ReadProgress, UnreadableSheet } from "../excel/read";
import { CheckOutcome, formatCheckedAt, PaneBackend, RestoredPane, UndoDone } from "./backend";
import { EngineClient } from "./engine/client";
import { displayClass, tableLabel } from "./labels";

function readProgressText(progress: ReadProgress): string {
  if (progress.stage === "list") return "正在读取工作表列表…";
  if (progress.stage === "cells") return `正在读取 ${progress.done}/${progress.total} 个工作表…`;
  return `正在整理 ${progress.done}/${progress.total} 个工作表…`;
}

/** Cells worth colouring: problems, rounding tails and fillable blanks; notes about missing tables are not. */
function marksOf(findings: Finding[]): HighlightMark[] {
  const marks: HighlightMark[] = [];
  for (const finding of findings) {
    const tone = displayClass(finding);
    if (tone === "info") continue;
    marks.push({ sheet: finding.sheet, cell: finding.cell, tone });
  }
  return marks;
}

/** A sheet Excel could not give, as a 信息 finding naming it: its figures are not checked, and the pane says so. */
function unreadableFinding({ sheet, reason }: UnreadableSheet): Finding {
  return {
    rule: "host/unreadable-sheet",
    severity: "info",
    sheet,
    cell: "A1",
    related: [],
    expected: null,
    actual: null,
    message: `工作表“${sheet}”无法读取，其中的数字未核对：${reason}`,
  };
}

export class ExcelBackend implements PaneBackend {
  readonly mode = "excel" as const;

  constructor(
    private readonly host: ExcelHost,
    private readonly engine: EngineClient
  ) {}

  async check(progress: (text: string) => void): Promise<CheckOutcome> {
    const { grid, unreadable } = await this.host.readWorkbook((p) => progress(readProgressText(p)));
    progress(`正在核对 ${grid.sheets.length} 个工作表…`);
    const outcome = await this.engine.checkGrid(grid);
    if (unreadable.length === 0) return { ...outcome, checkedAt: new Date() };
    const findings = [...outcome.result.findings, ...unreadable.map(unreadableFinding)];
    return { ...outcome, result: { ...outcome.result, findings, summary: summarize(findings) }, checkedAt: new Date() };
  }

  /** Said before a fill where Excel's Ctrl+Z cannot take it back (ExcelApi before 1.20). */
  get fillNote(): string | null {
    return this.host.excelUndoesFill ? null : NO_EXCEL_UNDO_NOTE;
  }

  /** Highlights still painted and a fill still to undo, from the record in the workbook. */
  restore(): Promise<RestoredPane> {
    return this.host.restore();
  }

  /** Last year's or the budget workbook, opened from disk beside the one in Excel; read in the engine worker. */
  async openCompanion(kind: "previous" | "budget", file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }): Promise<string> {
    if (!this.engine.openCompanion) throw new Error("此版本无法读取上年决算或本年预算工作簿");
    return this.engine.openCompanion(kind, await file.arrayBuffer(), file.name);
  }

  async addReferenceSheet(): Promise<string> {
    if (!this.engine.referenceRows) throw new Error("此版本无法生成参考数据表");
    const grid = await this.host.readGrid();
    return this.host.addReferenceSheet(await this.engine.referenceRows(grid));
  }

  select(finding: Finding): Promise<void> {
    return this.host.select(finding.sheet, finding.cell);
  }

  async fill(edits: CellEdit[]): Promise<void> {
    await this.host.fill(edits);
  }

  undo(): Promise<UndoDone> {
    return this.host.undo();
  }

  async highlight(findings: Finding[]): Promise<string | null> {
    const record = await this.host.highlight(marksOf(findings));
    if (record.protectedSheets.length === 0) return null;
    return `工作表${record.protectedSheets.map((name) => `“${name}”`).join("、")}受保护，其中的单元格未高亮`;
  }

  async clearHighlight(): Promise<void> {
    await this.host.clearHighlight();
  }

  exportReport(outcome: CheckOutcome): Promise<string> {
    return this.host.exportReport({
      workbook: outcome.result.workbook,
      findings: outcome.result.findings,
      summary: outcome.result.summary,
      checkedAt: formatCheckedAt(outcome.checkedAt),
      tableLabel: (finding) => tableLabel(finding.table),
    });
  }
}
