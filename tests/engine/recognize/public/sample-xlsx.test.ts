// The sample workbook another engineer builds from the report (tests/fixtures/sample.xlsx and its layout
// variations), read through exceljs like the CLI reads it: all nine tables, their ranges, no recognition notes.
import { readFileSync } from "fs";
import { rangeAddress, WorkbookGrid } from "../../../../src/engine/grid";
import { recognizePublicTables } from "../../../../src/engine/recognize/public";
import { figure, findRow, PUBLIC_KINDS, PublicTable } from "../../../../src/engine/tables";
import { gridFromXlsx } from "../../../../src/xlsx/read";
import { LAYOUT_VARIANTS, SAMPLE_PATH, sampleBuffer } from "../../../fixtures/build-sample";
import { projection, shown } from "./helpers";

/** "-" for zero (textAmounts) and a blank both stand for exactly 0. */
function zeroAsBlank(table: PublicTable) {
  const p = projection(table);
  return { ...p, rows: p.rows.map((r) => ({ ...r, cells: Object.fromEntries(Object.entries(r.cells).map(([k, v]) => [k, v === "0.00" ? "blank" : v])) })) };
}

describe("tests/fixtures/sample.xlsx", () => {
  let grid: WorkbookGrid;
  let result: ReturnType<typeof recognizePublicTables>;
  const byKind = (kind: string) => result.tables.find((t) => t.kind === kind)!;

  beforeAll(async () => {
    grid = await gridFromXlsx(readFileSync(SAMPLE_PATH), "sample.xlsx");
    result = recognizePublicTables(grid);
  });

  it("recognises the nine tables, each over its sheet's used range, without notes", () => {
    expect(result.tables.map((t) => t.kind)).toEqual(PUBLIC_KINDS);
    for (const table of result.tables) {
      const sheet = grid.sheets.find((s) => s.name === table.sheet)!;
      expect(table.range).toBe(rangeAddress(1, 1, sheet.rowCount, sheet.colCount));
    }
    expect(result.notes).toEqual([]);
  });

  it("reads the figures the rules start from", () => {
    expect(shown(figure(byKind("01"), "out.210", "amount"))).toBe("66.98");
    expect(shown(figure(byKind("03"), "total", "basic"))).toBe("1672.09");
    expect(shown(figure(byKind("05"), "2101102", "basic"))).toBe("8.11");
    expect(shown(figure(byKind("06"), "30110", "amount"))).toBe("48.73");
    expect(shown(figure(byKind("06"), "publicTotal", "amount"))).toBe("297.67");
    expect(shown(figure(byKind("07"), "vehicleOps", "actual"))).toBe("56.98");
    expect(byKind("08").empty).toBe(true);
    expect(findRow(byKind("09"), "total")).toBeDefined();
    for (const table of result.tables) expect(table.department).toBe("中共辽宁省朝阳市委办公室");
  });

  it.each(Object.entries(LAYOUT_VARIANTS))("reads the %s variation as the plain workbook", async (name, options) => {
    const variant = recognizePublicTables(await gridFromXlsx(await sampleBuffer(options), `${name}.xlsx`));
    expect(variant.notes).toEqual([]);
    expect(variant.tables.map((t) => t.kind)).toEqual(PUBLIC_KINDS);
    for (const table of variant.tables) expect(zeroAsBlank(table)).toEqual(zeroAsBlank(byKind(table.kind)));
  });
});
