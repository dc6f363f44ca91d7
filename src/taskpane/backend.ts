// What the pane needs from where the workbook lives. Two kinds: the workbook open in Excel (Office.js), and an .xlsx
// file the user opened in a plain browser. The pane's code is the same for both.
import { CellEdit } from "../engine/edits";
import { Finding } from "../engine/finding";
import { EngineOutcome } from "./engine/client";

export interface CheckOutcome extends EngineOutcome {
  checkedAt: Date;
}

export interface UndoDone {
  restored: number;
  /** Cells the user changed after the fill, left as they are ("Sheet!C9"). */
  skipped: string[];
}

/** What a reloaded pane takes up from the workbook. */
export interface RestoredPane {
  highlighted: boolean;
  /** Cells of a fill 撤销 can still take back. */
  lastFill: number | null;
}

export interface PaneBackend {
  readonly mode: "excel" | "file";
  /** Reads the workbook and checks it; `progress` gets one line to show ("正在读取 12/15 个工作表…"). */
  check(progress: (text: string) => void): Promise<CheckOutcome>;
  /** Shows the finding's cell (selects it in Excel). */
  select(finding: Finding): Promise<void>;
  /** Writes fill's edits in one batch. */
  fill(edits: CellEdit[]): Promise<void>;
  /** Takes the last fill back. */
  undo(): Promise<UndoDone>;
  /** Excel only: colours the finding cells by class; returns a note for the user, if any. */
  highlight?(findings: Finding[]): Promise<string | null>;
  clearHighlight?(): Promise<void>;
  /** Excel only: adds the 审核结果 sheet; returns its name. */
  exportReport?(outcome: CheckOutcome): Promise<string>;
  /** Excel only: said before a fill (Ctrl+Z cannot undo it on this Excel); null when there is nothing to say. */
  readonly fillNote?: string | null;
  /** Excel only: the highlights and the fill the workbook's record says are still there, after a reload. */
  restore?(): Promise<RestoredPane>;
  /** Reads last year's 决算 or this year's 部门预算 workbook for the checks that follow (kept in memory only). */
  openCompanion?(kind: "previous" | "budget", file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }): Promise<string>;
  /** Excel only: adds the 参考数据 sheet (filled from the companions); returns its name. */
  addReferenceSheet?(): Promise<string>;
  /** File only: the workbook with a 参考数据 sheet added (filled from the companions), to download. */
  referenceCopy?(): Promise<{ name: string; bytes: Uint8Array }>;
  /** File only: the workbook to work on. */
  open?(file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }): Promise<void>;
  readonly fileName?: string | null;
  /** File only: the filled copy to download, once there is one. */
  filledCopy?(): { name: string; bytes: Uint8Array } | null;
}

/** "2025-03-01 14:05", as the report sheet shows when the check ran. */
export function formatCheckedAt(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
