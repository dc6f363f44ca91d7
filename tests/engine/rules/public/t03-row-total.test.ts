import { t03RowTotal } from "../../../../src/engine/rules/public/t03-row-total";
import { sample } from "./sample";
import { addressOf, at, names, run } from "./tables";

describe("t03/row-total", () => {
  it("finds the sample's 尾差: 合计 1672.09 + 587.63 = 2259.72 vs 2259.73", () => {
    const tables = sample();
    const findings = run(t03RowTotal, tables);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "rounding", expected: "2259.72", actual: "2259.73", detail: "1672.09 + 587.63 = 2259.72" });
    expect(at(findings[0])).toBe(addressOf(tables, "03", "total", "total"));
  });

  it("calls a changed 项目支出 an error naming it", () => {
    const tables = sample([["03", "2013102", "project", "578.63"]]);
    const errors = run(t03RowTotal, tables).filter((f) => f.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ expected: "578.63", actual: "587.63" });
    expect(names(errors[0], addressOf(tables, "03", "2013102", "project"))).toBe(true);
  });

  it("counts 上缴上级支出, 经营支出 and 对附属单位补助支出", () => {
    const tables = sample([["03", "221", "affiliated", "1.00"]]);
    const errors = run(t03RowTotal, tables).filter((f) => f.severity === "error");
    expect(errors.map((f) => `${at(f)} ${f.expected}/${f.actual}`).sort()).toEqual(
      [
        `${addressOf(tables, "03", "221", "total")} 108.54/107.54`,
        // 合计 对附属单位补助支出 is blank and will hold the 1.00 of 221.
        `${addressOf(tables, "03", "total", "total")} 2260.72/2259.73`,
      ].sort()
    );
  });

  it("calls a 0.03 gap over two parts an error", () => {
    const findings = run(t03RowTotal, sample([["03", "total", "basic", "1,672.07"]]));
    expect(findings.map((f) => f.severity)).toEqual(["error"]);
  });

  it("offers to fill a blank 本年支出合计", () => {
    const tables = sample([["03", "2013150", "total", ""]]);
    const fills = run(t03RowTotal, tables).filter((f) => f.messageId === "fillable");
    expect(fills).toHaveLength(1);
    expect(fills[0]).toMatchObject({ expected: "132.85" });
    expect(at(fills[0])).toBe(addressOf(tables, "03", "2013150", "total"));
  });
});
