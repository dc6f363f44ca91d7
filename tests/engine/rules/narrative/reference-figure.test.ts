import { narrativeReferenceFigure } from "../../../../src/engine/rules/narrative/reference-figure";
import { SAMPLE_BUDGETS } from "../../narrative/sample-tables";
import { brief, run } from "./run";

describe("narrative/reference-figure", () => {
  it("accepts 参考数据 figures typed as numbers or as text figures", () => {
    expect(run(narrativeReferenceFigure, { reference: SAMPLE_BUDGETS })).toEqual([]);
    expect(run(narrativeReferenceFigure, { reference: [SAMPLE_BUDGETS[0], ["合计", null, null, 1796.72]] })).toEqual([]);
  });

  it("reports a 参考数据 figure that is not a number, at its cell", () => {
    const [finding] = run(narrativeReferenceFigure, { reference: [SAMPLE_BUDGETS[0], ["合计", null, null, "约1800"]] });
    expect(brief(finding)).toBe("error D2 - -");
    expect(finding.sheet).toBe("参考数据");
    expect(finding.messageId).toBe("unreadable");
    expect(finding.message).toBe("参考数据“合计”的年初预算数：文本“约1800”不是数字，相关的情况说明语句无法核对");
  });
});
