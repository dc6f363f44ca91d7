import { runRule } from "../../../../src/engine";
import { AT_MOST_MESSAGES, checkAtMost, checkIdentity } from "../../../../src/engine/rules/public/check";
import { SUM_MESSAGES } from "../../../../src/engine/rules/support";
import { figuresOf, ref } from "../../../../src/engine/figures/figures";
import { RULE_IDS } from "../../../../src/engine/figures/ids";
import { RuleContext, WorkbookTables } from "../../../../src/engine/rule";
import { sample } from "./sample";

/** Runs `check` as the rule `id` would be run (its messages those of the two helpers). */
function runAs(id: string, tables: WorkbookTables, check: (context: RuleContext) => void) {
  const meta = { id, severity: "error" as const, title: id, titleEn: id, docs: id, messages: { ...SUM_MESSAGES, ...AT_MOST_MESSAGES } };
  return runRule({ meta, check }, tables);
}

describe("checkIdentity", () => {
  it("refuses a rule that would fill a cell with a formula other than the one figures.ts gives it", () => {
    const tables = sample();
    expect(() =>
      runAs(RULE_IDS.t07Total, tables, (context) =>
        checkIdentity(context, figuresOf(tables), {
          target: ref("07", "total", "actual"),
          parts: [ref("07", "abroad", "actual"), ref("07", "reception", "actual")],
          message: "合计",
        })
      )
    ).toThrow(/派生公式不一致/);
  });

  it("skips a target that is absent", () => {
    const tables = sample();
    const findings = runAs(RULE_IDS.x0103, tables, (context) =>
      checkIdentity(context, figuresOf(tables), { target: ref("01", "out.999", "amount"), parts: [ref("03", "999", "total")], message: "无" })
    );
    expect(findings).toEqual([]);
  });
});

describe("checkAtMost", () => {
  it("says nothing when the figure is within its bound, warns beyond the rounding of both", () => {
    const tables = sample([["06", "30231", "amount", "57.10"]]);
    const figures = figuresOf(tables);
    const within = runAs("test", tables, (context) =>
      checkAtMost(context, figures, { target: ref("07", "vehicleOps", "actual"), bound: ref("07", "vehicleOps", "budget"), message: "决算不超预算" })
    );
    expect(within).toEqual([]);
    const beyond = runAs("test", tables, (context) =>
      checkAtMost(context, figures, { target: ref("06", "30231", "amount"), bound: ref("07", "vehicleOps", "actual"), message: "不应超过" })
    );
    expect(beyond).toMatchObject([{ severity: "warning", expected: "56.98", actual: "57.10", messageId: "exceeds", message: "不应超过：57.10 超过 56.98，多 0.12" }]);
  });
});
