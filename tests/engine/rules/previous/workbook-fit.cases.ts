// previous/workbook-fit: the sample with its own companions (last year's 2023 决算, the 2024 budget) fits; then a
// companion of the wrong year, department or unit, one that states neither, one of the wrong kind, and a budget
// workbook with a row its recogniser cannot read.
import { previousWorkbookFit } from "../../../../src/engine/rules/previous/workbook-fit";
import { WorkbookTables } from "../../../../src/engine/rule";
import { BUDGET_PATH, PREVIOUS_PATH, gridOf, sampleGrid } from "../../reference/helpers";
import { ExpectedFinding, ruleCases } from "../harness";
import { previousBuiltWith, tablesWith } from "./support";

/** Every finding of the rule stands at this workbook's first table (the pane shows only its own sheets). */
function atFirstTable(messageId: string, severity: ExpectedFinding["severity"]) {
  return (tables: WorkbookTables): ExpectedFinding[] => {
    const first = tables.all[0];
    return [{ messageId, cell: `${first.sheet}!${first.range.split(":")[0]}`, severity }];
  };
}

export const cases = ruleCases(previousWorkbookFit, {
  valid: [
    { name: "last year's workbook of 2023 and the budget of 2024, both of 朝阳市民政局", tables: () => tablesWith(PREVIOUS_PATH, BUDGET_PATH) },
    { name: "no companion at all", tables: async () => tablesWith(undefined, undefined) },
  ],
  invalid: [
    { name: "last year's workbook of 2022", tables: () => tablesWith("previous-2022-year.xlsx"), findings: atFirstTable("wrongYear", "warning") },
    {
      name: "last year's workbook of another department (朝阳市档案馆)",
      tables: async () => tablesWith(await previousBuiltWith({ department: "朝阳市档案馆" }, "档案馆2023.xlsx")),
      findings: atFirstTable("wrongDepartment", "warning"),
    },
    {
      name: "last year's workbook stating neither its year nor its department: used, said as 信息",
      tables: async () => tablesWith(await previousBuiltWith({ noMarkerNoDepartment: true, yearLine: "" }, "上年.xlsx")),
      findings: atFirstTable("unconfirmed", "info"),
    },
    { name: "the budget workbook given as last year's", tables: () => tablesWith(BUDGET_PATH), findings: atFirstTable("previousWithoutTables", "warning") },
    { name: "the sample itself given as the budget", tables: async () => tablesWith(undefined, await sampleGrid()), findings: atFirstTable("budgetWithoutTables", "warning") },
    {
      name: "last year's workbook in 元 beside this one in 万元",
      tables: async () => {
        const inYuan = await gridOf(PREVIOUS_PATH);
        for (const sheet of inYuan.sheets) {
          for (const row of sheet.cells) for (const cell of row ?? []) if (cell && cell.value === "金额单位：万元") cell.value = "金额单位：元";
        }
        return tablesWith(inYuan);
      },
      findings: atFirstTable("otherUnit", "warning"),
    },
    {
      name: "the budget workbook with a row of its 一般公共预算支出预算表 it cannot read",
      tables: async () => {
        const budget = await gridOf(BUDGET_PATH);
        const sheet = budget.sheets.find((s) => s.name.includes("一般公共预算支出预算表"))!;
        sheet.cells.push([{ value: "abc", numFmt: "General" }, { value: "", numFmt: "General" }, { value: 5, numFmt: "0.00" }]);
        sheet.rowCount = sheet.cells.length;
        return tablesWith(undefined, budget);
      },
      findings: atFirstTable("budgetNote", "info"),
    },
  ],
});
