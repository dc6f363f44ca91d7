import { findText, findingsOf, realGrid, sampleGrid, sheetNamed, textsOf, withCell, withText } from "./real";

const RULE = "report/template-text";

describe("report/template-text: template instructions and alternatives left in the report", () => {
  it("finds the instruction 社会工作部's published 08 and 09 keep, and nothing else there", async () => {
    const grid = await realGrid("2024-putuo-shehuigongzuobu");
    const instructions = textsOf(grid).filter((t) => /仍保留该表格式/.test(t.text));
    expect(instructions).toHaveLength(2);
    const findings = findingsOf(grid, RULE);
    expect(findings.map((f) => [f.severity, f.messageId, f.table, f.sheet, f.cell])).toEqual(
      instructions.map((t, i) => ["warning", "instruction", i === 0 ? "08" : "09", t.sheet, t.address])
    );
    expect(findings[0].actual).toBe(instructions[0].text.trim());
  });

  it("is silent on 生态环境局, 文旅局 and the sample, which keep no template text", async () => {
    for (const grid of [await realGrid("2025-putuo-shengtai"), await realGrid("2025-putuo-wenlvju"), await sampleGrid()]) {
      expect(findingsOf(grid, RULE)).toEqual([]);
    }
  });

  it("finds the same instruction put under 生态环境局's empty 08", async () => {
    const instruction = findText(await realGrid("2024-putuo-shehuigongzuobu"), /仍保留该表格式/);
    const grid = await realGrid("2025-putuo-shengtai");
    const sheet = sheetNamed(grid, /^政府性基金预算/);
    const findings = findingsOf(withCell(grid, sheet.name, `A${sheet.rowCount + 1}`, instruction.text), RULE);
    expect(findings.map((f) => [f.table, f.cell])).toEqual([["08", `A${sheet.rowCount + 1}`]]);
  });

  it("finds an alternative “增加（减少）” left in a table note of 文旅局", async () => {
    const grid = await realGrid("2025-putuo-wenlvju");
    const note = findText(grid, /^注：本表反映部门本年度各项支出情况/);
    const findings = findingsOf(withText(grid, note, (t) => t.replace(/。$/, "，比上年增加（减少）情况。")), RULE);
    expect(findings.map((f) => [f.table, f.cell, f.messageId, f.actual])).toEqual([["03", note.address, "alternative", "增加（减少）"]]);
  });

  it("reports a narrative alternative once: here or as narrative/template-phrase, not both", async () => {
    const grid = await realGrid("2025-putuo-shengtai");
    const line = findText(grid, /与\s*2024\s*年度相比.*?增加/);
    const edited = withText(grid, line, (t) => t.replace("增加", "增加（减少）"));
    const here = findingsOf(edited, RULE).filter((f) => f.cell === line.address);
    const narrative = findingsOf(edited, "narrative/template-phrase").filter((f) => f.cell === line.address);
    expect(here.length + narrative.length).toBe(1);
  });
});
