import { x0401 } from "../../../../src/engine/rules/public/x-04-01";
import { sample } from "./sample";
import { addressOf, at, run } from "./tables";

describe("x/04-01", () => {
  it("passes the sample: 一般公共预算财政拨款 2259.73 in both", () => {
    expect(run(x0401, sample())).toEqual([]);
  });

  it("calls swapped digits an error on the 04 row, naming the 01 row", () => {
    const tables = sample([["04", "in.gpb", "amount", "2,295.73"]]);
    const [finding, ...rest] = run(x0401, tables);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: "error", expected: "2259.73", actual: "2295.73", table: "04" });
    expect(at(finding)).toBe(addressOf(tables, "04", "in.gpb", "amount"));
    expect(finding.related).toEqual([addressOf(tables, "01", "in.gpb", "amount")]);
  });

  it("compares 政府性基金 and 国有资本经营 too; a blank counts as exactly 0; 0.01 between shown figures is a 尾差", () => {
    const gov = sample([["01", "in.gov", "amount", "3.00"]]);
    expect(run(x0401, gov).map((f) => `${f.severity} ${at(f)} ${f.expected}/${f.actual}`)).toEqual([
      `error ${addressOf(gov, "04", "in.gov", "amount")} 3.00/0.00`,
    ]);
    const soe = (in04: string, in01: string) =>
      run(
        x0401,
        sample([
          ["04", "in.soe", "amount", in04],
          ["01", "in.soe", "amount", in01],
        ])
      ).map((f) => f.severity);
    expect(soe("5.01", "5.00")).toEqual(["rounding"]);
    expect(soe("5.03", "5.00")).toEqual(["error"]);
    expect(soe("0.01", "")).toEqual(["error"]);
  });

  it("skips without table 01", () => {
    expect(run(x0401, sample([], ["04"]))).toEqual([]);
  });
});
