// The 参考数据 template filled from the companion workbooks: each row the narrative needs (reference-template.ts of
// the narrative lists them) takes the figure last year's or the budget workbook gives for it, when it gives one;
// the rest stay blank for the accountant.
import { Decimal } from "../decimal";
import { ReferenceTemplateRow } from "../narrative/reference-template";
import { ReferenceData } from "../narrative/types";
import { amountOfCell } from "./cells";

export type FilledTemplateRow = ReferenceTemplateRow & { value?: Decimal };

/** The rows with the figures `reference` (the merged 参考数据 of recognizeWorkbook with inputs) holds for them. */
export function fillTemplateRows(rows: ReferenceTemplateRow[], reference: ReferenceData | undefined): FilledTemplateRow[] {
  return rows.map((row) => {
    const entry = reference?.entries.find((e) =>
      row.code ? e.code === row.code && e.figures[row.column] : !e.code && e.item === row.item && e.figures[row.column]
    );
    const value = amountOfCell(entry?.figures[row.column]);
    return value === undefined ? row : { ...row, value };
  });
}
