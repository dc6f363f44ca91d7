import { findText, findingsOf, realGrid, sampleGrid, sheetNamed, withCell } from "./real";

const RULE = "table/empty-note-contradiction";

describe("table/empty-note-contradiction: a table with figures that says it has none", () => {
  it("is silent on the real reports and on the sample, whose “如本表为空，则…” stands under tables with figures", async () => {
    for (const grid of [await realGrid("2024-putuo-shehuigongzuobu"), await realGrid("2025-putuo-wenlvju"), await sampleGrid()]) {
      expect(findingsOf(grid, RULE)).toEqual([]);
    }
  });

  it("finds 文旅局's 07, which has figures, under 社会工作部's note that it has none", async () => {
    const note = findText(await realGrid("2024-putuo-shehuigongzuobu"), /故本表无数据/, "财政拨款“三公”经费支出决算表");
    const grid = await realGrid("2025-putuo-wenlvju");
    const sheet = sheetNamed(grid, /三公/);
    const findings = findingsOf(withCell(grid, sheet.name, `A${sheet.rowCount + 1}`, note.text), RULE);
    expect(findings.map((f) => [f.severity, f.table, f.cell])).toEqual([["error", "07", `A${sheet.rowCount + 1}`]]);
    expect(findings[0].related).toHaveLength(1);
  });

  it("finds 生态环境局's 01 when its note is made to say “故本表无数据”", async () => {
    const grid = await realGrid("2025-putuo-shengtai");
    const note = findText(grid, /^注：本表反映部门本年度的总收支/);
    const findings = findingsOf(withCell(grid, note.sheet, note.address, note.text.replace(/。$/, "，故本表无数据。")), RULE);
    expect(findings.map((f) => [f.severity, f.table])).toEqual([["error", "01"]]);
  });

  it("does not read a note on some cells (“本表无数据的栏次…”) as saying the table has none", async () => {
    const grid = await realGrid("2025-putuo-shengtai");
    const note = findText(grid, /^注：本表反映部门本年度的总收支/);
    expect(findingsOf(withCell(grid, note.sheet, note.address, `${note.text}本表无数据的栏次以“-”表示。`), RULE)).toEqual([]);
  });
});
