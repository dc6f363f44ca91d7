import { t04CarryIn } from "../../../../src/engine/rules/public/t04-carry-in";
import { sample } from "./sample";
import { addressOf, at, names, run } from "./tables";

describe("t04/carry-in", () => {
  it("passes the sample: no 年初财政拨款结转和结余 at all", () => {
    expect(run(t04CarryIn, sample())).toEqual([]);
  });

  it("calls a 年初 total that is not the sum of its three rows an error naming the changed row", () => {
    const tables = sample([
      ["04", "in.carryIn", "amount", "57.99"],
      ["04", "in.carryIn.gpb", "amount", "56.99"],
      ["04", "in.carryIn.gov", "amount", "1.00"],
      ["04", "in.carryIn.soe", "amount", "0.30"],
    ]);
    const [finding] = run(t04CarryIn, tables);
    expect(finding).toMatchObject({ severity: "error", expected: "58.29", actual: "57.99" });
    expect(at(finding)).toBe(addressOf(tables, "04", "in.carryIn", "amount"));
    expect(names(finding, addressOf(tables, "04", "in.carryIn.soe", "amount"))).toBe(true);
  });

  it("keeps a 0.01 tail a 尾差 and a 0.03 gap over two parts an error", () => {
    const tail = sample([
      ["04", "in.carryIn", "amount", "57.98"],
      ["04", "in.carryIn.gpb", "amount", "56.99"],
      ["04", "in.carryIn.gov", "amount", "1.00"],
    ]);
    expect(run(t04CarryIn, tail).map((f) => f.severity)).toEqual(["rounding"]);
    const gap = sample([
      ["04", "in.carryIn", "amount", "58.02"],
      ["04", "in.carryIn.gpb", "amount", "56.99"],
      ["04", "in.carryIn.gov", "amount", "1.00"],
    ]);
    expect(run(t04CarryIn, gap).map((f) => f.severity)).toEqual(["error"]);
  });

  it("offers to fill a blank 年初财政拨款结转和结余 from its rows", () => {
    const tables = sample([["04", "in.carryIn.gpb", "amount", "56.99"]]);
    const [finding] = run(t04CarryIn, tables);
    expect(finding).toMatchObject({ severity: "info", expected: "56.99" });
    expect(at(finding)).toBe(addressOf(tables, "04", "in.carryIn", "amount"));
  });
});
