// Whether findings point at real cells: the sheet exists, the address is one cell ("C9", no range, no "$") and it
// lies inside the sheet's used range. Shared by the corpus and the fuzz tests.
import { parseAddress, WorkbookGrid } from "../../src/engine/grid";

/** The part of a finding these checks read (an engine Finding or a finding of the CLI's JSON). */
export interface PointingFinding {
  rule: string;
  sheet: string;
  cell: string;
  related: string[];
}

const CELL = /^[A-Z]{1,3}[1-9]\d*$/;

/** "Sheet!A1" → [sheet, address]; "A1" → [fromSheet, address]. Sheet names may hold "!", addresses never do. */
export function splitReference(reference: string, fromSheet: string): [string, string] {
  const bang = reference.lastIndexOf("!");
  return bang >= 0 ? [reference.slice(0, bang), reference.slice(bang + 1)] : [fromSheet, reference];
}

/** What is wrong with one reference, or undefined when it names a cell inside its sheet's used range. */
function problemOf(grid: WorkbookGrid, sheetName: string, address: string): string | undefined {
  const sheet = grid.sheets.find((s) => s.name === sheetName);
  if (!sheet) return `没有工作表“${sheetName}”`;
  if (!CELL.test(address)) return `“${address}”不是单元格地址`;
  const { row, col } = parseAddress(address);
  if (row > sheet.rowCount || col > sheet.colCount) return `${address} 在已用区域（${sheet.rowCount} 行 × ${sheet.colCount} 列）之外`;
  return undefined;
}

/** One line per finding that points anywhere but at a cell of the workbook; empty when all are sound. */
export function addressProblems(findings: PointingFinding[], grid: WorkbookGrid): string[] {
  const problems: string[] = [];
  for (const finding of findings) {
    const where = `${finding.rule} ${finding.sheet}!${finding.cell}`;
    const own = problemOf(grid, finding.sheet, finding.cell);
    if (own) problems.push(`${where}: ${own}`);
    for (const reference of finding.related) {
      const [sheet, address] = splitReference(reference, finding.sheet);
      const related = problemOf(grid, sheet, address);
      if (related) problems.push(`${where} related ${reference}: ${related}`);
    }
  }
  return problems;
}
