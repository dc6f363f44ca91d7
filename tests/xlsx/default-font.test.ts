import { Workbook } from "exceljs";
import { restoreDefaultFont, usesExceljsDefaultFont } from "../../src/xlsx/default-font";
import { makeRawXlsx, unzipText } from "./zip-helpers";

const STYLES = (fonts: string, prefix = "") => {
  const p = prefix ? `${prefix}:` : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<${p}styleSheet xmlns${prefix ? `:${prefix}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<${p}fonts count="1">
  ${fonts}
</${p}fonts>
<${p}fills count="1"><${p}fill><${p}patternFill patternType="none"/></${p}fill></${p}fills>
<${p}borders count="1"><${p}border/></${p}borders>
<${p}cellXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellXfs>
</${p}styleSheet>`;
};

const DENGXIAN = '<font><sz val="11"/><color theme="1"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font>';

async function writtenByExceljs(): Promise<Uint8Array> {
  const workbook = new Workbook();
  const ws = workbook.addWorksheet("表1");
  ws.getCell("A1").value = "收入支出决算总表";
  ws.getCell("B2").value = 2259.73;
  ws.getCell("B2").font = { name: "宋体", size: 10, bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function firstFontOf(bytes: Uint8Array): string {
  return /<fonts[^>]*>\s*(<font>.*?<\/font>)/s.exec(unzipText(bytes).get("xl/styles.xml")!)![1];
}

describe("restoreDefaultFont", () => {
  it("puts the original's first font back in place of exceljs's Calibri, changing nothing else", async () => {
    const original = makeRawXlsx([{ name: "表1", part: 1, sheetData: "" }], { styles: STYLES(DENGXIAN) });
    const written = await writtenByExceljs();
    expect(firstFontOf(written)).toContain('<name val="Calibri"/>');

    const restored = await restoreDefaultFont(original, written);
    expect(firstFontOf(restored)).toBe(DENGXIAN);
    const before = unzipText(written);
    const after = unzipText(restored);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, text] of before) {
      if (name === "xl/styles.xml") {
        // Only the first font differs: the bold 宋体 of B2 is still the second.
        expect(after.get(name)!.replace(DENGXIAN, "")).toBe(text.replace(firstFontOf(written), ""));
      } else {
        expect(after.get(name)).toBe(text);
      }
    }
  });

  it("drops a namespace prefix the original used, since exceljs writes the default namespace", async () => {
    const prefixed = DENGXIAN.replace(/<(\/?)/g, "<$1x:");
    const original = makeRawXlsx([{ name: "表1", part: 1, sheetData: "" }], { styles: STYLES(prefixed, "x") });
    expect(firstFontOf(await restoreDefaultFont(original, await writtenByExceljs()))).toBe(DENGXIAN);
  });

  it("returns the written bytes untouched when the original has no styles part or the same default", async () => {
    const written = await writtenByExceljs();
    const unstyled = makeRawXlsx([{ name: "表1", part: 1, sheetData: "" }]);
    expect(await restoreDefaultFont(unstyled, written)).toBe(written);
    expect(await restoreDefaultFont(written, written)).toBe(written);
  });
});

describe("usesExceljsDefaultFont", () => {
  const CALIBRI = { size: 11, color: { theme: 1 }, name: "Calibri", family: 2, scheme: "minor" as const };

  it("finds exceljs's default font on a cell, a row or a column, and nothing else", () => {
    const plain = new Workbook();
    const ws = plain.addWorksheet("表1");
    ws.getCell("A1").value = 1672.09;
    ws.getCell("A2").font = { ...CALIBRI, bold: true };
    ws.getCell("A3").font = { name: "Calibri", size: 11 };
    expect(usesExceljsDefaultFont(plain)).toBe(false);

    ws.getCell("C9").font = { ...CALIBRI };
    expect(usesExceljsDefaultFont(plain)).toBe(true);

    const byRow = new Workbook();
    byRow.addWorksheet("表1").getRow(4).font = { ...CALIBRI };
    expect(usesExceljsDefaultFont(byRow)).toBe(true);

    const byColumn = new Workbook();
    byColumn.addWorksheet("表1").getColumn(2).font = { ...CALIBRI };
    expect(usesExceljsDefaultFont(byColumn)).toBe(true);
  });
});
