// `npm run bench`: the speed figures of docs/benchmarks.md, measured on this machine (median of several runs).
//  (a) exceljs load alone vs the full check (read + recognise + rules) of the fixture and of a consolidated book
//      of 20 departments × 15 sheets, both as one run of a fresh process (the CLI) and in a running session (the
//      pane, warm) — target: check ≤ 1.3 × load;
//  (b) engine-only time at 1×, 10× and 100× the fixture's rows — target: 100× ≤ 120 × the 1× time;
//  (c) context.sync() calls of validate and fill through the Office host on 15, 300 and 600 sheets and with a stray
//      value in XFD1048576 — validate 3 and fill 2 plus one per byte-budget batch, every request and response ≤ 5 MB
//      (a counting fake of Excel with Excel on the web's limits);
//  (d) the task pane bundle, gzip — target ≤ 400 KB for what the first paint loads;
//  (e) the .xlsx reader alone vs an exceljs load — target ≤ 0.25 ×; a value in XFD1048576 — target < 1.10 × the plain read.
//  (f) PDF reports: read + rebuild + check, pages per second;
//  (g) recognising a very large sheet (03 with 60,000 ledger lines below its note);
//  (h) fill's plan with every derived cell blanked, on the sample and on the 300-sheet book.
// Timings are printed, not asserted: tests assert behaviour, benchmarks measure speed.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/engine";
import { SheetGrid, WorkbookGrid } from "../../src/engine/grid";
import { gridFromXlsx } from "../../src/xlsx/read";
import { SAMPLE_PATH } from "../fixtures/build-sample";
import { consolidatedBuffer } from "../fixtures/consolidated";
import { benchOfficeHost } from "./office-host";
import { benchBundle } from "./bundle";
import { benchXlsxRead } from "./xlsx-read";
import { benchPdf } from "./pdf";
import { recognizePublicTables } from "../../src/engine/recognize/public";
import { sheet03WithLedger } from "../engine/recognize/public/sample-sheets";
import { benchFill } from "./fill";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Rounds before timing in a running session: V8 compiles hot code over the first few runs of each. */
const WARM_UP = 3;
const ROOT = path.resolve(__dirname, "../..");

async function median(runs: number, action: () => Promise<unknown> | unknown): Promise<number> {
  await action(); // warm-up: JIT and caches, as a user's second click
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timed(action));
  return middle(times);
}

