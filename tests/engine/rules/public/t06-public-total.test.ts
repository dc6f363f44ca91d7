import { t06PublicTotal } from "../../../../src/engine/rules/public/t06-public-total";
import { sample } from "./sample";
import { addressOf, at, names, run } from "./tables";

describe("t06/public-total", () => {
  it("passes the sample: 公用经费合计 297.67 = 295.67 + 2.00", () => {
    expect(run(t06PublicTotal, sample())).toEqual([]);
  });

  it("calls a changed total an error on it", () => {
    const tables = sample([["06", "publicTotal", "amount", "279.67"]]);
    const [finding] = run(t06PublicTotal, tables);
    expect(finding).toMatchObject({ severity: "error", expected: "297.67", actual: "279.67" });
    expect(at(finding)).toBe(addressOf(tables, "06", "publicTotal", "amount"));
  });

  it("counts 307, 312 and 399, naming the changed one", () => {
    const tables = sample([["06", "399", "amount", "1.00"]]);
    const [finding] = run(t06PublicTotal, tables);
    expect(finding).toMatchObject({ severity: "error", expected: "298.67" });
    expect(names(finding, addressOf(tables, "06", "399", "amount"))).toBe(true);
  });

  it("keeps a 0.01 tail a 尾差 and a 0.03 gap over two parts an error", () => {
    expect(run(t06PublicTotal, sample([["06", "310", "amount", "2.01"]])).map((f) => f.severity)).toEqual(["rounding"]);
    expect(run(t06PublicTotal, sample([["06", "310", "amount", "2.03"]])).map((f) => f.severity)).toEqual(["error"]);
  });

  it("offers to fill a blank 公用经费合计", () => {
    const [finding] = run(t06PublicTotal, sample([["06", "publicTotal", "amount", ""]]));
    expect(finding).toMatchObject({ severity: "info", expected: "297.67" });
  });
});
