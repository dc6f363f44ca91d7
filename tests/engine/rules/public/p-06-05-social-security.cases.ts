// p/06-05-social-security: 06's social-security 款 (30108, 30110, 30113, 30304 …) equal 05's 基本支出 of the matching
// functional codes, on the real reports and on the 朝阳 sample, whose 30110 is 48.73 against 48.74 (domain.md §8).
import { p0605SocialSecurity } from "../../../../src/engine/rules/public/p-06-05-social-security";
import { REAL_IDS } from "../../../fixtures/real/fixtures";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(p0605SocialSecurity, {
  valid: REAL_IDS.map((id) => ({ name: `${id} as published`, tables: () => realTables(id) })),
  invalid: [
    {
      name: "the sample as published: 30110 48.73 vs 2101101 + 2101102 = 48.74, a 尾差",
      tables: () => sample(),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "06", "30110", "amount"), severity: "rounding" }],
    },
    {
      name: "swapped digits in 住房公积金 (107.54 → 170.54): a warning",
      tables: () => sample([["06", "30113", "amount", "170.54"]]),
      findings: (tables) => [
        { messageId: "mismatch", cell: addressOf(tables, "06", "30113", "amount"), severity: "warning" },
        { messageId: "rounding", cell: addressOf(tables, "06", "30110", "amount"), severity: "rounding" },
      ],
    },
    {
      name: "30110 0.03 below the two 医疗 rows: a warning, not a 尾差",
      tables: () => sample([["06", "30110", "amount", "48.71"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "06", "30110", "amount"), severity: "warning" }],
    },
  ],
});
