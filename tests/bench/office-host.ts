// (c) of the bench: how many context.sync() calls validate (read every sheet) and fill (write the edits) take
// through the real Office host, on 15, 300 and 600 sheets and with a stray value in XFD1048576, against a counting
// fake of Excel (tests/excel/fake-excel) that has Excel on the web's 5 MB request and response limit. Target: a
// constant number of syncs (validate 3, fill 2) plus one per byte-budget batch, every request and response ≤ 5 MB.
import { checkWorkbook } from "../../src/engine";
import { planFill } from "../../src/engine/fill";
import { WorkbookGrid } from "../../src/engine/grid";
import { ExcelHost } from "../../src/excel/host";
import { DEFAULT_BYTE_BUDGET } from "../../src/excel/read";
import { gridFromXlsx } from "../../src/xlsx/read";
import { FakeExcel, REAL_LIMITS } from "../excel/fake-excel";
import { specsOf } from "../excel/grid-specs";
import { consolidatedBuffer } from "../fixtures/consolidated";

/** A book of `departments` × 15 sheets with each department's 03 合计 基本支出 blank, so fill has work on every one. */
async function bookWithBlanks(departments: number): Promise<WorkbookGrid> {
  const grid = await gridFromXlsx(new Uint8Array(await consolidatedBuffer(departments)), "bench.xlsx");
  for (const sheet of grid.sheets.filter((s) => /-03/.test(s.name))) sheet.cells[6][3] = undefined; // D7
  return grid;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

interface Measured {
  validate: number;
  fill: number;
  filled: number;
  response: number;
  request: number;
}

async function measure(grid: WorkbookGrid, stray: boolean): Promise<Measured> {
  const fake = new FakeExcel(specsOf(grid));
  if (stray) fake.setCell(fake.sheets[0].name, "XFD1048576", "x");
  const host = new ExcelHost({ run: fake.run, supports: () => true, pause: async () => undefined });
  await host.restore();
  const before = fake.syncCount;
  const read = await host.readGrid();
  const validate = fake.syncCount - before;
  // The host's read only: the engine's own cost of a 1,048,576-row Grid is the engine's line, not this one.
  if (stray) return { validate, fill: 0, filled: 0, response: fake.largestResponse, request: fake.largestRequest };
  checkWorkbook(read);
  const edits = planFill(read).edits;
  await host.fill(edits);
  return { validate, fill: fake.syncCount - before - validate, filled: edits.length, response: fake.largestResponse, request: fake.largestRequest };
}

export async function benchOfficeHost(): Promise<string[]> {
  const lines = [
    "| sheets | validate: syncs | fill: syncs | cells filled | largest response | largest request |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  const results: { label: string; measured: Measured; batches: number }[] = [];
  for (const [departments, stray] of [[1, false], [1, true], [20, false], [40, false]] as const) {
    const grid = await bookWithBlanks(departments);
    const measured = await measure(grid, stray);
    const label = `${grid.sheets.length}${stray ? " (+ a value in XFD1048576)" : ""}`;
    // Cell syncs beyond the one: the read's byte-budget batches (estimated bytes over DEFAULT_BYTE_BUDGET).
    results.push({ label, measured, batches: measured.validate - 3 });
    const m = measured;
    const fill = stray ? "— | —" : `${m.fill} | ${m.filled}`;
    lines.push(`| ${label} | ${m.validate} | ${fill} | ${megabytes(m.response)} | ${megabytes(m.request)} |`);
  }
  const constant = [results[0], results[2]].every((r) => r.measured.validate === 3 && r.measured.fill === 2);
  const underLimit = results.every((r) => r.measured.response <= REAL_LIMITS.payloadBytes && r.measured.request <= REAL_LIMITS.payloadBytes);
  const stray = results[1].measured.response / results[0].measured.response;
  lines.push(
    `validate 3 and fill 2 syncs on 15 and 300 sheets: ${constant ? "✓" : "✗"}; ` +
      `600 sheets: ${results[3].batches} more byte-budget batch(es) of ≤ ${megabytes(DEFAULT_BYTE_BUDGET)} estimated; ` +
      `every request and response ≤ 5 MB: ${underLimit ? "✓" : "✗"}; ` +
      `the stray far cell (host read only): ${results[1].measured.validate} syncs, response × ${stray.toFixed(3)} ${stray < 1.1 ? "✓" : "✗"} (< 1.10)`
  );
  return lines;
}
