import { executionIndicator } from "../../../../src/engine/rules/perf/execution-indicator";
import { addressOf, unit1, unit2, withCell } from "../../perf/sample-sheets";
import { runPerf } from "./run";

const check = (sheets: Parameters<typeof runPerf>[0]) => runPerf(sheets, [executionIndicator]);

describe("perf/execution-indicator", () => {
  it("passes unit 1: 预算执行率 89.81 = 1492.66 ÷ 1662.10", () => {
    expect(check([unit1()])).toEqual([]);
  });

  it("warns on unit 2: 100 for 179.43 ÷ 204.26 = 87.84%, naming the task amounts", () => {
    const sheet = unit2();
    const [finding] = check([sheet]);
    expect(finding).toMatchObject({ severity: "warning", messageId: "mismatchWhy", cell: addressOf(sheet, "预算执行率", "全年完成值"), expected: "87.84%", actual: "100%" });
    expect(finding.related).toHaveLength(6);
  });

  it("accepts the right figure typed as a percentage or in percent points", () => {
    const sheet = unit2();
    const cell = addressOf(sheet, "预算执行率", "全年完成值");
    expect(check([withCell(sheet, cell, 87.84)])).toEqual([]);
    expect(check([withCell(sheet, cell, "87.84%")])).toEqual([]);
    expect(check([withCell(sheet, cell, 88)])).toEqual([]);
  });
});
