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

describe("FakeExcel's limits, as a real Excel has them", () => {
  it("fails a merged-area call over 512 areas, and gives whole-row and whole-column merges as such", async () => {
    const merges = Array.from({ length: 513 }, (_, r) => `A${r + 1}:B${r + 1}`);
    const fake = new FakeExcel([{ name: "S", rows: [[1]], merges: [...merges, "C:D"] }]);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:D600").getMergedAreasOrNullObject().load("address");
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
      const half = sheet.getRange("C1:D1").getMergedAreasOrNullObject();
      half.load("address,areaCount");
      await context.sync();
      expect(half).toMatchObject({ address: "S!C:D", areaCount: 1 });
    });
  });

  it("refuses a response over the byte cap, and never builds a whole sheet's arrays", async () => {
    const fake = new FakeExcel([{ name: "S", rows: Array.from({ length: 100 }, () => Array.from({ length: 10 }, () => "机关事业单位基本养老保险缴费")) }], {
      limits: { payloadBytes: 10_000 },
    });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:J100").load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      sheet.getRange("A:XFD").load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      const small = sheet.getRange("A1:B2");
      small.load("values");
      await context.sync();
      expect(small.values[1][1]).toBe("机关事业单位基本养老保险缴费");
    });
  });

  it("refuses a request over the byte cap", async () => {
    const fake = new FakeExcel([{ name: "S", rows: [[null]] }], { limits: { payloadBytes: 5_000 } });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["说明".repeat(3000)]];
      await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    });
    expect(fake.cell("S", "A1")).toBeUndefined();
  });

  it("reads no fill as white with pattern None and a null tint", async () => {
    const fake = new FakeExcel([{ name: "S", rows: [[1]] }]);
    await fake.run(async (context) => {
      const fill = context.workbook.worksheets.getItem("S").getRange("A1").format.fill;
      fill.load("color,pattern,tintAndShade");
      await context.sync();
      expect([fill.color, fill.pattern, fill.tintAndShade]).toEqual(["#FFFFFF", "None", null]);
    });
  });

  it("lets a protected sheet take a value in an unlocked cell, but no locked cell and no formatting", async () => {
    const fake = new FakeExcel([{ name: "S", protected: true, rows: [[{ value: "", locked: false }, null]] }]);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1").values = [[1]];
      await context.sync();
      sheet.getRange("B1").values = [[2]];
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      sheet.getRange("A1").numberFormat = [["0.00"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      sheet.getRange("A1").getSpecialCellsOrNullObject("Constants").load("cellCount");
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
    expect(fake.cell("S", "A1")).toMatchObject({ value: 1, numFmt: "General" });
    expect(fake.cell("S", "B1")).toBeUndefined();
  });

  it("keeps custom XML parts, found by namespace", async () => {
    const fake = new FakeExcel([{ name: "S" }]);
    await fake.run(async (context) => {
      const none = context.workbook.customXmlParts.getByNamespace("urn:x").getOnlyItemOrNullObject();
      none.load("isNullObject");
      context.workbook.customXmlParts.add('<r xmlns="urn:x">1</r>');
      await context.sync();
      expect(none.isNullObject).toBe(true);
      const part = context.workbook.customXmlParts.getByNamespace("urn:x").getOnlyItemOrNullObject();
      part.load("isNullObject");
      await context.sync();
      const xml = part.getXml();
      await context.sync();
      expect(xml.value).toBe('<r xmlns="urn:x">1</r>');
    });
  });
});
