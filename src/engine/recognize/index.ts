// Turns a workbook's Grid into typed tables. Each sheet kind has its recogniser; none relies on addresses.
// A supervising office's review book holds several departments' tables: they are grouped by department
// (departments.ts) and each group is recognised, and later checked, on its own.
import { WorkbookGrid } from "../grid";
import { FilledReading, WorkbookTables } from "../rule";
import { recognizePerfSheets } from "../perf";
import { recognizeNarrative } from "../narrative/recognize";
import { recognizeReference } from "../narrative/reference";
import { applyReferenceInputs, ReferenceInputs } from "../reference";
import { PUBLIC_TITLES, PublicTable } from "../tables";
import { partitionByDepartment } from "./departments";
import { recognizePublicTables } from "./public";

type PublicResult = ReturnType<typeof recognizePublicTables>;

/** The tables of one department, and its name when the workbook says it (部门： line or sheet-name prefix). */
export interface DepartmentTables {
  name?: string;
  tables: WorkbookTables;
}

/** How the tables are to be read: `asFilled` for fill's plan (WorkbookTables.asFilled). */
interface RecognizeOptions {
  asFilled?: FilledReading;
}

function tablesOf(grid: WorkbookGrid, publicTables: PublicResult, inputs?: ReferenceInputs, options?: RecognizeOptions): WorkbookTables {
  const result: WorkbookTables = { public: {}, all: [], notes: [], grid };
  // Set before anything reads the figures (the companions do): what they work out is kept on the tables.
  if (options?.asFilled) result.asFilled = options.asFilled;
  for (const table of publicTables.tables) {
    const first = result.public[table.kind];
    if (first) {
      result.notes.push(repeatedTableNote(table, first));
      continue;
    }
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
  // Last year's and the budget workbook, when given: their figures join 参考数据 (the typed sheet's win).
  if (inputs) ({ reference: result.reference, crossYear: result.crossYear } = applyReferenceInputs(result, result.reference, inputs));
  const sheetOrder = new Map(grid.sheets.map((sheet, index) => [sheet.name, index]));
  result.all.sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0));
  return result;
}

/** A table found a second time (two sheets holding 公开03表): the first is checked, the second is said once. */
function repeatedTableNote(table: PublicTable, first: PublicTable) {
  return {
    rule: "table/recognition",
    severity: "info" as const,
    table: table.kind,
    sheet: table.sheet,
    cell: table.range.split(":")[0],
    related: [],
    expected: null,
    actual: null,
    message: `${PUBLIC_TITLES[table.kind]}（公开${table.kind}表）在工作表“${table.sheet}”中再次出现，核对以工作表“${first.sheet}”中的为准`,
  };
}

/** The whole workbook as one department's tables. */
export function recognizeWorkbook(grid: WorkbookGrid, inputs?: ReferenceInputs): WorkbookTables {
  return tablesOf(grid, recognizePublicTables(grid), inputs);
}

/** The workbook's tables, one group per department (one group when it holds one department's). */
export function recognizeDepartments(grid: WorkbookGrid, inputs?: ReferenceInputs): DepartmentTables[] {
  return departmentsOf(grid, inputs).map((department) => ({ name: department.name, tables: department.recognize() }));
}

/** A department found in a workbook, whose tables are recognised when asked for. */
interface PendingDepartment {
  name?: string;
  recognize(): WorkbookTables;
}

/**
 * The workbook's departments, each recognised on demand. A consolidated book of a hundred departments is checked
 * one department at a time: only one department's tables (and what its rules work out) are alive at once.
 */
export function departmentsOf(grid: WorkbookGrid, inputs?: ReferenceInputs, options?: RecognizeOptions): PendingDepartment[] {
  const publicTables = recognizePublicTables(grid);
  const groups = partitionByDepartment(grid, publicTables.tables);
  if (groups.length <= 1) return [{ name: groups[0]?.name, recognize: () => tablesOf(grid, publicTables, inputs, options) }];
  return groups.map((group) => {
    const sheets = new Set(group.sheets);
    const subGrid: WorkbookGrid = { ...grid, sheets: grid.sheets.filter((s) => sheets.has(s.name)) };
    // Each department keeps only its own tables, so that they can go once it has been checked.
    const own: PublicResult = {
      tables: publicTables.tables.filter((t) => sheets.has(t.sheet)),
      notes: publicTables.notes.filter((n) => sheets.has(n.sheet)),
    };
    return { name: group.name, recognize: () => tablesOf(subGrid, own, inputs, options) };
  });
}
