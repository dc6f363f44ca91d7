// report/sme-share: the real reports state no share, the sample 0.00% of 0.00; then a share sentence made from
// 生态环境局's and 文旅局's own 政府采购 total: right, off by three points, a cent off (a 尾差), 100% of a part.
import { Decimal } from "../../../../src/engine/decimal";
import { smeShare } from "../../../../src/engine/rules/report/sme-share";
import { statedSums } from "../../../../src/engine/rules/report/stated-sum";
import { WorkbookTables } from "../../../../src/engine/rule";
import { ruleCases } from "../harness";
import { cellOf, findText, realGrid, realTables, sampleTables, tablesOf, withText } from "./real";

type Report = "2025-putuo-shengtai" | "2025-putuo-wenlvju";

/** The report with a share sentence after its procurement line: `granted` of its total, stated as `percent`. */
async function withShare(report: Report, granted: (total: Decimal) => Decimal, percent: (total: Decimal, granted: Decimal) => string) {
  const grid = await realGrid(report);
  const line = findText(grid, /政府采购金额/, "情况说明");
  const total = statedSums(line.text)[0].total.value;
  const part = granted(total);
  return tablesOf(withText(grid, line, (t) => `${t}授予中小企业合同金额 ${part.toFixed(2)} 万元，占政府采购支出总额的 ${percent(total, part)}%。`));
}

const half = (total: Decimal) => total.div(2).toDecimalPlaces(2);
const shareOf = (total: Decimal, granted: Decimal) => granted.div(total).times(100);
const shareCell = (tables: WorkbookTables) => cellOf(findText(tables.grid!, /授予中小企业合同金额/, "情况说明"));

/**
 * A grant near half the total whose exact share lies just under the half of a hundredth (50.0047%): shown to two
 * places it rounds down, and the next hundredth up is then off by less than the shown figures' rounding allows.
 */
function nearHalfHundredth(total: Decimal): Decimal {
  for (let grant = half(total); grant.lt(total); grant = grant.plus("0.01")) {
    const hundredths = shareOf(total, grant).times(100);
    const tail = hundredths.minus(hundredths.floor());
    if (tail.gte("0.45") && tail.lt("0.5")) return grant;
  }
  throw new Error("no grant near half the total has its share just under a half hundredth");
}

export const cases = ruleCases(smeShare, {
  valid: [
    { name: "社会工作部 (no share sentence)", tables: () => realTables("2024-putuo-shehuigongzuobu") },
    { name: "文旅局 (no share sentence)", tables: () => realTables("2025-putuo-wenlvju") },
    { name: "the sample (0.00% of 0.00)", tables: () => sampleTables() },
    { name: "生态环境局 with half its total granted, stated right", tables: () => withShare("2025-putuo-shengtai", half, (t, g) => shareOf(t, g).toFixed(2)) },
  ],
  invalid: [
    {
      name: "生态环境局 with half its total granted, stated three points high",
      tables: () => withShare("2025-putuo-shengtai", half, (t, g) => shareOf(t, g).plus(3).toFixed(2)),
      findings: (tables) => [{ messageId: "mismatch", cell: shareCell(tables), severity: "error" }],
    },
    {
      name: "文旅局 with a third of its total granted, stated as 100.00%",
      tables: () => withShare("2025-putuo-wenlvju", (t) => t.div(3).toDecimalPlaces(2), () => "100.00"),
      findings: (tables) => [{ messageId: "mismatch", cell: shareCell(tables), severity: "error" }],
    },
    {
      name: "生态环境局 with a grant whose share is just under a half hundredth, stated rounded up: a 尾差",
      tables: () => withShare("2025-putuo-shengtai", nearHalfHundredth, (t, g) => shareOf(t, g).times(100).floor().plus(1).div(100).toFixed(2)),
      findings: (tables) => [{ messageId: "rounding", cell: shareCell(tables), severity: "rounding" }],
    },
  ],
});
