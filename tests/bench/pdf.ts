// (e) PDF reports: pdf.js reading every page (text and operator list), then the rebuild and the full check, in
// pages per second (median of runs after one warm-up).
import * as fs from "fs";
import * as path from "path";
import { checkWorkbook } from "../../src/engine";
import { gridFromPdf } from "../../src/pdf";

const PDF_DIR = path.join(__dirname, "..", "fixtures", "pdf");
const FILES = ["2024-putuo-shehuigongzuobu.pdf", "2025-putuo-wenlvju.synthetic.pdf"];

async function medianMs(runs: number, action: () => Promise<unknown>): Promise<number> {
  await action();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await action();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

export async function benchPdf(runs: number): Promise<string[]> {
  const lines = ["| PDF | pages | read + rebuild + check | pages / second |", "| --- | --- | --- | --- |"];
  for (const file of FILES) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(PDF_DIR, file)));
    let pages = 0;
    const time = await medianMs(runs, async () => {
      const pdf = await gridFromPdf(bytes, file);
      pages = pdf.pageCount;
      checkWorkbook(pdf.grid);
    });
    lines.push(`| ${file} | ${pages} | ${time.toFixed(1)} ms | ${((pages * 1000) / time).toFixed(1)} |`);
  }
  return lines;
}
