import { clearHighlights, dedupeMarks, HIGHLIGHT_COLORS, highlightCells, HighlightMark } from "../../src/excel/highlight";
import { FakeExcel, NO_FILL } from "./fake-excel";
import { manySheets, table03Sheet, table07Sheet } from "./sample-sheets";

/** Table 03 with the user's own yellow fill on the 合计 row's 本年支出合计. */
function withUserFill(): FakeExcel {
  const sheet = table03Sheet();
  sheet.rows![7][2] = { value: 2259.73, numFmt: "#,##0.00", fill: "#FFFF00" };
  return new FakeExcel([sheet, table07Sheet()]);
}

// The sample's 尾差 on 03 合计 and its 基本支出 column, and a fillable blank on 07.
const MARKS: HighlightMark[] = [
  { sheet: "03支出决算表", cell: "C8", tone: "rounding" },
  { sheet: "03支出决算表", cell: "D8", tone: "rounding" },
  { sheet: "07三公经费", cell: "B6", tone: "fillable" },
];

describe("highlightCells / clearHighlights", () => {
  it("paints cells by class and clears back to each cell's own fill", async () => {
    const fake = withUserFill();
    const record = await fake.run((context) => highlightCells(context, MARKS));
    expect(fake.syncCount).toBe(2);
    expect(fake.cell("03支出决算表", "C8")?.fill).toMatchObject({ color: HIGHLIGHT_COLORS.rounding, pattern: "Solid" });
    expect(fake.cell("07三公经费", "B6")?.fill).toMatchObject({ color: HIGHLIGHT_COLORS.fillable, pattern: "Solid" });
    expect(record.cells.map((c) => [c.cell, c.color, c.pattern])).toEqual([
      ["C8", "#FFFF00", "Solid"],
      ["D8", "#FFFFFF", "None"],
      ["B6", "#FFFFFF", "None"],
    ]);

    const outcome = await fake.run((context) => clearHighlights(context, record));
    expect(outcome).toEqual({ restored: 3, keptByUser: 0 });
    expect(fake.syncCount).toBe(4);
    expect(fake.cell("03支出决算表", "C8")?.fill).toMatchObject({ color: "#FFFF00", pattern: "Solid" });
    expect(fake.cell("03支出决算表", "D8")?.fill).toEqual(NO_FILL);
    expect(fake.cell("07三公经费", "B6")?.fill).toEqual(NO_FILL);
  });

  it("keeps a fill the user set on a highlighted cell", async () => {
    const fake = withUserFill();
    const record = await fake.run((context) => highlightCells(context, MARKS));
    fake.cell("03支出决算表", "D8")!.fill = { ...NO_FILL, color: "#00B050", pattern: "Solid", tintAndShade: 0 };
    const outcome = await fake.run((context) => clearHighlights(context, record));
    expect(outcome).toEqual({ restored: 2, keptByUser: 1 });
    expect(fake.cell("03支出决算表", "D8")?.fill.color).toBe("#00B050");
  });

  it("takes 2 syncs however many sheets it paints", async () => {
    const fake = new FakeExcel(manySheets(60));
    const marks = fake.sheets.map((sheet) => ({ sheet: sheet.name, cell: "C5", tone: "error" as const }));
    const record = await fake.run((context) => highlightCells(context, marks));
    expect(fake.syncCount).toBe(2);
    await fake.run((context) => clearHighlights(context, record));
    expect(fake.syncCount).toBe(4);
    expect(fake.sheets.every((sheet) => fake.cell(sheet.name, "C5")?.fill.pattern === "None")).toBe(true);
  });

  it("leaves protected sheets unpainted and names them", async () => {
    const fake = new FakeExcel([table03Sheet(), { ...table07Sheet(), protected: true }]);
    const record = await fake.run((context) => highlightCells(context, MARKS));
    expect(record.protectedSheets).toEqual(["07三公经费"]);
    expect(record.cells.map((c) => c.cell)).toEqual(["C8", "D8"]);
    expect(fake.cell("07三公经费", "B6")).toBeUndefined();
  });

  it("keeps the first recorded fill when a cell is highlighted again", async () => {
    const fake = withUserFill();
    const first = await fake.run((context) => highlightCells(context, MARKS));
    const second = await fake.run((context) => highlightCells(context, [{ sheet: "03支出决算表", cell: "C8", tone: "error" }], first));
    expect(second.cells[0]).toMatchObject({ color: "#FFFF00", painted: HIGHLIGHT_COLORS.error });
    await fake.run((context) => clearHighlights(context, second));
    expect(fake.cell("03支出决算表", "C8")?.fill).toMatchObject({ color: "#FFFF00", pattern: "Solid" });
  });
});

describe("dedupeMarks", () => {
  it("gives a cell with several findings the most serious class", () => {
    expect(
      dedupeMarks([
        { sheet: "03", cell: "D8", tone: "rounding" },
        { sheet: "03", cell: "d8", tone: "error" },
        { sheet: "03", cell: "D9", tone: "info" },
      ])
    ).toEqual([
      { sheet: "03", cell: "d8", tone: "error" },
      { sheet: "03", cell: "D9", tone: "info" },
    ]);
  });
});
