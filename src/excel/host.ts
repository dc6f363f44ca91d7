/// <reference types="office-js" />
// The Excel host as the task pane uses it: each operation runs in its own Excel.run batch (waiting for the user to
// finish typing in a cell rather than failing), Excel's errors become ExcelHostErrors with a Chinese sentence, and
// what the add-in changed (fills, highlights) is recorded in the workbook so it can be taken back exactly, also after
// the pane was reloaded.
import { CellEdit } from "../engine/edits";
import { WorkbookGrid } from "../engine/grid";
import { DEFAULT_WRITE_BUDGET, errorCode } from "./batches";
import { ExcelAction, ExcelHostError, toExcelHostError, UNSUPPORTED_MESSAGE } from "./errors";
import { clearHighlights, ClearOutcome, highlightCells, HighlightMark, HighlightRecord } from "./highlight";
import { readWorkbook, ReadProgress, WorkbookRead } from "./read";
import { EMPTY_RECORD, loadRecord, PaneRecord, queueRecordLookup, queueRecordSave, RECORD_BYTE_LIMIT } from "./record";
import { ReferenceSheetRow, writeReferenceSheet } from "./reference-sheet";
import { ReportSheetInput, writeReportSheet } from "./report-sheet";
import { selectCell } from "./select";
import { FillRecord, undoEdits, UndoOutcome, writeEdits } from "./write";

/** Runs a batch against the open workbook: Excel.run in Office, a fake context in tests. */
type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions) => Promise<T>;

interface ExcelHostOptions {
  run?: ExcelRunner;
  /** Office.context.requirements.isSetSupported("ExcelApi", version). */
  supports?: (version: string) => boolean;
  /** Estimated bytes per sync (reads and writes), under Excel on the web's 5 MB; tests set it lower. */
  byteBudget?: number;
  pause?: () => Promise<void>;
}

/** The oldest API set the add-in works with (getRangeByIndexes, special cells, fill tints, used range as a null object). */
const REQUIRED_API = "1.9";
/** Merged areas need ExcelApi 1.13; without it the read goes on without them. */
const MERGED_AREAS_API = "1.13";
/** Since ExcelApi 1.20 an add-in's write is a step of Excel's own undo (Ctrl+Z), and a batch can be one step. */
const UNDO_GROUP_API = "1.20";

/** Said before a fill where Ctrl+Z cannot take it back. */
export const NO_EXCEL_UNDO_NOTE = "此版本的 Excel 无法用 Ctrl+Z 撤销加载项写入的内容（写入还会清空 Excel 的撤销记录）；填充后如需还原，请使用本窗格的“撤销”";

const defaultRun: ExcelRunner = (batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch));
const defaultSupports = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);

