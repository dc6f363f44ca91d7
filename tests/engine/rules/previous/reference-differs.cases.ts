// previous/reference-differs: a 参考数据 sheet typed beside the companions, giving 公务接待费 as last year's workbook
// and the budget give it, then with a figure that differs from theirs (a restated or mistyped figure).
import { Decimal } from "../../../../src/engine/decimal";
import { WorkbookGrid, sheetFromRows } from "../../../../src/engine/grid";
import { recognizeBudgetTables } from "../../../../src/engine/recognize/budget";
import { previousReferenceDiffers } from "../../../../src/engine/rules/previous/reference-differs";
import { BUDGET_PATH, PREVIOUS_PATH, gridOf, sampleGrid } from "../../reference/helpers";
import { ruleCases } from "../harness";
import { cellIn, tablesWith } from "./support";

type Column = "上年决算数" | "年初预算数";

/** The sample with a 参考数据 sheet giving 公务接待费's figure of `column`. */
async function withTypedReception(column: Column, figure: Decimal): Promise<WorkbookGrid> {
  const grid = await sampleGrid();
  grid.sheets.push(sheetFromRows("参考数据", [["项目", column], ["公务接待费", { value: figure.toNumber(), numFmt: "0.00" }]]));
  return grid;
}

/** 公务接待费 as last year's 公开07表 and this year's “三公” budget table give it. */
const priorReception = async () => cellIn(await gridOf(PREVIOUS_PATH), "07", "reception", "actual").amount!.value;
const budgetReception = async () => recognizeBudgetTables(await gridOf(BUDGET_PATH)).threePublic!.cells.reception!.amount!.value;

const TYPED = "参考数据!B2";

export const cases = ruleCases(previousReferenceDiffers, {
  valid: [
    { name: "参考数据's 上年决算数 of 公务接待费 as last year's workbook gives it", tables: async () => tablesWith(PREVIOUS_PATH, undefined, await withTypedReception("上年决算数", await priorReception())) },
    { name: "参考数据's 年初预算数 of 公务接待费 as the budget gives it", tables: async () => tablesWith(undefined, BUDGET_PATH, await withTypedReception("年初预算数", await budgetReception())) },
    { name: "companions and no 参考数据 sheet", tables: () => tablesWith(PREVIOUS_PATH, BUDGET_PATH) },
  ],
  invalid: [
    {
      name: "参考数据's 上年决算数 of 公务接待费 typed 0.05 above last year's",
      tables: async () => tablesWith(PREVIOUS_PATH, undefined, await withTypedReception("上年决算数", (await priorReception()).plus("0.05"))),
      findings: [{ messageId: "differsFromPrevious", cell: TYPED, severity: "warning" }],
    },
    {
      name: "参考数据's 年初预算数 of 公务接待费 typed 0.10 above the budget's",
      tables: async () => tablesWith(undefined, BUDGET_PATH, await withTypedReception("年初预算数", (await budgetReception()).plus("0.10"))),
      findings: [{ messageId: "differsFromBudget", cell: TYPED, severity: "warning" }],
    },
  ],
});
