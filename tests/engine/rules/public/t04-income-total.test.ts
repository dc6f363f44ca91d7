import { t04IncomeTotal } from "../../../../src/engine/rules/public/t04-income-total";
import { sample } from "./sample";
import { addressOf, at, names, run } from "./tables";

describe("t04/income-total", () => {
  it("passes the sample: 本年收入合计 2259.73 = 一般公共预算财政拨款 2259.73", () => {
    expect(run(t04IncomeTotal, sample())).toEqual([]);
  });

  it("calls a changed total an error on it", () => {
    const tables = sample([["04", "in.total", "amount", "2,259.37"]]);
    const [finding] = run(t04IncomeTotal, tables);
    expect(finding).toMatchObject({ severity: "error", expected: "2259.73", actual: "2259.37", table: "04" });
    expect(at(finding)).toBe(addressOf(tables, "04", "in.total", "amount"));
  });

  it("counts 政府性基金 and 国有资本经营, naming the changed row", () => {
    const tables = sample([["04", "in.gov", "amount", "12.00"]]);
    const [finding] = run(t04IncomeTotal, tables);
    expect(finding).toMatchObject({ severity: "error", expected: "2271.73" });
    expect(names(finding, addressOf(tables, "04", "in.gov", "amount"))).toBe(true);
  });

  it("keeps a 0.01 tail a 尾差 and a 0.03 gap over two parts an error", () => {
    expect(run(t04IncomeTotal, sample([["04", "in.gpb", "amount", "2,259.72"]])).map((f) => f.severity)).toEqual(["rounding"]);
    const gap = sample([
      ["04", "in.gpb", "amount", "2,250.00"],
      ["04", "in.soe", "amount", "9.70"],
    ]);
    expect(run(t04IncomeTotal, gap).map((f) => f.severity)).toEqual(["error"]);
  });

  it("offers to fill a blank 本年收入合计", () => {
    const [finding] = run(t04IncomeTotal, sample([["04", "in.total", "amount", ""]]));
    expect(finding).toMatchObject({ severity: "info", expected: "2259.73" });
    expect(finding.fix).toBeDefined();
  });
});
