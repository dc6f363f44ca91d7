// Messages between the pane and its engine worker.
import { WorkbookGrid } from "../../engine/grid";
import { WireEdit, WireResult } from "./codec";
import type { ReferenceSheetRow } from "../../excel/reference-sheet";

export type EngineRequest =
  | { id: number; type: "check-grid"; grid: WorkbookGrid }
  | { id: number; type: "check-xlsx"; data: ArrayBuffer; name: string }
  | { id: number; type: "fill-xlsx"; data: ArrayBuffer; edits: WireEdit[] }
  | { id: number; type: "reference-xlsx"; data: ArrayBuffer; name: string }
  | { id: number; type: "reference-rows"; grid: WorkbookGrid }
  | { id: number; type: "open-companion"; kind: "previous" | "budget"; data: ArrayBuffer; name: string };

export interface WireOutcome {
  result: WireResult;
  edits: WireEdit[];
  narrative: string[] | null;
}

export type EngineResponse =
  | { id: number; ok: true; outcome: WireOutcome }
  | { id: number; ok: true; bytes: ArrayBuffer }
  | { id: number; ok: true; note: string }
  | { id: number; ok: true; rows: ReferenceSheetRow[] }
  | { id: number; ok: false; error: { name: string; message: string } };
