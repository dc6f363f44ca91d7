import { t06PersonnelTotal } from "../../../../src/engine/rules/public/t06-personnel-total";
import { sample } from "./sample";
import { addressOf, at, names, run } from "./tables";

describe("t06/personnel-total", () => {
  it("passes the sample: 人员经费合计 1374.42 = 1256.61 + 117.81", () => {
    expect(run(t06PersonnelTotal, sample())).toEqual([]);
  });

  it("calls swapped digits in the total an error on it", () => {
    const tables = sample([["06", "personnelTotal", "amount", "1,347.42"]]);
    const [finding] = run(t06PersonnelTotal, tables);
    expect(finding).toMatchObject({ severity: "error", expected: "1374.42", actual: "1347.42", table: "06" });
    expect(at(finding)).toBe(addressOf(tables, "06", "personnelTotal", "amount"));
  });

  it("names a changed 类", () => {
    const tables = sample([["06", "303", "amount", "171.81"]]);
    const [finding] = run(t06PersonnelTotal, tables);
    expect(finding).toMatchObject({ severity: "error", expected: "1428.42" });
    expect(names(finding, addressOf(tables, "06", "303", "amount"))).toBe(true);
  });

  it("keeps a 0.01 tail a 尾差 and a 0.03 gap over two parts an error", () => {
    expect(run(t06PersonnelTotal, sample([["06", "303", "amount", "117.82"]])).map((f) => f.severity)).toEqual(["rounding"]);
    expect(run(t06PersonnelTotal, sample([["06", "303", "amount", "117.84"]])).map((f) => f.severity)).toEqual(["error"]);
  });

  it("offers to fill a blank 人员经费合计", () => {
    const [finding] = run(t06PersonnelTotal, sample([["06", "personnelTotal", "amount", ""]]));
    expect(finding).toMatchObject({ severity: "info", expected: "1374.42" });
  });
});
