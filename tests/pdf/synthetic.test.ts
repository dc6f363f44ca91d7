// Synthetic PDFs drawn from the real-report workbooks (tests/fixtures/pdf/build-synthetic.ts) check with their
// workbooks' findings: cell borders, wrapped names, the two-sided 01/04/06, the one-row 07 under its two header
// levels, tables continued over pages (one split on purpose), one table drawn without lines.
import { readFileSync } from "fs";
import * as path from "path";
import { buildSynthetic, SYNTHETIC_PLANS, syntheticPath } from "../fixtures/pdf/build-synthetic";
import { runCli } from "../cli/helpers";
import { JsonFinding, runBuilt, statement } from "./helpers";

jest.setTimeout(120_000);

const REAL_DIR = path.join(__dirname, "..", "fixtures", "real");

describe.each(SYNTHETIC_PLANS.map((plan) => [plan.id, plan] as const))("the synthetic PDF of %s", (id, plan) => {
  it("is what the build script draws from the workbook (not stale), with the cases it is meant to hold", async () => {
    const { bytes, stats } = await buildSynthetic(plan);
    expect(Buffer.compare(Buffer.from(bytes), readFileSync(syntheticPath(id)))).toBe(0);
    expect(stats.wrappedCells).toBeGreaterThan(0);
    expect(stats.continued.length).toBeGreaterThan(0);
    for (const sheet of Object.keys(plan.splitAfter)) expect(stats.continued).toContain(sheet);
    expect(stats.unruled).toEqual(plan.unruled);
  });

  it("checks with the workbook's findings, cell for cell, and the same claims", async () => {
    const run = await runBuilt("check", syntheticPath(id), "--json");
    const pdf = JSON.parse(run.stdout);
    const xlsx = JSON.parse((await runCli("check", path.join(REAL_DIR, `${id}.xlsx`), "--json")).stdout);
    expect(pdf.tables.map((t: { kind: string }) => t.kind)).toEqual(xlsx.tables.map((t: { kind: string }) => t.kind));
    expect(pdf.findings.map(statement)).toEqual(xlsx.findings.map(statement));
    const claim = (c: { sheet: string; cell: string; text: string; outcome: string }) => `${c.sheet}!${c.cell} ${c.text} ${c.outcome}`;
    expect(pdf.claims.map(claim)).toEqual(xlsx.claims.map(claim));
    expect(pdf.findings.every((f: JsonFinding) => typeof f.page === "number" && f.box?.length === 4)).toBe(true);
    expect(run.code).toBe(xlsx.summary.error > 0 ? 1 : 0);
  });
});