function middle(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function timed(action: () => Promise<unknown> | unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await action();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * In a running session (the task pane checks the same workbook again after each edit): load and check take turns,
 * round after round, so both meet the same machine (the same collector state, the same other load); the first
 * WARM_UP rounds are not timed.
 */
async function inSession(bytes: Uint8Array, label: string): Promise<{ load: number; check: number }> {
  const loads: number[] = [];
  const checks: number[] = [];
  for (let round = 0; round < WARM_UP + RUNS; round++) {
    const load = await timed(() => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer));
    const check = await timed(async () => checkWorkbook(await gridFromXlsx(bytes, label)));
    if (round >= WARM_UP) {
      loads.push(load);
      checks.push(check);
    }
  }
  return { load: middle(loads), check: middle(checks) };
}

/** The wall time of one Node process, start-up included. */
function processTime(args: string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  const time = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(" ")} failed: ${run.stderr}`);
  return time;
}

/**
 * One run, as a user runs `juesuan check` on a file: a fresh process for the whole command (start-up, reading,
 * checking, printing the report) against a fresh process that only loads the file with exceljs.
 */
function oneRun(file: string): { load: number; check: number } {
  const loadScript = `new (require("exceljs").Workbook)().xlsx.readFile(${JSON.stringify(file)})`;
  const loads: number[] = [];
  const checks: number[] = [];
  const runs = Math.max(3, Math.ceil(RUNS / 2));
  for (let round = 0; round < runs; round++) {
    loads.push(processTime(["-e", loadScript]));
    checks.push(processTime([path.join(ROOT, "bin/juesuan.js"), "check", file, "--json"]));
  }
  return { load: middle(loads), check: middle(checks) };
}

function ratioLine(label: string, how: string, times: { load: number; check: number }): string {
  const ratio = times.check / times.load;
  return `| ${label} | ${how} | ${ms(times.load)} | ${ms(times.check)} | ${ratio.toFixed(2)} | ${ratio <= 1.3 ? "✓" : "✗"} (≤ 1.30) |`;
}

async function loadVersusCheck(label: string, bytes: Uint8Array, file: string): Promise<string[]> {
  return [
    ratioLine(label, "one run (a fresh process, as `juesuan check`)", oneRun(file)),
    ratioLine(label, `in a session (taking turns, after ${WARM_UP} rounds)`, await inSession(bytes, label)),
  ];
}

/** The fixture's sheets `times` times over, each copy a department of its own (renamed sheets, own 部门 line). */
function scaledGrid(sample: WorkbookGrid, times: number): WorkbookGrid {
  const sheets: SheetGrid[] = [];
  for (let i = 0; i < times; i++) {
    for (const sheet of sample.sheets) {
      const cells = sheet.cells.map((row) =>
        row?.map((cell) =>
          cell && typeof cell.value === "string" && cell.value.startsWith("部门：") ? { ...cell, value: `部门：第${i + 1}局` } : cell
        )
      );
      sheets.push({ ...sheet, name: `D${i + 1}-${sheet.name}`, cells: cells as SheetGrid["cells"] });
    }
  }
  return { name: `×${times}`, sheets };
}

async function main(): Promise<void> {
  const lines: string[] = [];
  const say = (line = "") => {
    lines.push(line);
    process.stdout.write(line + "\n");
  };
  say(`Juesuan benchmarks — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, medians (session: ${RUNS} rounds; engine: ${RUNS} runs after one warm-up)`);
  say();
  say("(a) exceljs load vs full check (read + recognise + rules)");
  say("| workbook | how | exceljs load | check | check / load | target |");
  say("| --- | --- | --- | --- | --- | --- |");
  const sampleBytes = new Uint8Array(fs.readFileSync(SAMPLE_PATH));
  for (const line of await loadVersusCheck("sample.xlsx (15 sheets)", sampleBytes, SAMPLE_PATH)) say(line);
  const consolidatedBytes = new Uint8Array(await consolidatedBuffer(20));
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "juesuan-bench-"));
  try {
    const consolidatedPath = path.join(scratch, "consolidated.xlsx");
    fs.writeFileSync(consolidatedPath, consolidatedBytes);
    for (const line of await loadVersusCheck("consolidated 20 × 15 sheets", consolidatedBytes, consolidatedPath)) say(line);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  say();

  say("(b) engine only (recognise + rules on a Grid), by rows");
  say("| rows | sheets | time | per 1× | target |");
  say("| --- | --- | --- | --- | --- |");
  const sample = await gridFromXlsx(sampleBytes, "sample.xlsx");
  let base = 0;
  for (const times of [1, 10, 100]) {
    const grid = scaledGrid(sample, times);
    const time = await median(times === 100 ? Math.max(3, Math.floor(RUNS / 2)) : RUNS, () => checkWorkbook(grid));
    if (times === 1) base = time;
    const growth = time / base;
    const target = times === 100 ? `${growth <= 120 ? "✓" : "✗"} (≤ 120)` : "";
    say(`| ${times}× | ${grid.sheets.length} | ${ms(time)} | ${growth.toFixed(1)} | ${target} |`);
  }
  say();

  say("(c) context.sync() calls through the Office host (counting fake of Excel, with its 5 MB limit)");
  for (const line of await benchOfficeHost()) say(line);
  say();

  say("(d) task pane bundle");
  for (const line of await benchBundle()) say(line);
  say();

  say("(e) the .xlsx reader alone (by the format, fflate) vs an exceljs load; a stray value in XFD1048576");
  const readWorkbooks = [
    { label: "sample.xlsx (15 sheets)", bytes: sampleBytes },
    { label: "consolidated 20 × 15 sheets", bytes: consolidatedBytes },
  ];
  for (const line of await benchXlsxRead(readWorkbooks, RUNS)) say(line);
  say();

  say("(g) recognising a very large sheet: 03 with 60,000 ledger lines below its note");
  const { sheet: ledger } = sheet03WithLedger();
  const ledgerTime = await median(RUNS, () => recognizePublicTables({ name: "large.xlsx", sheets: [ledger] }));
  say(`| sheet | time | target |`);
  say(`| --- | --- | --- |`);
  say(`| 03 + 60,000 rows | ${ms(ledgerTime)} | < 3,000 ms |`);
  say();

  say("(h) fill: the plan of every edit, every derived cell blanked");
  const consolidatedGrid = await gridFromXlsx(consolidatedBytes, "consolidated.xlsx");
  const fillBooks = [
    { label: "sample.xlsx (15 sheets)", grid: sample },
    { label: `consolidated 20 × 15 sheets (${consolidatedGrid.sheets.length})`, grid: consolidatedGrid },
  ];
  for (const line of await benchFill(fillBooks, median, Math.max(3, Math.floor(RUNS / 2)))) say(line);

  say("(f) PDF reports (pdf.js legacy build in Node, no worker)");
  for (const line of await benchPdf(Math.max(3, Math.floor(RUNS / 2)))) say(line);

  if (process.argv.includes("--write")) {
    const doc = fs.readFileSync("docs/benchmarks.md", "utf8");
    const start = doc.indexOf("<!-- bench:start -->");
    const end = doc.indexOf("<!-- bench:end -->");
    if (start >= 0 && end > start) {
      fs.writeFileSync("docs/benchmarks.md", `${doc.slice(0, start)}<!-- bench:start -->\n${lines.join("\n")}\n${doc.slice(end)}`);
    }
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
