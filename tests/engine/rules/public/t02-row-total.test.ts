import { t02RowTotal } from "../../../../src/engine/rules/public/t02-row-total";
import { sample } from "./sample";
import { addressOf, at, names, run } from "./tables";

describe("t02/row-total", () => {
  it("passes the sample: every 本年收入合计 equals its 财政拨款收入", () => {
    expect(run(t02RowTotal, sample())).toEqual([]);
  });

  it("calls swapped digits in a leaf's total an error on that cell (1116.80 → 1161.80)", () => {
    const tables = sample([["02", "2013101", "total", "1,161.80"]]);
    const [finding, ...rest] = run(t02RowTotal, tables);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ messageId: "mismatch", severity: "error", expected: "1116.80", actual: "1161.80", table: "02" });
    expect(at(finding)).toBe(addressOf(tables, "02", "2013101", "total"));
    // The wording names the row by code and name.
    expect(finding.message).toContain("“2013101 行政运行”本年收入合计应等于各项收入之和");
  });

  it("counts every income column, naming the changed one", () => {
    const tables = sample([["02", "2080801", "other", "0.50"]]);
    const findings = run(t02RowTotal, tables);
    const finding = findings.find((f) => at(f) === addressOf(tables, "02", "2080801", "total"))!;
    expect(finding).toMatchObject({ severity: "error", expected: "55.47", actual: "54.97" });
    expect(names(finding, addressOf(tables, "02", "2080801", "other"))).toBe(true);
    // 20808, 208 and 合计 其他收入 are blank: they will hold the 0.50 once filled, so their 本年收入合计 are short too.
    const total = findings.find((f) => at(f) === addressOf(tables, "02", "total", "total"))!;
    expect(total).toMatchObject({ severity: "error", expected: "2260.23", detail: "2259.73 + 0.50 = 2260.23" });
    expect(findings.map((f) => at(f)).sort()).toEqual(
      ["total", "208", "20808", "2080801"].map((row) => addressOf(tables, "02", row, "total")).sort()
    );
  });

  it("keeps a 0.01 tail a 尾差 and a 0.03 gap over two parts an error", () => {
    const tail = run(t02RowTotal, sample([["02", "210", "fiscal", "66.98"]]));
    expect(tail.map((f) => f.severity)).toEqual(["rounding"]);
    const tables = sample([
      ["02", "210", "fiscal", "60.00"],
      ["02", "210", "other", "6.96"],
    ]);
    const gap = run(t02RowTotal, tables).filter((f) => at(f) === addressOf(tables, "02", "210", "total"));
    expect(gap.map((f) => `${f.severity} ${f.expected}/${f.actual}`)).toEqual(["error 66.96/66.99"]);
  });

  it("offers to fill a blank 本年收入合计", () => {
    const tables = sample([["02", "total", "total", ""]]);
    const [finding] = run(t02RowTotal, tables);
    expect(finding).toMatchObject({ severity: "info", expected: "2259.73" });
    expect(finding.fix).toMatchObject({ kind: "number", shown: "2259.73" });
  });
});
