// The published 社会工作部 PDF checked directly gives the findings of the workbook fixture built from its text:
// the same rules, severities, figures and cells, every finding placed on its page.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../cli/helpers";
import { JsonFinding, PDF_DIR, runBuilt, statement } from "./helpers";

const PDF = path.join(PDF_DIR, "2024-putuo-shehuigongzuobu.pdf");
const XLSX = path.join(__dirname, "..", "fixtures", "real", "2024-putuo-shehuigongzuobu.xlsx");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "juesuan-pdf-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

jest.setTimeout(60_000);

let fromPdf: { tables: { kind: string; sheet: string }[]; findings: JsonFinding[]; summary: Record<string, number>; claims: { sheet: string; cell: string; text: string; outcome: string }[] };
let fromXlsx: typeof fromPdf;
let pdfCode: number;

beforeAll(async () => {
  const run = await runBuilt("check", PDF, "--json");
  pdfCode = run.code;
  fromPdf = JSON.parse(run.stdout);
  fromXlsx = JSON.parse((await runCli("check", XLSX, "--json")).stdout);
});

/**
 * A whole-report finding (report/*: a table's leftover template note) is about a text line, and the rebuilt grid of an
 * empty table keeps the PDF's own rows (the note sits lower than in the workbook typed from the text): compared
 * without its cell. Every figure's finding is compared cell for cell.
 */
const isTextFinding = (f: JsonFinding) => f.rule.startsWith("report/");
const comparable = (f: JsonFinding) => (isTextFinding(f) ? statement({ ...f, cell: "" }) : statement(f));

describe("juesuan check on the 社会工作部 PDF", () => {
  it("recognises the nine tables and 情况说明, on sheets named by the tables' titles", () => {
    expect(fromPdf.tables.map((t) => `${t.kind}:${t.sheet}`)).toEqual(fromXlsx.tables.map((t) => `${t.kind}:${t.sheet}`));
  });

  it("gives the workbook fixture's findings, cell for cell, and no error", () => {
    expect(fromPdf.findings.map(comparable)).toEqual(fromXlsx.findings.map(comparable));
    expect(fromPdf.summary).toEqual(fromXlsx.summary);
    expect(fromPdf.summary.error).toBe(0);
    expect(pdfCode).toBe(0);
  });

  it("reads 情况说明's figures as the workbook does: the same claims with the same outcomes", () => {
    const claim = (c: { sheet: string; cell: string; text: string; outcome: string }) => `${c.sheet}!${c.cell} ${c.text} ${c.outcome}`;
    expect(fromPdf.claims.map(claim)).toEqual(fromXlsx.claims.map(claim));
  });

  it("puts every finding on its page, with the figure's rectangle in PDF points", () => {
    for (const finding of fromPdf.findings) {
      expect(finding.page).toBeGreaterThanOrEqual(1);
      expect(finding.page).toBeLessThanOrEqual(24);
      const [x0, y0, x1, y1] = finding.box!;
      expect(x1).toBeGreaterThan(x0);
      expect(y1).toBeGreaterThan(y0);
      expect(x0).toBeGreaterThanOrEqual(0);
      expect(x1).toBeLessThanOrEqual(842);
    }
    // Table findings sit on the tables' pages (5–16), the narrative's on 情况说明's (17–22).
    for (const finding of fromPdf.findings) {
      if (finding.sheet === "情况说明") expect(finding.page).toBeGreaterThanOrEqual(17);
      else expect(finding.page).toBeLessThanOrEqual(16);
    }
  });

  it("checks a PDF beside a workbook in one run", async () => {
    const run = await runBuilt("check", PDF, XLSX, "--json");
    const report = JSON.parse(run.stdout);
    expect(report.workbooks.map((w: { workbook: string }) => w.workbook)).toEqual(["2024-putuo-shehuigongzuobu.pdf", "2024-putuo-shehuigongzuobu.xlsx"]);
    expect(report.workbooks[0].findings.every((f: JsonFinding) => f.page !== undefined)).toBe(true);
    expect(report.workbooks[1].findings.some((f: JsonFinding) => f.page !== undefined)).toBe(false);
    expect(run.code).toBe(0);
  });

  it("prints the readable report for a PDF as for a workbook, each finding with its page", async () => {
    const run = await runBuilt("check", PDF);
    const xlsx = await runCli("check", XLSX);
    const pages = run.stdout.match(/（第 \d+ 页）/g) ?? [];
    expect(pages).toHaveLength(fromPdf.findings.length);
    expect(pages).toEqual(fromPdf.findings.map((f) => `（第 ${f.page} 页）`));
    let withoutPages = run.stdout.replace(/（第 \d+ 页）/g, "");
    // The text findings' cells as the workbook has them (see isTextFinding); the findings come in the same order.
    fromPdf.findings.forEach((finding, index) => {
      if (isTextFinding(finding)) withoutPages = withoutPages.replace(`${finding.sheet}!${finding.cell} `, `${finding.sheet}!${fromXlsx.findings[index].cell} `);
    });
    expect(withoutPages.split("\n").slice(1)).toEqual(xlsx.stdout.split("\n").slice(1));
  });
});

describe("juesuan pdf-to-xlsx", () => {
  it("writes the rebuilt grid as a workbook that checks with the PDF's findings", async () => {
    const output = path.join(tmp, "rebuilt.xlsx");
    const run = await runBuilt("pdf-to-xlsx", PDF, "-o", output);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(output);
    const rebuilt = JSON.parse((await runCli("check", output, "--json")).stdout);
    const strip = (f: JsonFinding) => statement(f);
    expect(rebuilt.findings.map(strip)).toEqual(fromPdf.findings.map(strip));
  });

  it("needs a PDF and an output file", async () => {
    expect((await runBuilt("pdf-to-xlsx", PDF)).stderr).toContain("-o");
    expect((await runBuilt("pdf-to-xlsx", XLSX, "-o", path.join(tmp, "x.xlsx"))).stderr).toContain("需要一个 PDF 文件");
  });
});
