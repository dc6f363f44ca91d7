// report/stated-sum on the real reports and the sample, whose 政府采购 parts and 车辆 counts add up; then with a
// part or a total changed: a cent beyond rounding, a cent within it, one vehicle more.
import { statedSum, statedSums } from "../../../../src/engine/rules/report/stated-sum";
import { InvalidRuleCase, ruleCases } from "../harness";
import { RealReport, TextAt, cellOf, findText, realGrid, realTables, sampleTables, tablesOf, withText } from "./real";

/** The 情况说明 line of `report` matching `pattern`, changed by `edit` (given the sum the line states). */
function changed(
  name: string,
  report: RealReport,
  pattern: RegExp,
  edit: (text: string, stated: ReturnType<typeof statedSums>[number]) => string,
  messageId: string,
  severity: "error" | "rounding"
): InvalidRuleCase {
  let line: TextAt | undefined;
  return {
    name,
    tables: async () => {
      const grid = await realGrid(report);
      line = findText(grid, pattern, "情况说明");
      const [stated] = statedSums(line.text);
      return tablesOf(withText(grid, line, (t) => edit(t, stated)));
    },
    findings: () => [{ messageId, cell: cellOf(line!), severity }],
  };
}

const PROCUREMENT = /政府采购金额/;
const VEHICLES = /共有车辆/;
const oneMoreVehicle = (t: string) => t.replace(/(共有车辆\s*)(\d+)/, (_, words, n) => `${words}${Number(n) + 1}`);

export const cases = ruleCases(statedSum, {
  valid: [
    { name: "社会工作部", tables: () => realTables("2024-putuo-shehuigongzuobu") },
    { name: "生态环境局", tables: () => realTables("2025-putuo-shengtai") },
    { name: "文旅局", tables: () => realTables("2025-putuo-wenlvju") },
    { name: "the sample", tables: () => sampleTables() },
  ],
  invalid: [
    changed(
      "生态环境局's 货物采购金额 one 万元 more than its total allows",
      "2025-putuo-shengtai",
      PROCUREMENT,
      (t, stated) => {
        const goods = stated.parts.find((p) => /货物/.test(p.label))!;
        return t.replace(new RegExp(`(货物采购金额\\s*)${goods.amount.value.toFixed(2)}`), `$1${goods.amount.value.plus(1).toFixed(2)}`);
      },
      "amountMismatch",
      "error"
    ),
    changed(
      "文旅局's 政府采购 total a cent above its parts: a 尾差",
      "2025-putuo-wenlvju",
      PROCUREMENT,
      (t, stated) => t.replace(stated.total.value.toFixed(2), stated.total.value.plus("0.01").toFixed(2)),
      "amountRounding",
      "rounding"
    ),
    changed("社会工作部's 共有车辆 one more than its kinds", "2024-putuo-shehuigongzuobu", VEHICLES, oneMoreVehicle, "countMismatch", "error"),
    changed("生态环境局's 共有车辆 one more than its kinds", "2025-putuo-shengtai", VEHICLES, oneMoreVehicle, "countMismatch", "error"),
  ],
});
