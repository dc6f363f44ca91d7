// The pane's test bench: the real Office.js host over the office-addin-mock fake workbook, with the real engine.
import { CellEdit } from "../../src/engine/edits";
import { ExcelHost } from "../../src/excel/host";
import { CheckOutcome, PaneBackend, UndoDone } from "../../src/taskpane/backend";
import { inlineEngine } from "../../src/taskpane/engine/client";
import { ExcelBackend } from "../../src/taskpane/excel-backend";
import { FakeExcel, FakeSheetSpec } from "../excel/fake-excel";
import { table03Sheet, table07Sheet } from "../excel/sample-sheets";

/**
 * The sample's tables 03 and 07 with the 合计 row's 基本支出 and 项目支出 and the 201 row's 本年支出合计 left blank (fill
 * computes 1672.10, 587.63 and 1837.28), and one typing error: 2080505's 基本支出 entered as 124.23 for 124.32.
 */
export function workbookWithProblems(options: { protectedSheet?: boolean } = {}): FakeSheetSpec[] {
  const sheet03 = table03Sheet("03支出决算表", ["D8", "E8", "C9"]);
  sheet03.rows![16][3] = { value: 124.23, numFmt: "#,##0.00" };
  return [{ ...sheet03, protected: options.protectedSheet ?? false }, table07Sheet()];
}

/** The pane over a fake Excel; `supported`: the newest ExcelApi 1.x minor version it has (all, by default). */
export function excelPane(
  specs: FakeSheetSpec[] = workbookWithProblems(),
  options: { supported?: number; fake?: FakeExcel } = {}
): { fake: FakeExcel; backend: ExcelBackend } {
  const fake = options.fake ?? new FakeExcel(specs, { name: "朝阳市委办公室2024决算.xlsx" });
  const supported = options.supported ?? Infinity;
  const host = new ExcelHost({ run: fake.run, supports: (version) => Number(version.split(".")[1]) <= supported });
  return { fake, backend: new ExcelBackend(host, inlineEngine()) };
}

/** A backend whose check waits until the test lets it finish, to see the pane while it runs. */
export class PausedBackend implements PaneBackend {
  readonly mode = "excel" as const;
  release: (outcome: CheckOutcome) => void = () => undefined;
  fail: (error: Error) => void = () => undefined;

  check(progress: (text: string) => void): Promise<CheckOutcome> {
    progress("正在读取 12/15 个工作表…");
    return new Promise((resolve, reject) => {
      this.release = resolve;
      this.fail = reject;
    });
  }
  async select(): Promise<void> {}
  async fill(_edits: CellEdit[]): Promise<void> {}
  async undo(): Promise<UndoDone> {
    return { restored: 0, skipped: [] };
  }
}
