// The 部门预算 tables, recognised by title and header like the 决算 tables.
import { sheetFromRows } from "../../../../src/engine/grid";
import { budgetTitleKind, recognizeBudgetTables } from "../../../../src/engine/recognize/budget";
import { findRow } from "../../../../src/engine/tables";
import { YEAR_START_BUDGETS } from "../../../fixtures/sample-data";
import { budgetItems } from "../../../fixtures/previous/build-previous";
import { BUDGET_PATH, gridOf, sampleGrid } from "../../reference/helpers";

describe("budgetTitleKind", () => {
  it.each([
    ["财政拨款收支预算总表", "summary"],
    ["2024年财政拨款收支总表", "summary"],
    ["表5 一般公共预算支出预算表（按功能分类）", "functional"],
    ["中共××办公室2024年一般公共预算支出表", "functional"],
    ["一般公共预算“三公”经费支出预算表", "threePublic"],
    ["2024年 一般公共预算 “三公” 经费支出表", "threePublic"],
  ])("reads %s", (title, kind) => expect(budgetTitleKind(title)).toBe(kind));

  it.each(["一般公共预算财政拨款支出决算表", "收入支出决算总表", "部门预算", "一般公共预算支出预算表的说明：本表反映……（长句不是标题）。这一段文字超过了标题的长度上限，不会被当作表题读取"])(
    "does not take %s for a budget title",
    (text) => expect(budgetTitleKind(text)).toBeUndefined()
  );
});

describe("recognizeBudgetTables on budget-2024.xlsx", () => {
  it("reads the three tables, the department and the year", async () => {
    const tables = recognizeBudgetTables(await gridOf(BUDGET_PATH));
    expect(tables.year).toBe("2024");
    expect(tables.department).toBe("中共辽宁省朝阳市委办公室");
    expect(tables.notes).toEqual([]);
    const total = findRow(tables.functional!, "total")!;
    expect(["total", "basic", "project"].map((c) => total.cells[c]!.amount!.value.toFixed(2))).toEqual([
      YEAR_START_BUDGETS.total,
      YEAR_START_BUDGETS.basic,
      YEAR_START_BUDGETS.project,
    ]);
    for (const item of budgetItems()) expect(findRow(tables.functional!, item.code)!.cells.total!.amount!.value.eq(item.budget)).toBe(true);
    expect(findRow(tables.summary!, "out.total")!.cells.total!.amount!.value.toFixed(2)).toBe(YEAR_START_BUDGETS.total);
    expect(Object.keys(tables.threePublic!.cells).sort()).toEqual(["abroad", "reception", "total", "vehicle", "vehicleOps", "vehiclePurchase"]);
    expect(tables.threePublic!.cells.reception!.amount!.value.toFixed(2)).toBe("1.00");
  });

  it("finds nothing in a 决算 workbook", async () => {
    const tables = recognizeBudgetTables(await sampleGrid());
    expect([tables.summary, tables.functional, tables.threePublic]).toEqual([undefined, undefined, undefined]);
  });

  it("says which row it could not read, as 信息, worded for the budget table", () => {
    const sheet = sheetFromRows("表5", [
      ["一般公共预算支出预算表"],
      ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      ["", "合计", 10, 10, ""],
      ["abc", "", 5, 5, ""],
    ]);
    const tables = recognizeBudgetTables({ name: "预算.xlsx", sheets: [sheet] });
    expect(tables.functional).toBeDefined();
    expect(tables.notes.map((n) => [n.severity, n.message])).toEqual([["info", expect.stringContaining("本年预算工作簿《一般公共预算支出预算表》")]]);
  });
});

describe("年初预算数 from the budget tables", () => {
  it("finds a code by name when the budget table numbers it otherwise, and says nothing of 项 when the table stops at 款", async () => {
    const { checkWith, unverifiable } = await import("../../reference/helpers");
    const budget = await gridOf(BUDGET_PATH);
    const sheet = budget.sheets.find((s) => s.name.includes("一般公共预算支出预算表"))!;
    // 行政运行 under another (older) code: found by its name.
    const row = sheet.cells.findIndex((r) => r?.[0]?.value === "2013101");
    sheet.cells[row][0] = { value: "2013199", numFmt: "@" };
    const renumbered = await checkWith(undefined, budget);
    expect(unverifiable(renumbered, "年初预算数")).toEqual([]);
    expect(renumbered.findings.filter((f) => f.rule === "narrative/budget-rate" && f.severity === "error")).toEqual([]);
    // Only 类 and 款 rows: the 项 sentences stay 无法核对, never a rate on a zero budget.
    const shallow = await gridOf(BUDGET_PATH);
    const table = shallow.sheets.find((s) => s.name.includes("一般公共预算支出预算表"))!;
    table.cells = table.cells.filter((r) => String(r?.[0]?.value ?? "").length !== 7);
    table.rowCount = table.cells.length;
    const result = await checkWith(undefined, shallow);
    expect(result.findings.filter((f) => f.rule === "narrative/zero-base" && f.message.includes("（项）"))).toEqual([]);
    expect(unverifiable(result, "年初预算数").length).toBeGreaterThan(0);
  });
});
