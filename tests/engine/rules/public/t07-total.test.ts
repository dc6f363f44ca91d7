import { t07Total } from "../../../../src/engine/rules/public/t07-total";
import { sample } from "./sample";
import { addressOf, at, names, run } from "./tables";

describe("t07/total", () => {
  it("passes the sample: 57.99 = 1.00 + 56.99 and 57.40 = 0.42 + 56.98", () => {
    expect(run(t07Total, sample())).toEqual([]);
  });

  it("calls swapped digits in 公务接待费 决算数 an error on 合计, naming it", () => {
    const tables = sample([["07", "reception", "actual", "0.24"]]);
    const [finding, ...rest] = run(t07Total, tables);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ messageId: "mismatch", severity: "error", expected: "57.22", actual: "57.40" });
    expect(at(finding)).toBe(addressOf(tables, "07", "total", "actual"));
    expect(names(finding, addressOf(tables, "07", "reception", "actual"))).toBe(true);
    // The wording names the column.
    expect(finding.message).toContain("合计（决算数）");
  });

  it("keeps a 0.01 tail a 尾差 and a 0.03 gap over two parts an error", () => {
    expect(run(t07Total, sample([["07", "total", "budget", "58.00"]])).map((f) => f.severity)).toEqual(["rounding"]);
    expect(run(t07Total, sample([["07", "total", "budget", "58.02"]])).map((f) => f.severity)).toEqual(["error"]);
  });

  it("offers to fill a blank 合计", () => {
    const tables = sample([["07", "total", "budget", ""]]);
    const [finding] = run(t07Total, tables);
    expect(finding).toMatchObject({ severity: "info", expected: "57.99" });
    expect(at(finding)).toBe(addressOf(tables, "07", "total", "budget"));
  });
});
