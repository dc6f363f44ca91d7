// previous/t08-carry-in: the sample's 公开08表 年初结转和结余 against last year's 年末结转和结余 — no 政府性基金 balance
// either year in the committed 2023 tables; 5.00 at the 合计 in the failing copy.
import { previousT08CarryIn } from "../../../../src/engine/rules/previous/t08-carry-in";
import { BUDGET_PATH, PREVIOUS_PATH } from "../../reference/helpers";
import { ruleCases } from "../harness";
import { figureAt, tablesWith } from "./support";

export const cases = ruleCases(previousT08CarryIn, {
  valid: [
    { name: "the committed 2023 tables: no 政府性基金 balance either year", tables: () => tablesWith(PREVIOUS_PATH, BUDGET_PATH) },
    { name: "no last year's workbook", tables: () => tablesWith(undefined, undefined) },
  ],
  invalid: [
    {
      name: "last year closed with 5.00 at the 合计",
      tables: () => tablesWith("previous-2023-carry-08.xlsx"),
      findings: (tables) => [{ messageId: "mismatch", cell: figureAt(tables, "08", "total", "carryIn"), severity: "error" }],
    },
  ],
});
