import { statedSums } from "../../../../src/engine/rules/report/stated-sum";
import { Decimal } from "../../../../src/engine/decimal";
import { findText, findingsOf, realGrid, sampleGrid, withText } from "./real";

const RULE = "report/sme-share";

/** 生态环境局's / 文旅局's procurement sentence followed by a share sentence made from its own total. */
async function withShare(id: "2025-putuo-shengtai" | "2025-putuo-wenlvju", granted: (total: Decimal) => Decimal, percent: (total: Decimal, granted: Decimal) => string) {
  const grid = await realGrid(id);
  const line = findText(grid, /政府采购金额/, "情况说明");
  const total = statedSums(line.text)[0].total.value;
  const part = granted(total);
  const sentence = `授予中小企业合同金额 ${part.toFixed(2)} 万元，占政府采购支出总额的 ${percent(total, part)}%。`;
  return { line, edited: withText(grid, line, (t) => `${t}${sentence}`) };
}

describe("report/sme-share: 授予中小企业合同金额's share of the 政府采购 total", () => {
  it("is silent on the real reports (no share sentence) and on the sample (0.00% of 0.00)", async () => {
    for (const grid of [await realGrid("2024-putuo-shehuigongzuobu"), await realGrid("2025-putuo-wenlvju"), await sampleGrid()]) {
      expect(findingsOf(grid, RULE)).toEqual([]);
    }
  });

  it("passes a share that holds on 生态环境局's total and finds one that does not", async () => {
    const half = (t: Decimal) => t.div(2).toDecimalPlaces(2);
    const right = await withShare("2025-putuo-shengtai", half, (t, g) => g.div(t).times(100).toFixed(2));
    expect(findingsOf(right.edited, RULE)).toEqual([]);
    const wrong = await withShare("2025-putuo-shengtai", half, (t, g) => g.div(t).times(100).plus(3).toFixed(2));
    const findings = findingsOf(wrong.edited, RULE);
    expect(findings.map((f) => [f.severity, f.cell])).toEqual([["error", wrong.line.address]]);
  });

  it("finds 文旅局's share stated as 100% of a part", async () => {
    const wrong = await withShare("2025-putuo-wenlvju", (t) => t.div(3).toDecimalPlaces(2), () => "100.00");
    expect(findingsOf(wrong.edited, RULE).map((f) => f.severity)).toEqual(["error"]);
  });
});
