import { statedSums } from "../../../../src/engine/rules/report/stated-sum";
import { findText, findingsOf, realGrid, sampleGrid, withText } from "./real";

const RULE = "report/stated-sum";

describe("report/stated-sum: 政府采购 parts and 车辆 counts add to their stated totals", () => {
  it("reads the 政府采购 and 车辆 sentences of each real report and the sample, and they all add up", async () => {
    for (const grid of [await realGrid("2024-putuo-shehuigongzuobu"), await realGrid("2025-putuo-shengtai"), await realGrid("2025-putuo-wenlvju"), await sampleGrid()]) {
      const procurement = findText(grid, /政府采购(?:支出)?(?:总额|金额)/, "情况说明");
      const vehicles = findText(grid, /共有车辆/, "情况说明");
      expect(statedSums(procurement.text).map((s) => [s.kind, s.parts.length])).toEqual([["procurement", 3]]);
      expect(statedSums(vehicles.text).map((s) => [s.kind, s.parts.length])).toEqual([["vehicles", 8]]);
      expect(findingsOf(grid, RULE)).toEqual([]);
    }
  });

  it("finds 生态环境局's 政府采购 total once a part is changed by a cent more than rounding explains", async () => {
    const grid = await realGrid("2025-putuo-shengtai");
    const line = findText(grid, /政府采购金额/, "情况说明");
    const [stated] = statedSums(line.text);
    const goods = stated.parts.find((p) => /货物/.test(p.label))!;
    const raised = goods.amount.value.plus(1).toFixed(2);
    const findings = findingsOf(withText(grid, line, (t) => t.replace(new RegExp(`(货物采购金额\\s*)${goods.amount.value.toFixed(2)}`), `$1${raised}`)), RULE);
    expect(findings.map((f) => [f.severity, f.messageId, f.cell, f.actual, f.expected])).toEqual([
      ["error", "amountMismatch", line.address, stated.total.value.toFixed(2), stated.total.value.plus(1).toFixed(2)],
    ]);
  });

  it("calls a one-cent gap in 文旅局's 政府采购 total a 尾差", async () => {
    const grid = await realGrid("2025-putuo-wenlvju");
    const line = findText(grid, /政府采购金额/, "情况说明");
    const [stated] = statedSums(line.text);
    const shown = stated.total.value.toFixed(2);
    const findings = findingsOf(withText(grid, line, (t) => t.replace(shown, stated.total.value.plus("0.01").toFixed(2))), RULE);
    expect(findings.map((f) => [f.severity, f.messageId, f.expected])).toEqual([["rounding", "amountRounding", shown]]);
  });

  it("finds 社会工作部's and 生态环境局's vehicle counts once a total no longer adds up", async () => {
    for (const id of ["2024-putuo-shehuigongzuobu", "2025-putuo-shengtai"] as const) {
      const grid = await realGrid(id);
      const line = findText(grid, /共有车辆/, "情况说明");
      const [stated] = statedSums(line.text);
      const findings = findingsOf(withText(grid, line, (t) => t.replace(/(共有车辆\s*)(\d+)/, (_, words, n) => `${words}${Number(n) + 1}`)), RULE);
      expect(findings.map((f) => [f.severity, f.messageId, f.cell, f.expected])).toEqual([["error", "countMismatch", line.address, stated.total.value.toFixed(0)]]);
    }
  });
});
