// Prints the grid a PDF is read into, sheet by sheet (a tool for looking, not a test):
//   npx ts-node --transpile-only tests/pdf/dump.ts 报告.pdf
import { readPdfFile } from "../../src/pdf/node";

(async () => {
  const wb = await readPdfFile(process.argv[2]);
  for (const s of wb.grid.sheets) {
    console.log("=== SHEET", s.name, s.rowCount, s.colCount, JSON.stringify(s.merges));
    s.cells.forEach((row, r) => console.log(r + 1, row.map((c) => (c ? String(c.value) : "")).join(" | ")));
  }
})();
