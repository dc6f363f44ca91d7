// A figure cell holding text that is not a number, an Excel error (#REF!, #DIV/0!) or a formula without a
// result: every identity that uses it is skipped, so the cell itself must be reported, once.
import { perfFigureCells } from "../../perf/types";
import { Rule, WorkbookTables } from "../../rule";
import { FigureCell } from "../../tables";

/**
 * Visits every figure cell of the workbook's tables. A plain loop, not a generator of { kind, cell } pairs: this
 * rule walks every figure of every check, and the pair and the generator step per cell were most of its cost.
 */
function forEachFigureCell(tables: WorkbookTables, visit: (kind: string, cell: FigureCell) => void): void {
  for (const table of Object.values(tables.public)) {
    if (!table) continue;
    for (const row of table.rows) {
      for (const column in row.cells) {
        const cell = row.cells[column];
        if (cell) visit(table.kind, cell);
      }
    }
  }
  for (const sheets of [tables.perfUnits, tables.perfProjects]) {
    for (const sheet of sheets ?? []) {
      for (const cell of perfFigureCells(sheet)) visit(sheet.kind, cell);
    }
  }
}

export function* figureCellsOfWorkbook(tables: WorkbookTables): Generator<{ kind: string; cell: FigureCell }> {
  const cells: { kind: string; cell: FigureCell }[] = [];
  forEachFigureCell(tables, (kind, cell) => cells.push({ kind, cell }));
  yield* cells;
}

export const invalidFigure: Rule = {
  meta: {
    id: "input/invalid-figure",
    severity: "error",
    title: "金额单元格无法识别为数字",
    titleEn: "Figure cell is not a number",
    docs: "金额、比率单元格中的文字、错误值（#REF! 等）或没有计算结果的公式；涉及它的勾稽关系无法核对。",
    // {{problem}}: what the reader found in the cell (“文本“一千”不是数字”, “单元格为错误值 #REF!”, “公式没有计算结果”).
    messages: { unreadable: "{{problem}}，无法核对涉及此单元格的勾稽关系" },
  },
  check(context) {
    const seen = new Set<string>();
    forEachFigureCell(context.tables, (kind, cell) => {
      // Nearly every figure is readable: only an unreadable one needs its place named.
      if (cell.state !== "invalid") return;
      const key = `${cell.sheet}!${cell.address}`;
      if (seen.has(key)) return;
      seen.add(key);
      context.report({
        severity: "error",
        table: kind,
        sheet: cell.sheet,
        cell: cell.address,
        related: [],
        expected: null,
        actual: null,
        messageId: "unreadable",
        data: { problem: cell.problem ?? "不是数字" },
      });
    });
  },
};
