// Tables 08 and 09 with figures. The sample's 08 and 09 are empty (the department has no such funds), so these
// rows are made up in the shape a department with 政府性基金 / 国有资本经营 spending prints them.
import { RowSpec } from "./tables";

export const FUND_ROWS_08: RowSpec[] = [
  ["total", { carryIn: "5.00", income: "20.00", total: "18.50", basic: "", project: "18.50", carryOut: "6.50" }, "合计"],
  ["229", { carryIn: "5.00", income: "20.00", total: "18.50", basic: "", project: "18.50", carryOut: "6.50" }, "其他支出"],
  ["22960", { carryIn: "5.00", income: "20.00", total: "18.50", basic: "", project: "18.50", carryOut: "6.50" }, "彩票公益金安排的支出"],
  ["2296002", { carryIn: "5.00", income: "12.00", total: "11.25", basic: "", project: "11.25", carryOut: "5.75" }, "用于社会福利的彩票公益金支出"],
  ["2296003", { carryIn: "", income: "8.00", total: "7.25", basic: "", project: "7.25", carryOut: "0.75" }, "用于体育事业的彩票公益金支出"],
];

export const FUND_ROWS_09: RowSpec[] = [
  ["total", { total: "12.40", basic: "", project: "12.40" }, "合计"],
  ["223", { total: "12.40", basic: "", project: "12.40" }, "国有资本经营预算支出"],
  ["22301", { total: "12.40", basic: "", project: "12.40" }, "解决历史遗留问题及改革成本支出"],
  ["2230105", { total: "12.40", basic: "", project: "12.40" }, "国有企业退休人员社会化管理补助支出"],
];

/** The rows with one figure changed. */
export function changed(rows: RowSpec[], rowKey: string, column: string, value: string): RowSpec[] {
  return rows.map(([key, figures = {}, name]) => [key, key === rowKey ? { ...figures, [column]: value } : { ...figures }, name]);
}
