import { t07Vehicle } from "../../../../src/engine/rules/public/t07-vehicle";
import { sample } from "./sample";
import { addressOf, at, names, run } from "./tables";

describe("t07/vehicle", () => {
  it("passes the sample: 公务用车购置及运行费 = 运行维护费 (56.99 and 56.98)", () => {
    expect(run(t07Vehicle, sample())).toEqual([]);
  });

  it("calls a changed 运行维护费 an error on 公务用车购置及运行费, naming it", () => {
    const tables = sample([["07", "vehicleOps", "actual", "56.89"]]);
    const [finding] = run(t07Vehicle, tables);
    expect(finding).toMatchObject({ severity: "error", expected: "56.89", actual: "56.98" });
    expect(at(finding)).toBe(addressOf(tables, "07", "vehicle", "actual"));
    expect(names(finding, addressOf(tables, "07", "vehicleOps", "actual"))).toBe(true);
  });

  it("counts 购置费; a 0.01 tail is a 尾差 and a 0.03 gap over two parts an error", () => {
    expect(run(t07Vehicle, sample([["07", "vehiclePurchase", "budget", "0.01"]])).map((f) => f.severity)).toEqual(["rounding"]);
    expect(run(t07Vehicle, sample([["07", "vehiclePurchase", "budget", "0.03"]])).map((f) => f.severity)).toEqual(["error"]);
  });

  it("offers to fill a blank 公务用车购置及运行费", () => {
    const [finding] = run(t07Vehicle, sample([["07", "vehicle", "actual", ""]]));
    expect(finding).toMatchObject({ severity: "info", expected: "56.98" });
  });
});
