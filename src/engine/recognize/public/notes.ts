// Recognition problems reported as findings (rule "table/recognition"): they name the cell and say what the
// recogniser could not read, so the accountant knows which figures were left out of the checks.
import { cellAddress, rangeAddress, MergeArea } from "../../grid";
import { RecognitionNote } from "../../rule";
import { PublicKind } from "../../tables";

const RECOGNITION_RULE = "table/recognition";

export class NoteSink {
  readonly notes: RecognitionNote[] = [];
  private readonly seen = new Set<string>();

  add(kind: PublicKind, sheet: string, row: number, col: number, message: string, severity: "warning" | "info" = "warning"): void {
    const cell = cellAddress(row, col);
    const key = `${sheet}|${cell}|${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.notes.push({
      rule: RECOGNITION_RULE,
      severity,
      table: kind,
      sheet,
      cell,
      related: [],
      expected: null,
      actual: null,
      message,
    });
  }
}

export function mergeName(merge: MergeArea): string {
  return rangeAddress(merge.top, merge.left, merge.bottom, merge.right);
}
