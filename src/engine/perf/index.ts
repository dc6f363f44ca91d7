// Recognises the performance self-evaluation sheets of a workbook (domain.md §5): by title, never by address.
import { WorkbookGrid } from "../grid";
import { RecognitionNote } from "../rule";
import { SheetReader } from "./cells";
import { readProjectSheet } from "./project";
import { findSegments } from "./segments";
import { PerfProjectSheet, PerfUnitSheet } from "./types";
import { readUnitSheet } from "./unit";

interface PerfRecognition {
  units: PerfUnitSheet[];
  projects: PerfProjectSheet[];
  notes: RecognitionNote[];
}

export function recognizePerfSheets(grid: WorkbookGrid): PerfRecognition {
  const result: PerfRecognition = { units: [], projects: [], notes: [] };
  for (const gridSheet of grid.sheets) {
    const sheet = new SheetReader(gridSheet);
    for (const segment of findSegments(sheet)) {
      if (segment.kind === "perf-unit") result.units.push(readUnitSheet(sheet, segment, result.notes));
      else result.projects.push(readProjectSheet(sheet, segment, result.notes));
    }
  }
  return result;
}

export * from "./types";
