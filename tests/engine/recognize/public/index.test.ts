// The whole workbook: every sheet (hidden ones too), several tables on one sheet, tables of contents, large sheets.
import { readFileSync } from "fs";
import { resolve } from "path";
import { sheetFromRows } from "../../../../src/engine/grid";
import { recognizePublicTables } from "../../../../src/engine/recognize/public";
import { findRow, figure, PUBLIC_KINDS } from "../../../../src/engine/tables";
import { projection, recognizeSheets, shown } from "./helpers";
import { GROUPS_06, sampleWorkbook, sheet03, sheet03WithLedger, sheet07 } from "./sample-sheets";

describe("recognizePublicTables", () => {
  it("recognises the nine tables of a workbook, one per sheet", () => {
    const { tables, notes } = recognizePublicTables(sampleWorkbook());
    expect(tables.map((t) => t.kind)).toEqual(PUBLIC_KINDS);
    expect(tables.map((t) => t.range)).toEqual(["A1:F42", "A1:I32", "A1:H32", "A1:I43", "A1:E32", "A1:I44", "A1:C15", "A1:H12", "A1:E12"]);
    expect(notes).toEqual([]);
  });

  it("reads hidden sheets like any other", () => {
    const hidden = sheet03();
    hidden.visibility = "hidden";
    const { tables, notes } = recognizeSheets(hidden);
    expect(tables.map((t) => t.kind)).toEqual(["03"]);
    expect(notes).toEqual([]);
  });

  it("reads several tables stacked on one sheet, each until its note", () => {
    const rows = [...sheet03().cells, [], [], ...sheet07().cells].map((r) => r.map((c) => c?.value ?? undefined));
    const { tables, notes } = recognizeSheets(sheetFromRows("全部", rows));
    expect(tables.map((t) => [t.kind, t.range])).toEqual([
      ["03", "A1:H32"],
      ["07", "A35:C49"],
    ]);
    expect(figure(tables[1], "vehicleOps", "actual")!.address).toBe("C45");
    expect(notes).toEqual([]);
  });

  it("makes nothing of a table of contents", () => {
    const contents = sheetFromRows("目录", [
      ["第四部分 2024 年度部门决算表"],
      ["一、收入支出决算总表"],
      ["二、收入决算表"],
      ["三、支出决算表"],
      ["四、财政拨款收入支出决算总表"],
    ]);
    expect(recognizeSheets(contents)).toEqual({ tables: [], notes: [] });
  });

  it("notes a lone table whose header it cannot read", () => {
    const sheet = sheetFromRows("支出", [["支出决算表"], ["公开03表"], ["金额单位：万元"], ["甲", "乙"], ["1", "2"]]);
    const { tables, notes } = recognizeSheets(sheet);
    expect(tables).toEqual([]);
    expect(notes).toEqual([
      expect.objectContaining({ cell: "A1", severity: "warning", message: "支出决算表（公开03表）的表头无法识别，该表未参与核对" }),
    ]);
  });

  it("finds the one table of a very large sheet and stops at its note (its time: npm run bench, line g)", () => {
    const { sheet, noteRow } = sheet03WithLedger();
    const { tables } = recognizeSheets(sheet);
    expect(tables).toHaveLength(1);
    expect(tables[0].rows).toHaveLength(21);
    expect(noteRow).toBeGreaterThan(0);
  });
});

// The report's own tables as its PDF text prints them, all on one sheet: no merges, 4-digit 06 codes, the
// sample's own header wording. domain.md §8 expects no recognition problem from them. The text is committed
// (tests/fixtures/real/chaoyang-tables.tsv, cut from the sample's text by tests/fixtures/real/build-real.ts).
const SAMPLE_TABLES = resolve(__dirname, "../../../fixtures/real/chaoyang-tables.tsv");

describe("the sample report's tables as text", () => {
  const lines = readFileSync(SAMPLE_TABLES, "utf8").replace(/\n$/, "").split("\n");
  const rows = lines.map((l) => l.split("\t").map((c) => c.trim() || undefined));
  const result = recognizeSheets(sheetFromRows("决算表", rows));
  const byKind = new Map(result.tables.map((t) => [t.kind, t]));
  const plain = new Map(recognizePublicTables(sampleWorkbook()).tables.map((t) => [t.kind, t]));

  it("finds all nine tables without a note", () => {
    expect(result.tables.map((t) => t.kind)).toEqual(PUBLIC_KINDS);
    expect(result.notes).toEqual([]);
  });

  it.each(["01", "02", "03", "04", "05", "07", "08", "09"] as const)("reads table %s as the built workbook has it", (kind) => {
    expect(projection(byKind.get(kind)!)).toEqual(projection(plain.get(kind)!));
  });

  it("reads 06 with its 4-digit codes resolved by name", () => {
    const table = byKind.get("06")!;
    const expected = [...GROUPS_06.flat().map(([code]) => code).filter((c) => c !== "31206"), "personnelTotal", "publicTotal"];
    expect(table.rows.map((r) => r.key).sort()).toEqual(expected.sort());
    expect(shown(figure(table, "30110", "amount"))).toBe("48.73");
    expect(shown(figure(table, "publicTotal", "amount"))).toBe("297.67");
    expect(findRow(table, "30231")!.name).toBe("公务用车运行维护费");
  });

  it("reads the department and year of each table", () => {
    for (const table of result.tables) {
      expect(table.department).toBe("中共辽宁省朝阳市委办公室");
      expect(table.year).toBe("2024");
    }
  });
});
