// Alternates an exceljs load and a full check of the consolidated book in one process (as bench (a) inSession) and
// prints the median ratio; `ROUNDS=20 npx ts-node --transpile-only tests/bench/session-ratio.ts`.
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/engine";
import { gridFromXlsx } from "../../src/xlsx/read";
import { consolidatedBuffer } from "../fixtures/consolidated";

const ROUNDS = Number(process.env.ROUNDS ?? 17);
const WARM_UP = 3;
const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await action();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function main(): Promise<void> {
  const bytes = new Uint8Array(await consolidatedBuffer(20));
  const loads: number[] = [];
  const checks: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < WARM_UP + ROUNDS; round++) {
    const load = await timed(() => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer));
    const check = await timed(async () => checkWorkbook(await gridFromXlsx(bytes, "c.xlsx")));
    if (round < WARM_UP) continue;
    loads.push(load);
    checks.push(check);
    ratios.push(check / load);
  }
  const load = middle(loads);
  const check = middle(checks);
  console.log(`load ${load.toFixed(1)} check ${check.toFixed(1)} ratio(medians) ${(check / load).toFixed(3)} median ratio ${middle(ratios).toFixed(3)}`);
}
main();
