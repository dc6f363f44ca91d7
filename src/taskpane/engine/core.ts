// What the pane asks of the engine, as plain functions: the worker runs them off the page's thread, and the pane runs
// them itself where no worker can start. The .xlsx reader and the fill writer, which patches the opened file's package
// (no exceljs on either path), are loaded only when a file is opened.
import { CellEdit } from "../../engine/edits";
import { planFill } from "../../engine/fill";
import { WorkbookGrid } from "../../engine/grid";
import { checkWorkbook, CheckResult, DEFAULT_SETTINGS } from "../../engine/index";
import { CompanionGrids, referenceInputsOf } from "../../engine/reference/inputs";
import { ReferenceInputs } from "../../engine/reference/types";
import { hasBudgetTables } from "../../engine/recognize/budget";
import type { ReferenceSheetRow } from "../../excel/reference-sheet";
import type { FilledTemplateRow } from "../../engine/reference/template";
import { narrativeDraft } from "./narrative-hook";

export interface EngineOutcome {
  result: CheckResult;
  /** What 一键填充 would write. */
  edits: CellEdit[];
  /** The 情况说明 draft, one string per paragraph; null when not available. */
  narrative: string[] | null;
}

/** Which companion workbook: last year's 决算 (上年决算工作簿…) or this year's 部门预算 (本年预算工作簿…). */
type CompanionKind = keyof CompanionGrids;

// The companions live here, in memory, for as long as the pane is open: never uploaded, never written anywhere.
const companions: CompanionGrids = {};
let inputs: ReferenceInputs | undefined;

/** Reads a companion workbook for the checks that follow; returns a line for the user saying what was read. */
export async function openCompanion(kind: CompanionKind, data: ArrayBuffer | Uint8Array, name: string): Promise<string> {
  const { gridFromXlsx } = await import(/* webpackChunkName: "xlsx-read" */ "../../xlsx/read");
  companions[kind] = await gridFromXlsx(data, name);
  inputs = referenceInputsOf(companions);
  if (kind === "previous") {
    const count = Object.keys(inputs!.previous!.tables.public).length;
    return count
      ? `已读取上年决算工作簿“${name}”（${count} 张公开表），用于核对年初结转和结余及“与上年相比”的语句；文件只在本机内存中使用，关闭任务窗格即清除`
      : `上年决算工作簿“${name}”中没有可识别的公开表`;
  }
  return hasBudgetTables(inputs!.budget!.tables)
    ? `已读取本年预算工作簿“${name}”，用于核对“完成年初预算的 P%”；文件只在本机内存中使用，关闭任务窗格即清除`
    : `本年预算工作簿“${name}”中没有可识别的预算表`;
}

export function checkGrid(grid: WorkbookGrid): EngineOutcome {
  const result = checkWorkbook(grid, DEFAULT_SETTINGS, inputs);
  const { edits } = planFill(grid, DEFAULT_SETTINGS, inputs);
  return { result, edits, narrative: narrativeDraft(grid, inputs) };
}

export async function checkXlsx(data: ArrayBuffer | Uint8Array, name: string): Promise<EngineOutcome> {
  const { gridFromXlsx } = await import(/* webpackChunkName: "xlsx-read" */ "../../xlsx/read");
  return checkGrid(await gridFromXlsx(data, name));
}

/**
 * The workbook with a 参考数据 sheet added (as `juesuan reference-template`): every figure the narrative needs that the
 * tables lack, filled from last year's and the budget workbook when they were opened, the rest left blank.
 */
export async function referenceXlsx(data: ArrayBuffer | Uint8Array, name: string): Promise<Uint8Array> {
  const { gridFromXlsx } = await import(/* webpackChunkName: "xlsx-read" */ "../../xlsx/read");
  const { recognizeWorkbook } = await import("../../engine/recognize");
  const { referenceTemplateRows } = await import("../../engine/narrative/reference-template");
  const { fillTemplateRows } = await import("../../engine/reference/template");
  const grid = await gridFromXlsx(data, name);
  const rows = referenceTemplateRows(recognizeWorkbook(grid));
  const filled = inputs ? fillTemplateRows(rows, recognizeWorkbook(grid, inputs).reference) : rows;
  const { addReferenceSheetToXlsx } = await import(/* webpackChunkName: "xlsx-write" */ "../../xlsx/reference-template");
  return addReferenceSheetToXlsx(data, filled);
}

/** The rows of the 参考数据 sheet for a workbook read from Excel, grouped by item, figures as decimal strings. */
export async function referenceRows(grid: WorkbookGrid): Promise<ReferenceSheetRow[]> {
  const { recognizeWorkbook } = await import("../../engine/recognize");
  const { referenceTemplateRows } = await import("../../engine/narrative/reference-template");
  const { fillTemplateRows } = await import("../../engine/reference/template");
  const rows = referenceTemplateRows(recognizeWorkbook(grid));
  const filled = inputs ? fillTemplateRows(rows, recognizeWorkbook(grid, inputs).reference) : rows;
  const grouped: ReferenceSheetRow[] = [];
  for (const row of filled) {
    let item = grouped.find((g) => g.item === row.item && g.code === row.code);
    if (!item) grouped.push((item = { item: row.item, ...(row.code ? { code: row.code } : {}), values: {}, needed: [] }));
    item.needed.push(row.column);
    const value = (row as FilledTemplateRow).value;
    if (value) item.values[row.column] = value.toFixed(2);
  }
  return grouped;
}

export async function fillXlsx(data: ArrayBuffer | Uint8Array, edits: CellEdit[]): Promise<Uint8Array> {
  const { applyEditsToXlsx } = await import(/* webpackChunkName: "xlsx-write" */ "../../xlsx/write");
  return applyEditsToXlsx(data, edits);
}
