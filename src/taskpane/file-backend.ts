// The pane outside Office: the user opens an .xlsx file, the same engine checks it in the browser, and fill produces
// a filled copy to download. The file never leaves the machine.
import { CellEdit } from "../engine/edits";
import { CheckOutcome, PaneBackend, UndoDone } from "./backend";
import { EngineClient } from "./engine/client";
import type { PdfLocation, PdfWorkbook } from "../pdf";
import { Finding } from "../engine/finding";

/** A file named .pdf is a published report, read with pdf.js (loaded only then). */
function isPdfName(name: string): boolean {
  return /\.pdf$/i.test(name);
}

/**
 * "决算.xlsx" → "决算（已填写）.xlsx"; a macro-enabled workbook or a template keeps its own extension (.xlsm, .xltx,
 * .xltm), which Excel requires of its package's content type.
 */
export function filledName(name: string): string {
  const extension = /\.(xlsx|xlsm|xltx|xltm)$/i.exec(name);
  const stem = extension ? name.slice(0, extension.index) : name;
  return `${stem}（已填写）.${extension ? extension[1].toLowerCase() : "xlsx"}`;
}

export class FileBackend implements PaneBackend {
  readonly mode = "file" as const;
  private original: ArrayBuffer | null = null;
  private name: string | null = null;
  /** The filled copies, newest last; undo drops the newest. */
  private fills: { bytes: Uint8Array; count: number }[] = [];

  constructor(private readonly engine: EngineClient) {}

  get fileName(): string | null {
    return this.name;
  }

  /** The report read from the PDF opened, if a PDF is open. */
  private pdf: PdfWorkbook | null = null;
  private pdfBytes: Uint8Array | null = null;

  async open(file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }): Promise<void> {
    this.original = await file.arrayBuffer();
    this.name = file.name;
    this.fills = [];
    this.pdf = null;
    this.pdfBytes = null;
  }

  /** The PDF's bytes and where a finding is printed in it; null for a workbook. */
  pdfPlace(finding: Finding): { bytes: Uint8Array; where: PdfLocation } | null {
    const where = this.pdf?.locations.get(finding.sheet)?.get(finding.cell.split(":")[0]);
    return where && this.pdfBytes ? { bytes: this.pdfBytes, where } : null;
  }

  /** The workbook as it is now: the latest filled copy, or the file as opened. */
  private current(): ArrayBuffer {
    if (!this.original) throw new Error("请先打开一个 .xlsx 工作簿");
    const latest = this.fills[this.fills.length - 1];
    return latest ? (latest.bytes.slice().buffer as ArrayBuffer) : this.original;
  }

  async check(progress: (text: string) => void): Promise<CheckOutcome> {
    const data = this.current();
    progress(`正在读取并核对“${this.name}”…`);
    if (this.name && isPdfName(this.name)) {
      const { readPdfInBrowser } = await import(/* webpackChunkName: "pdf-read" */ "../pdf/browser");
      this.pdfBytes = new Uint8Array(data.slice(0));
      this.pdf = await readPdfInBrowser(this.pdfBytes.slice(), this.name);
      const outcome = await this.engine.checkGrid(this.pdf.grid);
      // A PDF cannot be filled: its findings are shown, nothing is written.
      return { ...outcome, edits: [], checkedAt: new Date() };
    }
    const outcome = await this.engine.checkXlsx(data, this.name ?? "工作簿");
    return { ...outcome, checkedAt: new Date() };
  }

  async openCompanion(kind: "previous" | "budget", file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }): Promise<string> {
    if (!this.engine.openCompanion) throw new Error("此版本无法读取上年决算或本年预算工作簿");
    return this.engine.openCompanion(kind, await file.arrayBuffer(), file.name);
  }

  async referenceCopy(): Promise<{ name: string; bytes: Uint8Array }> {
    if (!this.engine.referenceXlsx) throw new Error("此版本无法生成参考数据表");
    const bytes = await this.engine.referenceXlsx(this.current(), this.name ?? "工作簿.xlsx");
    const name = this.name ?? "工作簿.xlsx";
    const dot = name.toLowerCase().endsWith(".xlsx") ? name.length - 5 : name.length;
    return { name: `${name.slice(0, dot)}（参考数据）.xlsx`, bytes };
  }

  /** Nothing to select in a file; the pane marks the finding in its list. */
  async select(): Promise<void> {}

  async fill(edits: CellEdit[]): Promise<void> {
    const bytes = await this.engine.fillXlsx(this.current(), edits);
    this.fills.push({ bytes, count: edits.length });
  }

  async undo(): Promise<UndoDone> {
    const dropped = this.fills.pop();
    return { restored: dropped?.count ?? 0, skipped: [] };
  }

  filledCopy(): { name: string; bytes: Uint8Array } | null {
    const latest = this.fills[this.fills.length - 1];
    if (!latest || !this.name) return null;
    return { name: filledName(this.name), bytes: latest.bytes };
  }
}
