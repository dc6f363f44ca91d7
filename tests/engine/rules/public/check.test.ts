import { Finding } from "../../../../src/engine/finding";
import { checkAtMost, checkIdentity } from "../../../../src/engine/rules/public/check";
import { figuresOf, ref } from "../../../../src/engine/figures/figures";
import { RULE_IDS } from "../../../../src/engine/figures/ids";
import { DEFAULT_SETTINGS } from "../../../../src/engine/rule";
import { sample } from "./sample";

function contextFor(tables: ReturnType<typeof sample>) {
  const findings: Finding[] = [];
  return { findings, context: { tables, settings: DEFAULT_SETTINGS, report: (f: Omit<Finding, "rule">) => findings.push({ rule: "test", ...f }) } };
}

describe("checkIdentity", () => {
  it("refuses a rule that would fill a cell with a formula other than the one figures.ts gives it", () => {
    const tables = sample();
    const { context } = contextFor(tables);
    expect(() =>
      checkIdentity(context, figuresOf(tables), {
        rule: RULE_IDS.t07Total,
        target: ref("07", "total", "actual"),
        parts: [ref("07", "abroad", "actual"), ref("07", "reception", "actual")],
        message: "合计",
      })
    ).toThrow(/派生公式不一致/);
  });

  it("skips a target that is absent", () => {
    const tables = sample();
    const { context, findings } = contextFor(tables);
    checkIdentity(context, figuresOf(tables), {
      rule: RULE_IDS.x0103,
      target: ref("01", "out.999", "amount"),
      parts: [ref("03", "999", "total")],
      message: "无",
    });
    expect(findings).toEqual([]);
  });
});

describe("checkAtMost", () => {
  it("says nothing when the figure is within its bound, warns beyond the rounding of both", () => {
    const tables = sample([["06", "30231", "amount", "57.10"]]);
    const { context, findings } = contextFor(tables);
    const figures = figuresOf(tables);
    checkAtMost(context, figures, { target: ref("07", "vehicleOps", "actual"), bound: ref("07", "vehicleOps", "budget"), message: "决算不超预算" });
    expect(findings).toEqual([]);
    checkAtMost(context, figures, { target: ref("06", "30231", "amount"), bound: ref("07", "vehicleOps", "actual"), message: "不应超过" });
    expect(findings).toMatchObject([{ severity: "warning", expected: "56.98", actual: "57.10", message: "不应超过：57.10 超过 56.98，多 0.12" }]);
  });
});
