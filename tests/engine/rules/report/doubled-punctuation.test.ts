import { findText, findingsOf, realGrid, sampleGrid, withText } from "./real";

const RULE = "report/doubled-punctuation";

describe("report/doubled-punctuation", () => {
  it("is silent on the real reports and the sample", async () => {
    for (const grid of [await realGrid("2024-putuo-shehuigongzuobu"), await realGrid("2025-putuo-shengtai"), await realGrid("2025-putuo-wenlvju"), await sampleGrid()]) {
      expect(findingsOf(grid, RULE)).toEqual([]);
    }
  });

  it("finds “。。” and “，，” slipped into 文旅局's and 社会工作部's text", async () => {
    const wenlv = await realGrid("2025-putuo-wenlvju");
    const line = findText(wenlv, /主要原因[^。]*。/);
    const findings = findingsOf(withText(wenlv, line, (t) => t.replace("。", "。。")), RULE);
    expect(findings.map((f) => [f.severity, f.cell, f.actual])).toEqual([["warning", line.address, "。。"]]);
    const shehui = await realGrid("2024-putuo-shehuigongzuobu");
    const note = findText(shehui, /^注：本表反映部门本年度的总收支/);
    expect(findingsOf(withText(shehui, note, (t) => t.replace("收支", "收支，，")), RULE).map((f) => [f.table, f.actual])).toEqual([["01", "，，"]]);
  });

  it("leaves ellipses and numbered headings alone (“……”, “。。。”, “1.1.”)", async () => {
    const grid = await realGrid("2025-putuo-shengtai");
    const line = findText(grid, /主要原因[^。]*。/);
    expect(findingsOf(withText(grid, line, (t) => `1.1.${t.replace("。", "……")}等。。。`), RULE)).toEqual([]);
  });
});