/** What the pane shows again after a reload: highlights still painted, a fill 撤销 can still take back. */
interface RestoredState {
  highlighted: boolean;
  /** Cells of the last fill, when it can still be undone. */
  lastFill: number | null;
}

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

  private async batch<T>(action: ExcelAction, work: (context: Excel.RequestContext) => Promise<T>, sheet?: string, undoGroup = false): Promise<T> {
    // Waits for the user to leave a cell being edited instead of failing; a fill is one Ctrl+Z step where Excel can.
    const options: Excel.RunOptions = { delayForCellEdit: true };
    if (undoGroup && this.supports(UNDO_GROUP_API)) options.mergeUndoGroup = true;
    try {
      return await this.run(work, options);
    } catch (error) {
      throw toExcelHostError(error, action, sheet);
    }
  }

  /** Queues the record's save; a record too large for half a request is kept in the pane only (record.ts). */
  private saveRecord(context: Excel.RequestContext, part: Excel.CustomXmlPart, record: PaneRecord): number {
    return queueRecordSave(context, part, record, Math.min(RECORD_BYTE_LIMIT, (this.options.byteBudget ?? DEFAULT_WRITE_BUDGET) / 2));
  }

  private get record(): PaneRecord {
    return { highlights: this.highlights, lastFill: this.lastFill };
  }

  /** Whether Excel's own undo (Ctrl+Z) takes a fill back as one step. */
  get excelUndoesFill(): boolean {
    return this.supports(UNDO_GROUP_API);
  }

  /** Reads every sheet, and names those Excel could not give. A read interrupted by Excel is tried once more. */
  async readWorkbook(onProgress?: (progress: ReadProgress) => void): Promise<WorkbookRead> {
    if (!this.supports(REQUIRED_API)) throw new ExcelHostError("ApiNotFound", UNSUPPORTED_MESSAGE);
    const mergedAreas = this.supports(MERGED_AREAS_API);
    const read = () =>
      this.run(
        (context) => readWorkbook(context, { name: "当前工作簿", mergedAreas, byteBudget: this.options.byteBudget, onProgress, pause: this.options.pause }),
        { delayForCellEdit: true }
      );
    try {
      try {
        return await read();
      } catch (error) {
        if (errorCode(error) !== "RequestAborted") throw error;
        return await read();
      }
    } catch (error) {
      throw toExcelHostError(error, "read");
    }
  }

  /** Reads every sheet into a Grid. */
  async readGrid(onProgress?: (progress: ReadProgress) => void): Promise<WorkbookGrid> {
    return (await this.readWorkbook(onProgress)).grid;
  }

  /** Takes up the record kept in the workbook (after the pane was closed or reloaded). */
  async restore(): Promise<RestoredState> {
    if (!this.supports(REQUIRED_API)) return { highlighted: false, lastFill: null };
    const record = await this.batch("read", (context) => loadRecord(context)).catch(() => EMPTY_RECORD);
    this.highlights = record.highlights;
    this.lastFill = record.lastFill;
    return { highlighted: this.highlighted, lastFill: this.canUndo ? this.lastFill!.edits.length : null };
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.batch("select", (context) => selectCell(context, sheet, cell), sheet);
  }

  get highlighted(): boolean {
    return this.highlights !== null && this.highlights.cells.length > 0;
  }

  /** Paints the cells; highlights still showing keep their original fills on record. */
  async highlight(marks: HighlightMark[]): Promise<HighlightRecord> {
    if (marks.length === 0) return { cells: [], protectedSheets: [] };
    const before = this.highlights;
    return this.batch("highlight", async (context) => {
      const part = queueRecordLookup(context);
      return highlightCells(context, marks, this.highlights ?? undefined, {
        byteBudget: this.options.byteBudget,
        onPlanned: (record) => {
          // Cells painted before but not now still need clearing later.
          const kept = (this.highlights?.cells ?? []).filter((old) => !record.cells.some((c) => c.sheet === old.sheet && c.cell === old.cell));
          this.highlights = { cells: [...kept, ...record.cells], protectedSheets: record.protectedSheets };
          return this.saveRecord(context, part, this.record);
        },
      });
    }).catch((error: unknown) => {
      this.highlights = before; // nothing was painted: the record in the workbook was not written either
      throw error;
    });
  }

  /** Clears exactly what highlight painted. */
  async clearHighlight(): Promise<ClearOutcome> {
    const record = this.highlights;
    if (!record || record.cells.length === 0) return { restored: 0, keptByUser: 0 };
    const outcome = await this.batch("highlight", async (context) => {
      const part = queueRecordLookup(context);
      return clearHighlights(context, record, {
        byteBudget: this.options.byteBudget,
        onPlanned: () => this.saveRecord(context, part, { ...this.record, highlights: null }),
      });
    });
    this.highlights = null;
    return outcome;
  }

  /** Writes fill's edits (one Ctrl+Z step where Excel supports it) and records the cells for 撤销. */
  async fill(edits: CellEdit[]): Promise<FillRecord> {
    const onlySheet = new Set(edits.map((edit) => edit.sheet)).size === 1 ? edits[0]?.sheet : undefined;
    if (edits.length === 0) return { edits: [], before: [] };
    const record = await this.batch(
      "write",
      async (context) => {
        const part = queueRecordLookup(context);
        return writeEdits(context, edits, {
          mergedAreas: this.supports(MERGED_AREAS_API),
          byteBudget: this.options.byteBudget,
          onPlanned: (planned) => this.saveRecord(context, part, { ...this.record, lastFill: planned }),
        });
      },
      onlySheet,
      true
    );
    this.lastFill = record;
    return record;
  }

  get canUndo(): boolean {
    return this.lastFill !== null && this.lastFill.edits.length > 0;
  }

  /** Restores the cells of the last fill as they were. */
  async undo(): Promise<UndoOutcome> {
    const record = this.lastFill;
    if (!record || record.edits.length === 0) return { restored: 0, skipped: [] };
    const outcome = await this.batch(
      "undo",
      async (context) => {
        const part = queueRecordLookup(context);
        return undoEdits(context, record, {
          byteBudget: this.options.byteBudget,
          onPlanned: () => this.saveRecord(context, part, { ...this.record, lastFill: null }),
        });
      },
      undefined,
      true
    );
    this.lastFill = null;
    return outcome;
  }

  async exportReport(input: ReportSheetInput): Promise<string> {
    return this.batch("report", (context) => writeReportSheet(context, input, { byteBudget: this.options.byteBudget }));
  }

  /** Adds the 参考数据 sheet; returns its name. */
  async addReferenceSheet(rows: ReferenceSheetRow[]): Promise<string> {
    return this.batch("reference", (context) => writeReferenceSheet(context, rows));
  }
}
