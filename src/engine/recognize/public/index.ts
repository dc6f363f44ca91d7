// The nine 公开 tables: find each by title and/or marker on any sheet (hidden ones too), then read it with
// the recogniser of its kind. A table that is not found is left to the table/missing rule.
import { WorkbookGrid } from "../../grid";
import { RecognitionNote } from "../../rule";
import { PublicKind, PublicTable } from "../../tables";
import { locateTables } from "./locate";
import { NoteSink } from "./notes";
import { TableContext } from "./table";
import { recognizeTable01 } from "./table01";
import { recognizeTable02 } from "./table02";
import { recognizeTable03 } from "./table03";
import { recognizeTable04 } from "./table04";
import { recognizeTable05 } from "./table05";
import { recognizeTable06 } from "./table06";
import { recognizeTable07 } from "./table07";
import { recognizeTable08 } from "./table08";
import { recognizeTable09 } from "./table09";
import { SheetView } from "./view";

const RECOGNIZERS: Record<PublicKind, (context: TableContext) => PublicTable | undefined> = {
  "01": recognizeTable01,
  "02": recognizeTable02,
  "03": recognizeTable03,
  "04": recognizeTable04,
  "05": recognizeTable05,
  "06": recognizeTable06,
  "07": recognizeTable07,
  "08": recognizeTable08,
  "09": recognizeTable09,
};

export function recognizePublicTables(grid: WorkbookGrid): { tables: PublicTable[]; notes: RecognitionNote[] } {
  const tables: PublicTable[] = [];
  const notes = new NoteSink();
  for (const sheet of grid.sheets) {
    const view = new SheetView(sheet);
    const anchors = locateTables(view);
    for (const anchor of anchors) {
      const table = RECOGNIZERS[anchor.kind]({ view, anchor, notes, anchorsInSheet: anchors.length });
      if (table) tables.push(table);
    }
  }
  return { tables, notes: notes.notes };
}

export { locateTables, titleKind, markerKind } from "./locate";
export type { TableAnchor } from "./locate";
