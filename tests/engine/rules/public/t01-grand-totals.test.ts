import { t01GrandTotals } from "../../../../src/engine/rules/public/t01-grand-totals";
import { sample } from "./sample";
import { addressOf, at, names, run } from "./tables";

describe("t01/grand-totals", () => {
  it("passes the sample: 总计 2259.73 on both sides", () => {
    expect(run(t01GrandTotals, sample())).toEqual([]);
  });

  it("calls a changed 收入总计 an error against its parts and against 支出总计", () => {
    const tables = sample([["01", "in.grand", "amount", "2,295.73"]]);
    const findings = run(t01GrandTotals, tables);
    const changed = addressOf(tables, "01", "in.grand", "amount");
    expect(findings.map((f) => `${f.messageId} ${f.severity}`)).toEqual(["mismatch error", "mismatch error"]);
    for (const finding of findings) expect(names(finding, changed)).toBe(true);
    // Both are mismatches: the wording tells the two identities apart.
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining("收入总计应等于本年收入合计"),
      expect.stringContaining("支出总计应等于收入总计"),
    ]);
  });

  it("counts 年初结转和结余 and 年末结转和结余 in the 总计", () => {
    const tables = sample([
      ["01", "in.carryIn", "amount", "10.00"],
      ["01", "out.carryOut", "amount", "10.00"],
    ]);
    const findings = run(t01GrandTotals, tables);
    expect(findings.map((f) => `${f.severity} ${at(f)} ${f.expected}`)).toEqual([
      `error ${addressOf(tables, "01", "in.grand", "amount")} 2269.73`,
      `error ${addressOf(tables, "01", "out.grand", "amount")} 2269.73`,
    ]);
  });

  it("keeps a 0.01 tail a 尾差 and a 0.03 gap over two parts an error", () => {
    expect(run(t01GrandTotals, sample([["01", "in.carryIn", "amount", "0.01"]])).map((f) => f.severity)).toEqual(["rounding"]);
    const gap = run(
      t01GrandTotals,
      sample([
        ["01", "in.total", "amount", "2,259.70"],
        ["01", "in.grand", "amount", "2,259.73"],
      ])
    );
    expect(gap.map((f) => f.severity)).toEqual(["error"]);
  });

  it("offers to fill a blank 总计 once, and checks the balance after", () => {
    const tables = sample([["01", "out.grand", "amount", ""]]);
    const findings = run(t01GrandTotals, tables);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ messageId: "fillable", severity: "info", expected: "2259.73" });
    expect(at(findings[0])).toBe(addressOf(tables, "01", "out.grand", "amount"));
    expect(findings[0].fix).toBeDefined();
  });
});
