// input/invalid-figure on the sample and a real report, whose figures all read; then with a figure typed as words,
// left as an Excel error pasted as text, or as a formula without its result, in a 公开 table and a 绩效 sheet.
import { GridCell, WorkbookGrid } from "../../../../src/engine/grid";
import { invalidFigure } from "../../../../src/engine/rules/common/invalid-figure";
import { WorkbookTables } from "../../../../src/engine/rule";
import { FigureCell, findRow } from "../../../../src/engine/tables";
import { ruleCases } from "../harness";
import { realTables, sampleGrid, sampleTables, tablesOf, withCell } from "../report/real";

const at = (cell: FigureCell) => `${cell.sheet}!${cell.address}`;

/** The sample's 02 figure of 行政运行 (2013101) 本年收入合计 and its 整体 sheet's first 分值 cell. */
const leafTotal = (tables: WorkbookTables) => findRow(tables.public["02"]!, "2013101")!.cells.total!;
const firstPoints = (tables: WorkbookTables) => tables.perfUnits![0].indicators.find((i) => i.points)!.points!;

/** The sample with `cell` replaced: words, or a grid cell as the reader gives it (a formula without a result). */
async function sampleWith(pick: (tables: WorkbookTables) => FigureCell, value: string | ((old: GridCell) => GridCell)): Promise<WorkbookTables> {
  const cell = pick(await sampleTables());
  const grid: WorkbookGrid = await sampleGrid();
  if (typeof value === "string") return tablesOf(withCell(grid, cell.sheet, cell.address, value));
  const sheets = grid.sheets.map((sheet) => {
    if (sheet.name !== cell.sheet) return sheet;
    const cells = sheet.cells.map((row) => (row ? [...row] : row));
    cells[cell.row - 1][cell.col - 1] = value(cells[cell.row - 1][cell.col - 1]!);
    return { ...sheet, cells };
  });
  return tablesOf({ ...grid, sheets });
}

export const cases = ruleCases(invalidFigure, {
  valid: [
    { name: "the sample: every figure of its tables and 绩效 sheets reads", tables: () => sampleTables() },
    { name: "文旅局: every figure reads", tables: () => realTables("2025-putuo-wenlvju") },
  ],
  invalid: [
    {
      name: "the sample's 行政运行 本年收入合计 typed in words",
      tables: () => sampleWith(leafTotal, "一千一百一十六点八"),
      findings: (tables) => [{ messageId: "unreadable", cell: at(leafTotal(tables)), severity: "error" }],
    },
    {
      name: "the sample's 行政运行 本年收入合计 as “#REF!” pasted as text",
      tables: () => sampleWith(leafTotal, "#REF!"),
      findings: (tables) => [{ messageId: "unreadable", cell: at(leafTotal(tables)), severity: "error" }],
    },
    {
      name: "the sample's 行政运行 本年收入合计 a formula saved without its result",
      tables: () => sampleWith(leafTotal, (old) => ({ ...old, value: null, formula: "SUM(C8:C9)" })),
      findings: (tables) => [{ messageId: "unreadable", cell: at(leafTotal(tables)), severity: "error" }],
    },
    {
      name: "a 分值 of the sample's 整体 sheet typed in words",
      tables: () => sampleWith(firstPoints, "十二点五"),
      findings: (tables) => [{ messageId: "unreadable", cell: at(firstPoints(tables)), severity: "error" }],
    },
  ],
});
