// t09/row-total: 09's 本年支出合计 = 基本支出 + 项目支出. No report at hand has 09 figures (the 朝阳 sample's and
// every real one's is empty), so the cases with figures use funds.ts's 09, in the shape a department prints it.
import { t09RowTotal } from "../../../../src/engine/rules/public/t09-row-total";
import { ruleCases } from "../harness";
import { changed, FUND_ROWS_09 } from "./funds";
import { sample } from "./sample";
import { addressOf, table, workbook } from "./tables";

export const cases = ruleCases(t09RowTotal, {
  valid: [
    { name: "the sample: 09 empty", tables: () => sample() },
    { name: "a 09 whose 合计 equal 基本 + 项目", tables: () => workbook(table("09", FUND_ROWS_09)) },
  ],
  invalid: [
    {
      name: "swapped digits in a 项目支出 (12.40 → 21.40)",
      tables: () => workbook(table("09", changed(FUND_ROWS_09, "2230105", "project", "21.40"))),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "09", "2230105", "total"), severity: "error" }],
    },
    {
      name: "a 合计 0.01 above its 项目支出: a 尾差",
      tables: () => workbook(table("09", changed(FUND_ROWS_09, "2230105", "total", "12.41"))),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "09", "2230105", "total"), severity: "rounding" }],
    },
    {
      name: "a 类's 合计 left blank: fill offers 12.40",
      tables: () => workbook(table("09", changed(FUND_ROWS_09, "223", "total", ""))),
      findings: (tables) => [{ messageId: "fillable", cell: addressOf(tables, "09", "223", "total"), severity: "info" }],
    },
  ],
});
