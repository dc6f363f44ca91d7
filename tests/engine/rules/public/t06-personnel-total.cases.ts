// t06/personnel-total: 06's 人员经费合计 = 301 + 303, on the 朝阳 sample and the real reports, as published and
// with a figure changed.
import { t06PersonnelTotal } from "../../../../src/engine/rules/public/t06-personnel-total";
import { REAL_IDS } from "../../../fixtures/real/fixtures";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(t06PersonnelTotal, {
  valid: [
    { name: "the sample: 人员经费合计 1374.42 = 1256.61 + 117.81", tables: () => sample() },
    ...REAL_IDS.map((id) => ({ name: `${id} as published`, tables: () => realTables(id) })),
  ],
  invalid: [
    {
      name: "swapped digits in 人员经费合计 (1374.42 → 1347.42)",
      tables: () => sample([["06", "personnelTotal", "amount", "1,347.42"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "06", "personnelTotal", "amount"), severity: "error" }],
    },
    {
      name: "303 对个人和家庭的补助 0.01 higher: a 尾差",
      tables: () => sample([["06", "303", "amount", "117.82"]]),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "06", "personnelTotal", "amount"), severity: "rounding" }],
    },
    {
      name: "人员经费合计 left blank: fill offers 1374.42",
      tables: () => sample([["06", "personnelTotal", "amount", ""]]),
      findings: (tables) => [{ messageId: "fillable", cell: addressOf(tables, "06", "personnelTotal", "amount"), severity: "info" }],
    },
  ],
});
