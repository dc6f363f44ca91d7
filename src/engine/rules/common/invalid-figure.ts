// A figure cell holding text that is not a number, an Excel error (#REF!, #DIV/0!) or a formula without a
// result: every identity that uses it is skipped, so the cell itself must be reported, once.
import { perfFigureCells } from "../../perf/types";
import { Rule } from "../../rule";
import { FigureCell } from "../../tables";

export function* figureCellsOfWorkbook(tables: import("../../rule").WorkbookTables): Generator<{ kind: string; cell: FigureCell }> {
  for (const table of Object.values(tables.public)) {
    if (!table) continue;
    for (const row of table.rows) {
      for (const cell of Object.values(row.cells)) if (cell) yield { kind: table.kind, cell };
    }
  }
  for (const sheet of [...(tables.perfUnits ?? []), ...(tables.perfProjects ?? [])]) {
    for (const cell of perfFigureCells(sheet)) yield { kind: sheet.kind, cell };
  }
}

export const invalidFigure: Rule = {
  meta: {
    id: "input/invalid-figure",
    severity: "error",
    title: "金额单元格无法识别为数字",
    titleEn: "Figure cell is not a number",
    docs: "金额、比率单元格中的文字、错误值（#REF! 等）或没有计算结果的公式；涉及它的勾稽关系无法核对。",
  },
  check(context) {
    const seen = new Set<string>();
    for (const { kind, cell } of figureCellsOfWorkbook(context.tables)) {
      // Nearly every figure is readable: only an unreadable one needs its place named.
      if (cell.state !== "invalid") continue;
      const key = `${cell.sheet}!${cell.address}`;
      if (seen.has(key)) continue;
      seen.add(key);
      context.report({
        severity: "error",
        table: kind,
        sheet: cell.sheet,
        cell: cell.address,
        related: [],
        expected: null,
        actual: null,
        message: `${cell.problem ?? "不是数字"}，无法核对涉及此单元格的勾稽关系`,
      });
    }
  },
};
