import { x0506 } from "../../../../src/engine/rules/public/x-05-06";
import { sample } from "./sample";
import { addressOf, at, names, run } from "./tables";

describe("x/05-06", () => {
  it("passes the sample: 05 基本支出 1672.09 = 1374.42 + 297.67", () => {
    expect(run(x0506, sample())).toEqual([]);
  });

  it("calls swapped digits in 人员经费合计 an error on 05 基本支出, naming the 06 cell", () => {
    const tables = sample([["06", "personnelTotal", "amount", "1,347.42"]]);
    const [finding] = run(x0506, tables);
    expect(finding).toMatchObject({ severity: "error", expected: "1645.09", actual: "1672.09", table: "05" });
    expect(at(finding)).toBe(addressOf(tables, "05", "total", "basic"));
    expect(names(finding, addressOf(tables, "06", "personnelTotal", "amount"))).toBe(true);
  });

  it("keeps a 0.01 tail a 尾差 and a 0.03 gap over two parts an error", () => {
    expect(run(x0506, sample([["06", "publicTotal", "amount", "297.68"]])).map((f) => f.severity)).toEqual(["rounding"]);
    expect(run(x0506, sample([["06", "publicTotal", "amount", "297.70"]])).map((f) => f.severity)).toEqual(["error"]);
  });

  it("uses what fill would write for a blank 人员经费合计", () => {
    expect(run(x0506, sample([["06", "personnelTotal", "amount", ""]]))).toEqual([]);
  });
});
