/// <reference types="office-js" />
// The Excel host as the task pane uses it: each operation runs in its own Excel.run batch, Excel's errors become
// ExcelHostErrors with a Chinese sentence, and what the add-in changed (fills, highlights) is remembered so it can be
// taken back exactly.
import { CellEdit } from "../engine/edits";
import { WorkbookGrid } from "../engine/grid";
import { ExcelAction, ExcelHostError, toExcelHostError, UNSUPPORTED_MESSAGE } from "./errors";
import { clearHighlights, ClearOutcome, highlightCells, HighlightMark, HighlightRecord } from "./highlight";
import { readWorkbookGrid, ReadProgress } from "./read";
import { ReferenceSheetRow, writeReferenceSheet } from "./reference-sheet";
import { ReportSheetInput, writeReportSheet } from "./report-sheet";
import { selectCell } from "./select";
import { FillRecord, undoEdits, UndoOutcome, writeEdits } from "./write";

/** Runs a batch against the open workbook: Excel.run in Office, a fake context in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  run?: ExcelRunner;
  /** Office.context.requirements.isSetSupported("ExcelApi", version). */
  supports?: (version: string) => boolean;
  cellBudget?: number;
  pause?: () => Promise<void>;
}

/** The oldest API set the add-in works with (getRangeByIndexes, fill patterns, used range as a null object). */
export const REQUIRED_API = "1.9";
/** Merged areas need ExcelApi 1.13; without it the read goes on without them. */
export const MERGED_AREAS_API = "1.13";

const defaultRun: ExcelRunner = (batch) => Excel.run(batch);
const defaultSupports = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);

export class ExcelHost {
  private readonly run: ExcelRunner;
  private readonly supports: (version: string) => boolean;
  private readonly options: ExcelHostOptions;
  private highlights: HighlightRecord | null = null;
  private lastFill: FillRecord | null = null;

  constructor(options: ExcelHostOptions = {}) {
    this.run = options.run ?? defaultRun;
    this.supports = options.supports ?? defaultSupports;
    this.options = options;
  }

  private async batch<T>(action: ExcelAction, work: (context: Excel.RequestContext) => Promise<T>, sheet?: string): Promise<T> {
    try {
      return await this.run(work);
    } catch (error) {
      throw toExcelHostError(error, action, sheet);
    }
  }

  /** Reads every sheet into a Grid. */
  async readGrid(onProgress?: (progress: ReadProgress) => void): Promise<WorkbookGrid> {
    if (!this.supports(REQUIRED_API)) throw new ExcelHostError("ApiNotFound", UNSUPPORTED_MESSAGE);
    const mergedAreas = this.supports(MERGED_AREAS_API);
    return this.batch("read", (context) =>
      readWorkbookGrid(context, { name: "当前工作簿", mergedAreas, cellBudget: this.options.cellBudget, onProgress, pause: this.options.pause })
    );
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.batch("select", (context) => selectCell(context, sheet, cell), sheet);
  }

  get highlighted(): boolean {
    return this.highlights !== null && this.highlights.cells.length > 0;
  }

  /** Paints the cells; highlights still showing keep their original fills on record. */
  async highlight(marks: HighlightMark[]): Promise<HighlightRecord> {
    const record = await this.batch("highlight", (context) => highlightCells(context, marks, this.highlights ?? undefined));
    // Cells painted before but not now still need clearing later.
    const kept = (this.highlights?.cells ?? []).filter((old) => !record.cells.some((c) => c.sheet === old.sheet && c.cell === old.cell));
    this.highlights = { cells: [...kept, ...record.cells], protectedSheets: record.protectedSheets };
    return record;
  }

  /** Clears exactly what highlight painted. */
  async clearHighlight(): Promise<ClearOutcome> {
    const record = this.highlights;
    if (!record) return { restored: 0, keptByUser: 0 };
    const outcome = await this.batch("highlight", (context) => clearHighlights(context, record));
    this.highlights = null;
    return outcome;
  }

  /** Writes fill's edits in one batch and remembers the cells for undo. */
  async fill(edits: CellEdit[]): Promise<FillRecord> {
    const onlySheet = new Set(edits.map((edit) => edit.sheet)).size === 1 ? edits[0]?.sheet : undefined;
    const record = await this.batch("write", (context) => writeEdits(context, edits), onlySheet);
    this.lastFill = record;
    return record;
  }

  get canUndo(): boolean {
    return this.lastFill !== null && this.lastFill.edits.length > 0;
  }

  /** Restores the cells of the last fill as they were. */
  async undo(): Promise<UndoOutcome> {
    const record = this.lastFill;
    if (!record) return { restored: 0, skipped: [] };
    const outcome = await this.batch("undo", (context) => undoEdits(context, record));
    this.lastFill = null;
    return outcome;
  }

  async exportReport(input: ReportSheetInput): Promise<string> {
    return this.batch("report", (context) => writeReportSheet(context, input));
  }

  /** Adds the 参考数据 sheet; returns its name. */
  async addReferenceSheet(rows: ReferenceSheetRow[]): Promise<string> {
    return this.batch("reference", (context) => writeReferenceSheet(context, rows));
  }
}
