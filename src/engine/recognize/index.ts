// Turns a workbook's Grid into typed tables. Each sheet kind has its recogniser; none relies on addresses.
import { WorkbookGrid } from "../grid";
import { WorkbookTables } from "../rule";
import { recognizePerfSheets } from "../perf";
import { recognizeNarrative } from "../narrative/recognize";
import { recognizeReference } from "../narrative/reference";
import { recognizePublicTables } from "./public";

export function recognizeWorkbook(grid: WorkbookGrid): WorkbookTables {
  const result: WorkbookTables = { public: {}, all: [], notes: [] };
  const publicTables = recognizePublicTables(grid);
  for (const table of publicTables.tables) {
    if (result.public[table.kind]) continue; // a table repeated on two sheets: the first one counts
    result.public[table.kind] = table;
  }
  result.all.push(...publicTables.tables);
  result.notes.push(...publicTables.notes);
  const perf = recognizePerfSheets(grid);
  result.perfUnits = perf.units;
  result.perfProjects = perf.projects;
  result.all.push(...perf.units, ...perf.projects);
  result.notes.push(...perf.notes);
  const narrative = recognizeNarrative(grid, new Set(result.all.map((t) => t.sheet)));
  if (narrative) {
    result.narrative = narrative;
    result.all.push(narrative);
  }
  result.reference = recognizeReference(grid);
  const sheetOrder = new Map(grid.sheets.map((sheet, index) => [sheet.name, index]));
  result.all.sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0));
  return result;
}
