import { recognizeWorkbook } from "../../../../src/engine/recognize";
import { reportYear } from "../../../../src/engine/rules/report/year";
import { findText, findingsOf, realGrid, sampleGrid, withText } from "./real";

const RULE = "report/year";

describe("report/year: the years the text uses are the report's", () => {
  it("reads the report year of each real report and of the sample, and finds no wrong year in them", async () => {
    const years: Record<string, number | undefined> = {};
    for (const id of ["2024-putuo-shehuigongzuobu", "2025-putuo-shengtai", "2025-putuo-wenlvju"] as const) {
      const grid = await realGrid(id);
      years[id] = reportYear(recognizeWorkbook(grid));
      expect(findingsOf(grid, RULE)).toEqual([]);
    }
    const sample = await sampleGrid();
    expect(findingsOf(sample, RULE)).toEqual([]);
    // Each report's year is the one its first title prints (“… 2024 年度部门决算表”, the sample's “2024年度”).
    for (const id of Object.keys(years)) {
      const title = findText(await realGrid(id as "2025-putuo-shengtai"), /年度部门决算/);
      expect(String(years[id])).toBe(/(\d{4})\s*年度/.exec(title.text)![1]);
    }
    expect(String(reportYear(recognizeWorkbook(sample)))).toBe(/(\d{4})年度/.exec(findText(sample, /^\d{4}年度$/).text)![1]);
  });

  it("finds last year left in 社会工作部's “截至…年12月31日” line", async () => {
    const grid = await realGrid("2024-putuo-shehuigongzuobu");
    const line = findText(grid, /截至\s*2024\s*年\s*12\s*月\s*31\s*日/);
    const findings = findingsOf(withText(grid, line, (t) => t.replace(/截至\s*2024/, "截至 2023")), RULE);
    expect(findings.map((f) => [f.severity, f.cell, f.messageId, f.expected, f.actual])).toEqual([["warning", line.address, "untilYear", "截至2024年12月31日", "截至2023年12月31日"]]);
  });

  it("finds a 截至 date that is not the year's last day", async () => {
    const grid = await realGrid("2025-putuo-wenlvju");
    const line = findText(grid, /截至\s*2025\s*年\s*12\s*月\s*31\s*日/);
    const findings = findingsOf(withText(grid, line, (t) => t.replace(/12\s*月\s*31\s*日/, "6 月 30 日")), RULE);
    expect(findings.map((f) => [f.cell, f.messageId, f.expected])).toEqual([[line.address, "untilDay", "截至2025年12月31日"]]);
  });

  it("finds a comparison with a year other than the year before, in 文旅局's text", async () => {
    const grid = await realGrid("2025-putuo-wenlvju");
    const line = findText(grid, /与\s*2024\s*年度相比/);
    const findings = findingsOf(withText(grid, line, (t) => t.replace(/与\s*2024\s*年度相比/, "与 2023 年度相比")), RULE);
    expect(findings.map((f) => [f.cell, f.messageId, f.expected, f.actual])).toEqual([[line.address, "comparedYear", "2024", "2023"]]);
    // It says the report's year, which the expected year follows from.
    expect(findings[0].message).toContain("报告年度为 2025");
  });

  it("finds last year left in 生态环境局's title, outvoted by the text", async () => {
    const grid = await realGrid("2025-putuo-shengtai");
    const title = findText(grid, /2025\s*年度部门决算表/);
    const findings = findingsOf(withText(grid, title, (t) => t.replace("2025", "2024")), RULE);
    expect(findings.map((f) => [f.sheet, f.cell, f.messageId, f.expected, f.actual])).toEqual([[title.sheet, title.address, "titleYear", "2025", "2024"]]);
  });

  it("finds last year left in a template sentence (“…年度收入支出总计”) of 社会工作部", async () => {
    const grid = await realGrid("2024-putuo-shehuigongzuobu");
    const line = findText(grid, /2024\s*年度收入支出总计/);
    const findings = findingsOf(withText(grid, line, (t) => t.replace(/2024(\s*年度收入支出总计)/, "2023$1")), RULE);
    expect(findings.map((f) => [f.cell, f.messageId, f.expected, f.actual])).toEqual([[line.address, "ownYear", "2024", "2023"]]);
  });

  it("does not read years in names of plans and documents (“2023—2025年行动计划”, 《…》)", async () => {
    const grid = await realGrid("2025-putuo-shengtai");
    const line = findText(grid, /十五五/);
    const edited = withText(grid, line, (t) => `${t}落实《普陀区2021年度部门决算工作方案》和2023—2025年度本部门行动计划。`);
    expect(findingsOf(edited, RULE)).toEqual([]);
  });

  it("does not read a year of the unit's history (“2019年本部门成立”) as the report's", async () => {
    const grid = await realGrid("2025-putuo-wenlvju");
    const line = findText(grid, /与\s*2024\s*年度相比/);
    expect(findingsOf(withText(grid, line, (t) => `2019年本部门成立。${t}`), RULE)).toEqual([]);
  });
});
