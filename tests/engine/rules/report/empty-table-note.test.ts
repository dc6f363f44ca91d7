import { findText, findingsOf, realGrid, sampleGrid, withCell, where } from "./real";

const RULE = "table/empty-note";

describe("table/empty-note: an empty 07/08/09 carries its note", () => {
  it("is silent on the real reports' empty tables, which carry “…故本表无数据”, and on the sample's 辽宁 wording", async () => {
    for (const grid of [await realGrid("2024-putuo-shehuigongzuobu"), await realGrid("2025-putuo-shengtai"), await sampleGrid()]) {
      expect(findingsOf(grid, RULE)).toEqual([]);
    }
  });

  it("finds 社会工作部's empty 08 once its note is taken away, though the template's instruction is still there", async () => {
    const grid = await realGrid("2024-putuo-shehuigongzuobu");
    const note = findText(grid, /故本表无数据/, "政府性基金预算财政拨款收入支出决算表");
    const findings = findingsOf(withCell(grid, note.sheet, note.address, null), RULE);
    expect(findings.map((f) => [f.severity, f.table, f.messageId])).toEqual([["warning", "08", "noNote"]]);
    // The message names the table by its title and number.
    expect(findings[0].message).toContain("政府性基金预算财政拨款收入支出决算表（公开08表）没有数据");
  });

  it("finds 生态环境局's empty 09 once its note is taken away", async () => {
    const grid = await realGrid("2025-putuo-shengtai");
    const note = findText(grid, /故本表无数据/, "国有资本经营预算财政拨款收入支出决算表");
    expect(where(findingsOf(withCell(grid, note.sheet, note.address, null), RULE))).toEqual([`${note.sheet}!A1`]);
  });

  it("finds the sample's empty 08 once its conditional note is taken away, and not its 01 (which has figures)", async () => {
    const grid = await sampleGrid();
    const note = findText(grid, /如本表为空/, "08政府性基金预算财政拨款收入支出决算表");
    expect(findingsOf(withCell(grid, note.sheet, note.address, null), RULE).map((f) => f.table)).toEqual(["08"]);
  });
});
