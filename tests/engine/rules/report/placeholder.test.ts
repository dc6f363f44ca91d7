import { findText, findingsOf, realGrid, sampleGrid, sheetNamed, withCell, withText } from "./real";

const RULE = "report/placeholder";

describe("report/placeholder: placeholders left in titles, headings and notes", () => {
  it("is silent on the real reports and the sample", async () => {
    for (const grid of [await realGrid("2024-putuo-shehuigongzuobu"), await realGrid("2025-putuo-shengtai"), await realGrid("2025-putuo-wenlvju"), await sampleGrid()]) {
      expect(findingsOf(grid, RULE)).toEqual([]);
    }
  });

  it("finds “上海市普陀区XX局” left in 生态环境局's title", async () => {
    const grid = await realGrid("2025-putuo-shengtai");
    const title = findText(grid, /年度部门决算表/);
    const findings = findingsOf(withText(grid, title, (t) => t.replace("生态环境局", "XX局")), RULE);
    expect(findings.map((f) => [f.severity, f.table, f.sheet, f.cell, f.actual])).toEqual([["warning", "01", title.sheet, title.address, "XX"]]);
  });

  it("finds “（单位名称）” and “××” left in 社会工作部's table notes", async () => {
    const grid = await realGrid("2024-putuo-shehuigongzuobu");
    const note = findText(grid, /故本表无数据/, "财政拨款“三公”经费支出决算表");
    const department = /说明：(.+?)本年度/.exec(note.text)![1];
    const named = withText(grid, note, (t) => t.replace(department, "（单位名称）"));
    expect(findingsOf(named, RULE).map((f) => [f.table, f.cell, f.actual])).toEqual([["07", note.address, "（单位名称）"]]);
    const crossed = withText(grid, note, (t) => t.replace(department, "××"));
    expect(findingsOf(crossed, RULE).map((f) => f.actual)).toEqual(["××"]);
  });

  it("finds □ in a table note but not in a 绩效 form, where boxes are check boxes", async () => {
    const grid = await sampleGrid();
    const note = findText(grid, /如本表为空/, "07财政拨款“三公”经费支出决算表");
    expect(findingsOf(withText(grid, note, (t) => t.replace("我部门", "□□")), RULE).map((f) => f.table)).toEqual(["07"]);
    const perf = sheetNamed(grid, /^整体绩效自评表1/);
    expect(findingsOf(withCell(grid, perf.name, `A${perf.rowCount + 1}`, "是否公开：□是 □否"), RULE)).toEqual([]);
  });

  it("does not report again a narrative cell whose placeholder narrative/placeholder reports", async () => {
    const grid = await realGrid("2025-putuo-wenlvju");
    const line = findText(grid, /收入支出总计\s*[\d.,]+\s*万元/);
    const edited = withText(grid, line, (t) => t.replace(/(收入支出总计\s*)[\d.,]+/, "$1XX"));
    const mine = findingsOf(edited, RULE).filter((f) => f.cell === line.address);
    const narrative = findingsOf(edited, "narrative/placeholder").filter((f) => f.cell === line.address);
    expect(narrative).toHaveLength(1);
    expect(mine).toEqual([]);
  });
});
