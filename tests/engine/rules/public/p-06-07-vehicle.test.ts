import { p0607Vehicle } from "../../../../src/engine/rules/public/p-06-07-vehicle";
import { sample } from "./sample";
import { addressOf, at, run } from "./tables";

describe("p/06-07-vehicle", () => {
  it("passes the sample: 30231 56.98 ≤ 07 运行维护费 决算数 56.98", () => {
    expect(run(p0607Vehicle, sample())).toEqual([]);
    expect(run(p0607Vehicle, sample([["06", "30231", "amount", "50.00"]]))).toEqual([]);
  });

  it("warns when 06 exceeds 07 (56.98 → 59.68)", () => {
    const tables = sample([["06", "30231", "amount", "59.68"]]);
    const findings = run(p0607Vehicle, tables);
    expect(findings.map((f) => `${f.severity} ${at(f)} ${f.expected}/${f.actual}`)).toEqual([
      `warning ${addressOf(tables, "06", "30231", "amount")} 56.98/59.68`,
    ]);
    expect(findings[0].related).toEqual([addressOf(tables, "07", "vehicleOps", "actual")]);
  });

  it("calls an excess of 0.01 a 尾差 and one of 0.03 a warning", () => {
    expect(run(p0607Vehicle, sample([["07", "vehicleOps", "actual", "56.97"]])).map((f) => f.severity)).toEqual(["rounding"]);
    expect(run(p0607Vehicle, sample([["07", "vehicleOps", "actual", "56.95"]])).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("skips without table 07", () => {
    expect(run(p0607Vehicle, sample([], ["06"]))).toEqual([]);
  });
});
