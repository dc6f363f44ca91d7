import { checkWorkbook } from "../../../../src/engine";
import { Finding } from "../../../../src/engine/finding";
import { BUDGET_PATH, PREVIOUS_PATH, checkWith, gridOf, sampleGrid, unverifiable } from "../../reference/helpers";
import { previousBuiltWith } from "./support";

const RULE = "previous/workbook-fit";
const key = (f: Finding) => `${f.rule}|${f.severity}|${f.sheet}!${f.cell}|${f.message}`;

describe(RULE, () => {
  it("says nothing when last year's workbook is of 2023 and the same department, the budget of 2024", async () => {
    const result = await checkWith(PREVIOUS_PATH, BUDGET_PATH);
    expect(result.findings.filter((f) => f.rule === RULE)).toEqual([]);
  });

  it("gives one 提示 for a workbook of the wrong year, and then no year-on-year finding at all", async () => {
    const bare = checkWorkbook(await sampleGrid());
    const result = await checkWith("previous-2022-year.xlsx");
    const fit = result.findings.filter((f) => f.rule === RULE);
    expect(fit.map((f) => [f.severity, f.messageId])).toEqual([["warning", "wrongYear"]]);
    // It says which year the workbook is of and which it should be.
    expect(fit[0].message).toContain("年度为 2022 年，应为 2023 年");
    // Everything else is exactly the check without it.
    expect(result.findings.filter((f) => f.rule !== RULE).map(key)).toEqual(bare.findings.map(key));
  });

  it("gives one 提示 for another department's workbook", async () => {
    const other = await previousBuiltWith({ department: "朝阳市档案馆" }, "档案馆2023.xlsx");
    const bare = checkWorkbook(await sampleGrid());
    const result = await checkWith(other);
    const fit = result.findings.filter((f) => f.rule === RULE);
    expect(fit.map((f) => [f.severity, f.messageId])).toEqual([["warning", "wrongDepartment"]]);
    expect(fit[0].message).toContain("部门为“朝阳市档案馆”");
    expect(result.findings.filter((f) => f.rule !== RULE).map(key)).toEqual(bare.findings.map(key));
  });

  it("uses a workbook that states no year or department, saying so as 信息", async () => {
    const unstated = await previousBuiltWith({ noMarkerNoDepartment: true, yearLine: "" }, "上年.xlsx");
    const result = await checkWith(unstated);
    expect(result.findings.filter((f) => f.rule === RULE).map((f) => [f.severity, f.messageId])).toEqual([["info", "unconfirmed"]]);
    expect(unverifiable(result, "上年决算数")).toEqual([]);
  });

  it("gives one 提示 for a budget workbook with no budget table, or of another year", async () => {
    const notBudget = await checkWith(undefined, await sampleGrid());
    expect(notBudget.findings.filter((f) => f.rule === RULE).map((f) => f.messageId)).toEqual(["budgetWithoutTables"]);
    const budget2023 = await checkWith(undefined, "budget-2024.xlsx", await previousBuiltWith({ yearLine: "2025年度", tables: {} }, "2025.xlsx"));
    const wrongYear = budget2023.findings.filter((f) => f.rule === RULE);
    expect(wrongYear.map((f) => f.messageId)).toEqual(["wrongYear"]);
    expect(wrongYear[0].message).toContain("年度为 2024 年，应为 2025 年");
  });

  it("says what it could not read in the budget workbook as 信息, naming the budget's cell in related", async () => {
    const budget = await gridOf(BUDGET_PATH);
    const sheet = budget.sheets.find((s) => s.name.includes("一般公共预算支出预算表"))!;
    sheet.cells.push([{ value: "abc", numFmt: "General" }, { value: "", numFmt: "General" }, { value: 5, numFmt: "0.00" }]);
    sheet.rowCount = sheet.cells.length;
    const result = await checkWith(undefined, budget);
    const notes = result.findings.filter((f) => f.rule === RULE);
    expect(notes.map((f) => [f.severity, f.messageId, f.related])).toEqual([["info", "budgetNote", [`本年预算:${sheet.name}!A${sheet.cells.length}`]]]);
    // The note names the budget table it is about.
    expect(notes[0].message).toContain("本年预算工作簿《一般公共预算支出预算表》");
  });

  it("gives one 提示, and uses none of it, for a workbook in 元 beside one in 万元, or one without 公开表", async () => {
    const inYuan = await gridOf(PREVIOUS_PATH);
    for (const sheet of inYuan.sheets) {
      for (const row of sheet.cells) for (const cell of row ?? []) if (cell && cell.value === "金额单位：万元") cell.value = "金额单位：元";
    }
    const bare = checkWorkbook(await sampleGrid());
    const result = await checkWith(inYuan);
    const unit = result.findings.filter((f) => f.rule === RULE);
    expect(unit.map((f) => [f.severity, f.messageId])).toEqual([["warning", "otherUnit"]]);
    expect(unit[0].message).toContain("金额单位为元，本工作簿为万元");
    expect(result.findings.filter((f) => f.rule !== RULE).map(key)).toEqual(bare.findings.map(key));
    const budgetAsPrevious = await checkWith(BUDGET_PATH);
    expect(budgetAsPrevious.findings.filter((f) => f.rule === RULE).map((f) => [f.severity, f.messageId])).toEqual([["warning", "previousWithoutTables"]]);
    expect(budgetAsPrevious.findings.filter((f) => f.rule !== RULE).map(key)).toEqual(bare.findings.map(key));
  });
});
