import { findText, findingsOf, realGrid, sampleGrid, textsOf, withText } from "./real";

const RULE = "report/repeated-word";

describe("report/repeated-word", () => {
  it("is silent on the real reports, whose “在职职工”, “地表水水质” and “周周有戏” repeat characters of real words", async () => {
    const wenlv = await realGrid("2025-putuo-wenlvju");
    const shengtai = await realGrid("2025-putuo-shengtai");
    expect(textsOf(wenlv).some((t) => /在职职工/.test(t.text))).toBe(true);
    expect(textsOf(shengtai).some((t) => /地表水水质/.test(t.text))).toBe(true);
    for (const grid of [wenlv, shengtai, await realGrid("2024-putuo-shehuigongzuobu"), await sampleGrid()]) {
      expect(findingsOf(grid, RULE)).toEqual([]);
    }
  });

  it("finds “增加增加” in 社会工作部's text and “其中 其中” in 生态环境局's", async () => {
    const shehui = await realGrid("2024-putuo-shehuigongzuobu");
    const line = findText(shehui, /增加\s*[\d.]+\s*万元/);
    const findings = findingsOf(withText(shehui, line, (t) => t.replace("增加", "增加增加")), RULE);
    expect(findings.map((f) => [f.severity, f.cell, f.expected])).toEqual([["warning", line.address, "增加"]]);
    const shengtai = await realGrid("2025-putuo-shengtai");
    const other = findText(shengtai, /其中/);
    expect(findingsOf(withText(shengtai, other, (t) => t.replace("其中", "其中 其中")), RULE).map((f) => [f.cell, f.expected])).toEqual([
      [other.address, "其中"],
    ]);
  });

  it("leaves repeated characters of real words alone (常常, 人人, 天天)", async () => {
    const grid = await realGrid("2025-putuo-wenlvju");
    const line = findText(grid, /主要原因[^。]*。/);
    expect(findingsOf(withText(grid, line, (t) => `${t}人人参与，常常开展，天天有戏。`), RULE)).toEqual([]);
  });

  it("finds a long template word written twice (“财政拨款财政拨款”)", async () => {
    const grid = await realGrid("2025-putuo-wenlvju");
    const line = findText(grid, /财政拨款/, "情况说明");
    expect(findingsOf(withText(grid, line, (t) => t.replace("财政拨款", "财政拨款财政拨款")), RULE).map((f) => f.expected)).toEqual(["财政拨款"]);
  });
});
