// Fill: the fixes of blank derived cells become CellEdits. A non-empty cell is never touched (rules only offer
// fixes for blank cells) and a formula cell is left to Excel. Totals are filled in dependency order — a 款 before
// its 类 before 合计 — by filling, re-checking and filling again until nothing is left, so one click is enough.
import { CellEdit } from "./edits";
import { Finding } from "./finding";
import { GridCell, parseAddress, SheetGrid, WorkbookGrid } from "./grid";
import { runDepartments } from "./index";
import { recognizeDepartments } from "./recognize";
import { DEFAULT_SETTINGS, Settings } from "./rule";
import { ReferenceInputs } from "./reference/types";

/** Deep enough a hierarchy never needs more passes: 项 → 款 → 类 → 合计 → 总计, scores → 小计 → 总得分. */
const MAX_PASSES = 12;

const keyOf = (sheet: string, address: string) => `${sheet}!${address}`;

function relatedKey(reference: string, fromSheet: string): string {
  const bang = reference.lastIndexOf("!");
  return bang >= 0 ? reference : keyOf(fromSheet, reference);
}

/** A copy of the grid that shares every row it does not change. */
function copyOnWrite(grid: WorkbookGrid): WorkbookGrid {
  return { ...grid, sheets: grid.sheets.map((sheet) => ({ ...sheet, cells: [...sheet.cells] })) };
}

function writeIntoGrid(grid: WorkbookGrid, edit: CellEdit): void {
  const sheet: SheetGrid | undefined = grid.sheets.find((s) => s.name === edit.sheet);
  if (!sheet) return;
  const { row, col } = parseAddress(edit.cell);
  const cells = [...(sheet.cells[row - 1] ?? [])];
  // The working copy holds the value as its shown text ("1672.10", "94.58%"): it reads back with exactly the
  // decimals it will show, and no float is involved.
  const cell: GridCell = edit.kind === "number" ? { value: edit.shown, numFmt: edit.numFmt } : { value: edit.text, numFmt: "@" };
  cells[col - 1] = cell;
  sheet.cells[row - 1] = cells;
  sheet.rowCount = Math.max(sheet.rowCount, row);
  sheet.colCount = Math.max(sheet.colCount, col);
}

function editOf(finding: Finding): CellEdit | undefined {
  const fix = finding.fix;
  if (!fix) return undefined;
  return fix.kind === "number"
    ? { sheet: fix.sheet, cell: fix.cell, kind: "number", value: fix.value, numFmt: fix.numFmt, shown: fix.shown }
    : { sheet: fix.sheet, cell: fix.cell, kind: "text", text: fix.text, shown: fix.shown };
}

interface FillPlan {
  /** Edits in the order they were computed (dependencies first). */
  edits: CellEdit[];
  /** How many check-and-fill passes it took. */
  passes: number;
}

/** Computes every edit fill would make. Pure: the grid passed in is not changed. */
export function planFill(grid: WorkbookGrid, settings: Settings = DEFAULT_SETTINGS, inputs?: ReferenceInputs): FillPlan {
  const working = copyOnWrite(grid);
  const edits: CellEdit[] = [];
  const filled = new Set<string>();
  let passes = 0;
  for (; passes < MAX_PASSES; passes++) {
    const derivedBlank = new Set<string>();
    const findings = runDepartments(recognizeDepartments(working, inputs), settings, (cell) => {
      if (cell.state === "blank") derivedBlank.add(keyOf(cell.sheet, cell.address));
    }).flatMap((department) => department.findings);
    const candidates = findings.filter((f) => f.fix && !filled.has(keyOf(f.fix.sheet, f.fix.cell)));
    if (candidates.length === 0) break;
    // A fix is ready when none of the cells it was computed from is a blank derived cell still waiting for its value.
    const ready = candidates.filter((f) => !f.related.some((r) => derivedBlank.has(relatedKey(r, f.sheet))));
    // Cells that are derived but whose value is 0 stay blank and would wait forever: take the rest as they are.
    const chosen = ready.length > 0 ? ready : candidates;
    const thisPass = new Map<string, CellEdit>();
    for (const finding of chosen) {
      const edit = editOf(finding);
      if (!edit) continue;
      const key = keyOf(edit.sheet, edit.cell);
      if (!thisPass.has(key)) thisPass.set(key, edit);
    }
    for (const [key, edit] of thisPass) {
      writeIntoGrid(working, edit);
      filled.add(key);
      edits.push(edit);
    }
  }
  return { edits, passes };
}
