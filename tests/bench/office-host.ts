// (c) of the bench: how many context.sync() calls validate (read every sheet) and fill (write the edits) take
// through the real Office host, on 15 and on 300 sheets, against a counting fake of Excel (tests/excel/fake-excel).
import { checkWorkbook } from "../../src/engine";
import { planFill } from "../../src/engine/fill";
import { WorkbookGrid } from "../../src/engine/grid";
import { ExcelHost } from "../../src/excel/host";
import { gridFromXlsx } from "../../src/xlsx/read";
import { FakeExcel } from "../excel/fake-excel";
import { specsOf } from "../excel/grid-specs";
import { consolidatedBuffer } from "../fixtures/consolidated";

/** A book of `departments` × 15 sheets with each department's 03 合计 基本支出 blank, so fill has work on every one. */
async function bookWithBlanks(departments: number): Promise<WorkbookGrid> {
  const grid = await gridFromXlsx(new Uint8Array(await consolidatedBuffer(departments)), "bench.xlsx");
  for (const sheet of grid.sheets.filter((s) => /-03/.test(s.name))) sheet.cells[6][3] = undefined; // D7
  return grid;
}

export async function benchOfficeHost(): Promise<string[]> {
  const lines = ["| sheets | validate: syncs | fill: syncs | cells filled |", "| --- | --- | --- | --- |"];
  const counts: string[] = [];
  for (const departments of [1, 20]) {
    const fake = new FakeExcel(specsOf(await bookWithBlanks(departments)));
    const host = new ExcelHost({ run: fake.run, supports: () => true, pause: async () => undefined });
    const grid = await host.readGrid();
    checkWorkbook(grid);
    const validate = fake.syncCount;
    const edits = planFill(grid).edits;
    await host.fill(edits);
    const fill = fake.syncCount - validate;
    counts.push(`${validate}/${fill}`);
    lines.push(`| ${fake.sheets.length} | ${validate} | ${fill} | ${edits.length} |`);
  }
  lines.push(`equal for 15 and 300 sheets: ${counts[0] === counts[1] ? "✓" : "✗"} (targets: validate ≤ 3, fill ≤ 2)`);
  return lines;
}
