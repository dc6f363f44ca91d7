import { readPdfFile } from "../../src/pdf/node";
(async () => {
  const wb = await readPdfFile(process.argv[2]);
  for (const s of wb.grid.sheets) {
    console.log("=== SHEET", s.name, s.rowCount, s.colCount, JSON.stringify(s.merges).slice(0,300));
    s.cells.forEach((row, r) => console.log(r + 1, row.map((c) => (c ? String(c.value) : "")).join(" | ").slice(0, 200)));
  }
})();
