// previous/new-item: last year's tables built with this year's codes list every one of them; the committed 2023
// tables do not list 20808 抚恤 (死亡抚恤 is new in 2024, the narrative says so), said once, at this year's row.
import { previousNewItem } from "../../../../src/engine/rules/previous/new-item";
import { gridFromXlsx } from "../../../../src/xlsx/read";
import { buildSampleWorkbook } from "../../../fixtures/build-sample";
import { PREVIOUS_YEAR_LINE } from "../../../fixtures/previous/build-previous";
import { PREVIOUS_PATH } from "../../reference/helpers";
import { ruleCases } from "../harness";
import { figureAt, tablesWith } from "./support";

export const cases = ruleCases(previousNewItem, {
  valid: [
    {
      name: "last year's tables with this year's codes (the sample's own tables, marked 2023)",
      tables: async () => {
        const bytes = await buildSampleWorkbook({ publicOnly: true, yearLine: PREVIOUS_YEAR_LINE }).xlsx.writeBuffer();
        return tablesWith(await gridFromXlsx(new Uint8Array(bytes), "上年.xlsx"));
      },
    },
    { name: "no last year's workbook", tables: () => tablesWith(undefined, undefined) },
  ],
  invalid: [
    {
      name: "the committed 2023 tables, without 20808 抚恤",
      tables: () => tablesWith(PREVIOUS_PATH),
      findings: (tables) => [{ messageId: "newItem", cell: figureAt(tables, "05", "20808", "total"), severity: "info" }],
    },
  ],
});
