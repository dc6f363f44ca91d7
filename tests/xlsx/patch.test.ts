// The patching writer (src/xlsx/patch.ts) on sheets laid out every way the format allows: whatever cells a sheet
// holds and wherever fill writes, the filled copy reads back as the original plus the filled cells and nothing else,
// with rows and cells in the order Excel requires, and every part fill does not touch byte for byte.
import fc from "fast-check";
import { Decimal } from "../../src/engine/decimal";
import { CellEdit } from "../../src/engine/edits";
import { cellAddress, GridCell, WorkbookGrid } from "../../src/engine/grid";
import { gridFromXlsx } from "../../src/xlsx/read";
import { applyEditsToXlsx } from "../../src/xlsx/write";
import { makeRawXlsx, unzipText } from "./zip-helpers";

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>
<fonts count="1"><font><sz val="12"/><name val="宋体"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment horizontal="right"/></xf></cellXfs>
</styleSheet>`;

interface Layout {
  /** Cells with values, by "row:col". */
  values: Map<string, number>;
  /** Blank styled cells (<c r s/>), by "row:col". */
  blanks: Set<string>;
  rowsReversed: boolean;
}

function sheetData(layout: Layout): string {
  const rows = new Map<number, { col: number; xml: string }[]>();
  const add = (key: string, xml: (address: string) => string) => {
    const [row, col] = key.split(":").map(Number);
    (rows.get(row) ?? rows.set(row, []).get(row)!).push({ col, xml: xml(cellAddress(row, col)) });
  };
  for (const [key, value] of layout.values) add(key, (a) => `<c r="${a}" s="1"><v>${value}</v></c>`);
  for (const key of layout.blanks) add(key, (a) => `<c r="${a}" s="2"/>`);
  let ordered = [...rows.entries()].sort((a, b) => a[0] - b[0]);
  if (layout.rowsReversed) ordered = ordered.reverse();
  return ordered
    .map(([row, cells]) => `<row r="${row}">${cells.sort((a, b) => a.col - b.col).map((c) => c.xml).join("")}</row>`)
    .join("");
}

function edit(key: string, value: string, numFmt: string): CellEdit & { kind: "number" } {
  const [row, col] = key.split(":").map(Number);
  return { sheet: "表", cell: cellAddress(row, col), kind: "number", value: new Decimal(value), numFmt, shown: value };
}

const cellsOf = (grid: WorkbookGrid) => {
  const cells = new Map<string, GridCell>();
  grid.sheets[0].cells.forEach((row, r) => row?.forEach((cell, c) => cell && cells.set(`${r + 1}:${c + 1}`, cell)));
  return cells;
};

/** Rows in ascending order, each row's cells in ascending columns: what Excel requires of a sheet it opens. */
function expectInExcelOrder(xml: string, reversedRows: boolean): void {
  const rows = [...xml.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g)];
  const numbers = rows.map((row) => Number(row[1]));
  if (!reversedRows) expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  for (const row of rows) {
    const cols = [...row[2].matchAll(/<c r="([A-Z]+)\d+"/g)].map((m) => [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0));
    expect(cols).toEqual([...cols].sort((a, b) => a - b));
  }
}

describe("the patching writer", () => {
  it("writes any blank place of any sheet, and the copy reads as the original plus the filled cells", async () => {
    const place = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 12 })).map(([r, c]) => `${r}:${c}`);
    const layout = fc.record({
      values: fc.array(fc.tuple(place, fc.integer({ min: -99999, max: 99999 })), { maxLength: 40 }),
      blanks: fc.array(place, { maxLength: 15 }),
      targets: fc.array(fc.tuple(place, fc.constantFrom("#,##0.00", "0.0%", "0.00", "General")), { minLength: 1, maxLength: 8 }),
      rowsReversed: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(layout, async (drawn) => {
        const values = new Map(drawn.values.map(([key, cents]) => [key, cents / 100]));
        const blanks = new Set(drawn.blanks.filter((key) => !values.has(key)));
        const targets = new Map(drawn.targets.filter(([key]) => !values.has(key)));
        if (targets.size === 0) return;
        const input = makeRawXlsx([{ name: "表", part: 1, sheetData: sheetData({ values, blanks, rowsReversed: drawn.rowsReversed }) }], { styles: STYLES });
        const edits = [...targets].map(([key, numFmt], i) => edit(key, `${i + 1}.25`, numFmt));
        const output = await applyEditsToXlsx(input, edits);

        const before = cellsOf(await gridFromXlsx(input, "x"));
        const after = cellsOf(await gridFromXlsx(output, "x"));
        for (const [key, cell] of before) expect([key, after.get(key)]).toEqual([key, cell]);
        [...targets.keys()].forEach((key, i) => {
          expect([key, after.get(key)]).toEqual([key, { value: Number(edits[i].value.toString()), numFmt: edits[i].numFmt }]);
        });
        expect(after.size).toBe(before.size + edits.length);

        const inputParts = unzipText(input);
        const outputParts = unzipText(output);
        expectInExcelOrder(outputParts.get("xl/worksheets/sheet1.xml")!, drawn.rowsReversed);
        for (const name of inputParts.keys()) {
          if (!["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml"].includes(name)) expect([name, outputParts.get(name)]).toEqual([name, inputParts.get(name)]);
        }
      }),
      { numRuns: 60, seed: 1206 }
    );
  }, 120_000);

  it("reuses a cell format that already shows the figure's format, and adds one (and its number format) only when none does", async () => {
    const input = makeRawXlsx([{ name: "表", part: 1, sheetData: '<row r="1"><c r="A1" s="1"/><c r="B1" s="2"/><c r="C1" s="1"/></row>' }], { styles: STYLES });
    const output = await applyEditsToXlsx(input, [edit("1:1", "1.5", "#,##0.00"), edit("1:2", "0.5", "0.0%"), edit("1:3", "2", "0.000")]);
    const styles = unzipText(output).get("xl/styles.xml")!;
    const sheet = unzipText(output).get("xl/worksheets/sheet1.xml")!;
    expect(sheet).toContain('<c r="A1" s="1"><v>1.5</v></c><c r="B1" s="2"><v>0.5</v></c><c r="C1" s="3"><v>2</v></c>');
    expect(styles).toContain('<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="0.000"/></numFmts>');
    expect(styles).toContain('<cellXfs count="4">');
    expect(styles).toContain('<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>');
  });
});
