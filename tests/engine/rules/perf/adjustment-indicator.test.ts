import { adjustmentIndicator } from "../../../../src/engine/rules/perf/adjustment-indicator";
import { addressOf, rowOf, unit1, unit2, valueRightOf, withCell } from "../../perf/sample-sheets";
import { runPerf } from "./run";

const check = (sheets: Parameters<typeof runPerf>[0]) => runPerf(sheets, [adjustmentIndicator]);

describe("perf/adjustment-indicator", () => {
  it("passes unit 1: (1662.10 − 1434.30) ÷ 1434.30 = 15.88%", () => {
    expect(check([unit1()])).toEqual([]);
  });

  it("warns on unit 2: 8.46 for (204.26 − 196.02) ÷ 196.02 = 4.20%", () => {
    const sheet = unit2();
    const [finding] = check([sheet]);
    expect(finding).toMatchObject({ severity: "warning", messageId: "mismatchWhy", cell: addressOf(sheet, "预算调整率", "全年完成值"), expected: "4.20%", actual: "8.46%" });
    expect(finding.related).toContain(valueRightOf(sheet, "部门年初预算支出金额"));
    expect(check([withCell(sheet, addressOf(sheet, "预算调整率", "全年完成值"), 4.2)])).toEqual([]);
  });

  it("tells the size of a budget cut (issued below the year-start budget)", () => {
    const sheet = unit2();
    const budget = valueRightOf(sheet, "部门年初预算支出金额");
    // 204.26 issued on a year-start 212.77: (204.26 − 212.77) ÷ 212.77 = −4.00%.
    const cut = withCell(withCell(sheet, budget, 212.77), addressOf(sheet, "预算调整率", "全年完成值"), 4);
    expect(check([cut])).toEqual([]);
  });

  it("says it cannot check without a year-start budget", () => {
    const sheet = unit2();
    const row = rowOf(sheet, "部门年初预算支出金额");
    const without = withCell(withCell(sheet, `A${row}`, undefined), `B${row}`, undefined);
    const noIncome = withCell(without, valueRightOf(sheet, "部门年初预算收入金额"), undefined);
    const [finding] = check([noIncome]);
    expect(finding).toMatchObject({ severity: "info", messageId: "noBudget" });
  });
});
