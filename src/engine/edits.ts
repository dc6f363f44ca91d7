// A CellEdit is what fill asks a host to write. Hosts (Excel, .xlsx) apply them; the engine never writes.
import { Decimal } from "./decimal";

export type CellEdit =
  | {
      sheet: string;
      /** "C9" */
      cell: string;
      kind: "number";
      value: Decimal;
      /** The number format to give the cell, e.g. "#,##0.00" or "0.00%". */
      numFmt: string;
      /** The value as it will show, for previews: "1672.10". */
      shown: string;
    }
  | { sheet: string; cell: string; kind: "text"; text: string; shown: string };
