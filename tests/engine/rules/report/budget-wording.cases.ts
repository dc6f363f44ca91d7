// report/budget-wording on the real reports and the sample, whose item lines are complete; then 社会工作部's reason
// after “主要原因：” taken away, and 文旅局's reason replaced by “基本持平” where the gap is more than 1%.
import { Decimal } from "../../../../src/engine/decimal";
import { budgetWording } from "../../../../src/engine/rules/report/budget-wording";
import { WorkbookGrid } from "../../../../src/engine/grid";
import { ruleCases } from "../harness";
import { cellOf, findText, realGrid, realTables, sampleTables, tablesOf, textsOf, withText } from "./real";

const REASON_GIVEN = /支出决算为[^。]*。决算数小于全年预算数的主要原因：[^。]+。$/;
const WENLV_ITEM = /年初预算为\s*[1-9][\d.]*\s*万元，支出决算为\s*[\d.]+\s*万元。决算数小于预算数的主要原因：[^。]+。$/;

/** 文旅局 with an item's reason replaced by “基本持平” (its actual is more than 1% below its budget). */
async function wenlvBasicallyFlat() {
  const grid = await realGrid("2025-putuo-wenlvju");
  return tablesOf(withText(grid, findText(grid, WENLV_ITEM), (t) => t.replace(/决算数小于预算数的主要原因：[^。]+。$/, "决算数与预算数基本持平。")));
}

/** 社会工作部's item line whose 决算 is within 1% of its 全年预算 (行政单位医疗), its reason replaced by “基本持平”. */
export async function shehuiWithinOnePercent(): Promise<WorkbookGrid> {
  const grid = await realGrid("2024-putuo-shehuigongzuobu");
  const close = (text: string) => {
    const m = /全年预算为\s*([\d.]+)\s*万元，支出决算为\s*([\d.]+)\s*万元/.exec(text);
    if (!m) return false;
    const [budget, actual] = [new Decimal(m[1]), new Decimal(m[2])];
    return !budget.eq(actual) && budget.minus(actual).abs().lte(budget.div(100));
  };
  const line = textsOf(grid, "情况说明").find((t) => close(t.text) && /决算数小于全年预算数的主要原因/.test(t.text));
  if (!line) throw new Error("社会工作部 has no item line within 1% of its budget");
  return withText(grid, line, (t) => t.replace(/决算数小于全年预算数的主要原因：[^。]+。/, "决算数与全年预算数基本持平。"));
}

export const cases = ruleCases(budgetWording, {
  valid: [
    { name: "社会工作部", tables: () => realTables("2024-putuo-shehuigongzuobu") },
    { name: "生态环境局", tables: () => realTables("2025-putuo-shengtai") },
    { name: "文旅局", tables: () => realTables("2025-putuo-wenlvju") },
    { name: "the sample", tables: () => sampleTables() },
    { name: "社会工作部's “基本持平” within 1% of the budget", tables: async () => tablesOf(await shehuiWithinOnePercent()) },
    { name: "文旅局's “基本持平” more than 1% off, with a tolerance of 100%", tables: wenlvBasicallyFlat, settings: { basicallyFlatPercent: 100 } },
  ],
  invalid: [
    {
      name: "社会工作部's item line with nothing after “主要原因：”",
      tables: async () => {
        const grid = await realGrid("2024-putuo-shehuigongzuobu");
        return tablesOf(withText(grid, findText(grid, REASON_GIVEN), (t) => t.replace(/(主要原因：)[^。]+。$/, "$1。")));
      },
      findings: (tables) => [{ messageId: "reasonMissing", cell: cellOf(findText(tables.grid!, /主要原因：。$/)), severity: "warning" }],
    },
    {
      name: "文旅局's “基本持平” for an actual more than 1% below its budget",
      tables: wenlvBasicallyFlat,
      findings: (tables) => [{ messageId: "notBasicallyFlat", cell: cellOf(findText(tables.grid!, /决算数与预算数基本持平。$/)), severity: "warning" }],
    },
  ],
});
