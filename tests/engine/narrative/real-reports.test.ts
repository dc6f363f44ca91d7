// Each real report's 情况说明 through the whole engine (its committed workbook, real recognisers, every rule):
// exactly the narrative findings written down by hand in the 情况说明 section of <id>.discrepancies.md, every
// figure with one outcome in `claims`, every number a figure or recognisably not one, one 信息 per unverifiable figure.
import { checkWorkbook } from "../../../src/engine";
import { narrativeAccount } from "../../../src/engine/narrative/accounting";
import { recognizeWorkbook } from "../../../src/engine/recognize";
import { REAL_IDS, realGrid } from "../../fixtures/real/fixtures";
import { asWritten, writtenNarrativeFindings } from "./real";

describe.each(REAL_IDS)("the 情况说明 of %s", (id) => {
  it("gives exactly the narrative findings written down by hand, and no other error, warning or 尾差", async () => {
    const result = checkWorkbook(await realGrid(id));
    const found = result.findings.filter((f) => f.table === "narrative" && f.severity !== "info").map(asWritten);
    const written = writtenNarrativeFindings(id);
    expect(written.length).toBeGreaterThan(0);
    const key = (f: ReturnType<typeof asWritten>) => `${f.cell} ${f.rule} ${f.severity} ${f.expected} ${f.actual}`;
    expect(found.map(key).sort()).toEqual(written.map(key).sort());
  });

  it("accounts for every figure: one claim each, in text order, and one 信息 for each unverifiable one", async () => {
    const grid = await realGrid(id);
    const result = checkWorkbook(grid);
    const claims = result.claims ?? [];
    const account = narrativeAccount(recognizeWorkbook(grid));
    expect(claims).toHaveLength(account.figures.length);
    expect(claims.length).toBeGreaterThan(50);
    for (const claim of claims) {
      expect(["agrees", "rounding", "error", "warning", "unverifiable"]).toContain(claim.outcome);
      if (claim.outcome === "unverifiable") {
        expect(claim.against).toEqual([]);
        expect(claim.reason).toBeTruthy();
      } else expect(claim.against.length).toBeGreaterThan(0);
    }
    const rows = claims.map((c) => Number(c.cell.slice(1)));
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    const infos = result.findings.filter((f) => f.rule === "narrative/unverifiable" && (f.messageId === "figure" || f.messageId === "figureReference"));
    expect(infos).toHaveLength(claims.filter((c) => c.outcome === "unverifiable").length);
    // An error in claims is an error in findings, at the same cell.
    for (const claim of claims.filter((c) => c.outcome === "error")) {
      expect(result.findings.some((f) => f.severity === "error" && f.table === "narrative" && f.cell === claim.cell)).toBe(true);
    }
  });

  it("reads every number of the narrative as a figure or as recognisably not one (year, date, list number, threshold)", async () => {
    const tables = recognizeWorkbook(await realGrid(id));
    const account = narrativeAccount(tables);
    const digits = tables.narrative!.paragraphs.reduce((n, p) => n + (p.text.replace(/[０-９]/g, "0").match(/\d+(?:[.,]\d+)*/g)?.length ?? 0), 0);
    expect(account.figures.length + account.others.length).toBe(digits);
    expect(account.others.filter((o) => o.why === "name")).toEqual([]);
  });
});
