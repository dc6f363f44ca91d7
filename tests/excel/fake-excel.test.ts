/// <reference types="office-js" />
import { FakeExcel } from "./fake-excel";
import { table03Sheet } from "./sample-sheets";

describe("FakeExcel special cells", () => {
  it("gives formula and error cells as rectangles, readable only after load and sync", async () => {
    const sheet = table03Sheet();
    // 合计 of 本年支出合计 and 基本支出 as formulas, one error result below them, one typed error beside.
    sheet.rows![7][2] = { value: 2259.73, numFmt: "#,##0.00", formula: "=C9+C15+C22+C27" };
    sheet.rows![7][3] = { value: 1672.09, numFmt: "#,##0.00", formula: "=D9+D15+D22+D27" };
    sheet.rows![8][3] = { error: "#DIV/0!", formula: "=D10/0" };
    sheet.rows![8][6] = { error: "#N/A" };
    const fake = new FakeExcel([sheet]);
    await fake.run(async (context) => {
      const whole = context.workbook.worksheets.getItem("03支出决算表").getRange();
      const formulas = whole.getSpecialCellsOrNullObject("Formulas", "All");
      const typedErrors = whole.getSpecialCellsOrNullObject("Constants", "Errors");
      const numbers = whole.getSpecialCellsOrNullObject("Formulas", "Numbers");
      const texts = whole.getSpecialCellsOrNullObject("Formulas", "Text");
      for (const cells of [formulas, typedErrors, numbers, texts]) cells.load("isNullObject,address,areaCount,cellCount");
      expect(String(formulas.areaCount)).toMatch(/^Error, /);
      await context.sync();
      expect(formulas).toMatchObject({ isNullObject: false, areaCount: 2, cellCount: 3, address: "'03支出决算表'!C8:D8,'03支出决算表'!D9" });
      expect(typedErrors).toMatchObject({ isNullObject: false, areaCount: 1, cellCount: 1, address: "'03支出决算表'!G9" });
      expect(numbers).toMatchObject({ areaCount: 1, cellCount: 2 });
      expect(texts.isNullObject).toBe(true);

      formulas.areas.load("items/rowIndex,items/columnIndex,items/formulas");
      expect(String(formulas.areas.items)).toMatch(/^Error, /);
      await context.sync();
      expect(formulas.areas.items.map((area) => [area.rowIndex, area.columnIndex, area.formulas])).toEqual([
        [7, 2, [["=C9+C15+C22+C27", "=D9+D15+D22+D27"]]],
        [8, 3, [["=D10/0"]]],
      ]);
      // Only what was loaded is readable.
      expect(String(formulas.areas.items[0].values)).toMatch(/^Error, /);
    });
  });

  it("stacks runs of the same columns into one rectangle", async () => {
    const fake = new FakeExcel([
      { name: "S", rows: [[{ formula: "=1" }, { formula: "=2" }], [{ formula: "=3" }, { formula: "=4" }], [{ formula: "=5" }, null]] },
    ]);
    await fake.run(async (context) => {
      const cells = context.workbook.worksheets.getItem("S").getRange().getSpecialCellsOrNullObject("Formulas");
      cells.load("address,areaCount,cellCount");
      await context.sync();
      expect(cells).toMatchObject({ address: "S!A1:B2,S!A3", areaCount: 2, cellCount: 5 });
    });
  });
});
