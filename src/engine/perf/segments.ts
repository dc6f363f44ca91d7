// Finding the performance sheets by their titles: 部门（单位）整体绩效自评表 and 预算项目（政策）绩效自评表, brackets
// full- or half-width, optionally with the year. A sheet may hold several such tables one under another; each runs
// from its title to the row before the next title.
import { cellAddress, presentRowIndexes } from "../grid";
import { RecognitionNote } from "../rule";
import { cellText, isAnchor, labelAt, SheetReader } from "./cells";

const UNIT_TITLE = /^(\d{4}年度?)?部门(\(单位\))?整体(支出)?绩效自评表(\(\d{4}年度?\))?$/;
const PROJECT_TITLE = /^(\d{4}年度?)?(预算)?项目(\(政策\)|支出)绩效自评表(\(\d{4}年度?\))?$/;

export interface PerfSegment {
  kind: "perf-unit" | "perf-project";
  /** The title's row, and the last row of the table. */
  top: number;
  bottom: number;
  titleAddress: string;
}

/** The kind a title names; a sentence that merely mentions the table (《…》详见附件) is not a title. */
export function titleKind(label: string): PerfSegment["kind"] | undefined {
  const title = label.replace(/^《|》$/g, "");
  if (UNIT_TITLE.test(title)) return "perf-unit";
  if (PROJECT_TITLE.test(title)) return "perf-project";
  return undefined;
}

export function findSegments(sheet: SheetReader): PerfSegment[] {
  const titles: { kind: PerfSegment["kind"]; row: number; col: number }[] = [];
  // Only the rows and cells that exist are visited: a stray value in XFD1048576 must not make this walk 17 billion
  // empty cells. Rows and columns come in ascending order, as a title search needs.
  for (const rowIndex of presentRowIndexes(sheet.grid)) {
    const row = rowIndex + 1;
    if (row > sheet.rowCount) break;
    // some() skips the holes of a sparse row and stops at the row's title.
    sheet.grid.cells[rowIndex].some((cell, colIndex) => {
      const col = colIndex + 1;
      // One without 表 in it (all but a few cells) cannot be a title.
      if (col > sheet.colCount || !cellText(cell).includes("表")) return false;
      if (!isAnchor(sheet, row, col)) return false;
      const kind = titleKind(labelAt(sheet, row, col));
      if (!kind) return false;
      titles.push({ kind, row, col });
      return true;
    });
  }
  return titles.map((title, index) => ({
    kind: title.kind,
    top: title.row,
    bottom: index + 1 < titles.length ? titles[index + 1].row - 1 : sheet.rowCount,
    titleAddress: cellAddress(title.row, title.col),
  }));
}

/** "101001中共朝阳市委办公室-211300000" → "中共朝阳市委办公室": the finance system's codes around a name dropped. */
export function cleanName(text: string): string {
  return text
    .trim()
    .replace(/^\d+\s*/, "")
    .replace(/\s*-\s*\d*$/, "")
    .trim();
}

/** The year of the table, from the title or the "2024年年度" / "(2024年度)" line under it. */
export function yearOf(sheet: SheetReader, segment: PerfSegment): string | undefined {
  for (let row = segment.top; row <= Math.min(segment.top + 3, segment.bottom); row++) {
    for (let col = 1; col <= sheet.colCount; col++) {
      const match = /(\d{4})年/.exec(labelAt(sheet, row, col));
      if (match) return match[1];
    }
  }
  return undefined;
}

/**
 * A warning at the sheet's title cell: a part of the 自评表 was not found, so the checks that need it cannot run
 * (said once, where the sheet starts, since the missing part has no cell of its own).
 */
export function warnMissingPart(
  notes: RecognitionNote[],
  table: "perf-unit" | "perf-project",
  sheet: SheetReader,
  segment: PerfSegment,
  message: string
): void {
  notes.push({ severity: "warning", table, sheet: sheet.name, cell: segment.titleAddress, related: [], expected: null, actual: null, message });
}
