// A narrative sentence restating a total that is still blank (to be filled) is checked against the value fill
// would write, not against 0: blank totals are never errors, not even through the narrative.
import * as fs from "fs";
import { checkWorkbook } from "../../../src/engine";
import { WorkbookGrid } from "../../../src/engine/grid";
import { recognizeWorkbook } from "../../../src/engine/recognize";
import { figure } from "../../../src/engine/tables";
import { gridFromXlsx } from "../../../src/xlsx/read";
import { SAMPLE_PATH } from "../../fixtures/build-sample";

it("gives the same narrative findings when 07 合计 and 03 201 are blank", async () => {
  const sample = await gridFromXlsx(fs.readFileSync(SAMPLE_PATH), "sample.xlsx");
  const tables = recognizeWorkbook(sample);
  const blanks = [figure(tables.public["07"]!, "total", "budget")!, figure(tables.public["07"]!, "total", "actual")!, figure(tables.public["03"]!, "201", "total")!];
  const grid: WorkbookGrid = {
    ...sample,
    sheets: sample.sheets.map((sheet) => {
      const mine = blanks.filter((b) => b.sheet === sheet.name);
      if (!mine.length) return sheet;
      const cells = sheet.cells.map((row) => (row ? [...row] : row));
      for (const b of mine) cells[b.row - 1][b.col - 1] = undefined;
      return { ...sheet, cells };
    }),
  };
  const narrative = (g: WorkbookGrid) =>
    checkWorkbook(g)
      .findings.filter((f) => f.table === "narrative")
      .map((f) => `${f.rule} ${f.severity} ${f.cell} ${f.expected} ${f.actual}`)
      .sort();
  expect(narrative(grid)).toEqual(narrative(sample));
  const filled = checkWorkbook(grid).findings.filter((f) => f.severity === "info" && f.fix);
  expect(filled.map((f) => f.expected).sort()).toEqual(["1837.28", "57.40", "57.99"]);
});
