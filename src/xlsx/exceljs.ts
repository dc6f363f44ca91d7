// exceljs, loaded on first use. It takes some 300 ms to load in Node (half of a `juesuan check` run) and is the
// largest chunk of the task pane, yet a check of a file the lean reader (fast-grid.ts) reads never needs it: only
// fill, the 参考数据 template and the rare file the lean reader leaves aside do.
import type * as ExcelJSModule from "exceljs";

export type ExcelJS = typeof ExcelJSModule;

let loading: Promise<ExcelJS> | undefined;

export function loadExcelJS(): Promise<ExcelJS> {
  loading ??= import(/* webpackChunkName: "exceljs" */ "exceljs");
  return loading;
}

/**
 * exceljs's cell types (its ValueType enum) as plain numbers, so code that only looks at cells of a workbook
 * already loaded does not need the module itself. tests/xlsx/exceljs.test.ts holds them equal to the enum.
 */
export const CELL_TYPE = {
  Null: 0,
  Merge: 1,
  String: 3,
  Hyperlink: 5,
  Formula: 6,
} as const;
