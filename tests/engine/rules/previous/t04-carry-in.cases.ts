// previous/t04-carry-in: the sample's 年初财政拨款结转和结余, in all and by fund, against last year's 年末 ones — all 0
// in the committed 2023 tables; 12.34 of 一般公共预算 in the failing copy; last year's 04 missing.
import { previousT04CarryIn } from "../../../../src/engine/rules/previous/t04-carry-in";
import { BUDGET_PATH, PREVIOUS_PATH, gridOf } from "../../reference/helpers";
import { ruleCases } from "../harness";
import { cornerOf, figureAt, tablesWith } from "./support";

export const cases = ruleCases(previousT04CarryIn, {
  valid: [
    { name: "the committed 2023 tables: every fund 0 both years", tables: () => tablesWith(PREVIOUS_PATH, BUDGET_PATH) },
    { name: "no last year's workbook", tables: () => tablesWith(undefined, undefined) },
  ],
  invalid: [
    {
      name: "last year closed with 12.34 of 一般公共预算: the total and that fund differ",
      tables: () => tablesWith("previous-2023-carry-04.xlsx"),
      findings: (tables) => [
        { messageId: "mismatch", cell: figureAt(tables, "04", "in.carryIn", "amount"), severity: "error" },
        { messageId: "mismatch", cell: figureAt(tables, "04", "in.carryIn.gpb", "amount"), severity: "error" },
      ],
    },
    {
      name: "last year's workbook without its 公开04表",
      tables: async () => {
        const previous = await gridOf(PREVIOUS_PATH);
        previous.sheets = previous.sheets.filter((s) => !s.name.startsWith("04"));
        return tablesWith(previous);
      },
      findings: (tables) => [{ messageId: "tableMissingLastYear", cell: cornerOf(tables, "04"), severity: "info" }],
    },
  ],
});
