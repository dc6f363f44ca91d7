// x/04-08-09: 04's 政府性基金 and 国有资本经营 本年支出合计 restated from 08's and 09's 合计 rows. 文旅局's 08 is real
// (its 合计 row prints no 本年支出: the sum of its 类 rows stands in); no report at hand has 09 figures, so the 09
// case uses funds.ts's.
import { x040809 } from "../../../../src/engine/rules/public/x-04-08-09";
import { ruleCases } from "../harness";
import { FUND_ROWS_09 } from "./funds";
import { realTables } from "./real";
import { sample, sampleRows } from "./sample";
import { addressOf, table, workbook } from "./tables";

const WENLVJU = "2025-putuo-wenlvju";

export const cases = ruleCases(x040809, {
  valid: [
    { name: "the sample: 08 and 09 empty, nothing to compare", tables: () => sample() },
    { name: "文旅局 as published: 04's 政府性基金 2002.80 = Σ of 08's 类", tables: () => realTables(WENLVJU) },
  ],
  invalid: [
    {
      name: "文旅局's 04 政府性基金 本年支出合计 37 too high",
      tables: () => realTables(WENLVJU, [["04", "out.total", "gov", "+37"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "04", "out.total", "gov"), severity: "error" }],
    },
    {
      name: "文旅局's 04 政府性基金 本年支出合计 0.01 higher: a 尾差",
      tables: () => realTables(WENLVJU, [["04", "out.total", "gov", "+0.01"]]),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "04", "out.total", "gov"), severity: "rounding" }],
    },
    {
      name: "a 09 with figures that 04's 国有资本经营 column leaves blank",
      tables: () => workbook(table("04", sampleRows("04")), table("09", FUND_ROWS_09)),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "04", "out.total", "soe"), severity: "error" }],
    },
  ],
});
