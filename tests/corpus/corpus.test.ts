// `juesuan check --json` on the bad-input corpus (build-corpus.ts): the exit status the contract gives, one Chinese
// line on stderr for what cannot be read, and findings that always point at real cells.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { WorkbookGrid } from "../../src/engine/grid";
import { gridFromXlsx } from "../../src/xlsx/read";
import { runCli } from "../cli/helpers";
import { addressProblems, splitReference } from "./addresses";
import { CORPUS, CorpusFile, CorpusId, writeCorpus } from "./build-corpus";

interface JsonFinding {
  rule: string;
  severity: "error" | "warning" | "rounding" | "info";
  sheet: string;
  cell: string;
  related: string[];
  expected: string | null;
  actual: string | null;
  message: string;
}

interface JsonReport {
  workbook: string;
  tables: { kind: string; sheet: string; range: string }[];
  findings: JsonFinding[];
  summary: Record<JsonFinding["severity"], number>;
}

/**
 * Per-case time limits. Measured for the in-process `check --json` on this 2-core machine shared with other test
 * runs (load average 5–7): unreadable files under 0.03 s; the sample and its damaged copies 0.1–0.6 s; the
 * 10,000-row table 03 about 3.4 s (14 s before the 公开 rules' row lookups were indexed), and 7.9 s for its whole
 * readable-workbook test (JSON and text reports plus reading the used ranges). Times are not asserted: the
 * limits only stop a run that hangs.
 */
const TIME_LIMIT_MS: Partial<Record<CorpusId, number>> = { "long-03": 60_000 };
const DEFAULT_TIME_LIMIT_MS = 20_000;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "juesuan-corpus-"));
const files = new Map<CorpusId, CorpusFile>();
let sample: JsonReport;

beforeAll(async () => {
  for (const file of await writeCorpus(tmp)) files.set(file.id, file);
  const run = await runCli("check", files.get("sample")!.path, "--json");
  sample = JSON.parse(run.stdout);
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function checkJson(file: CorpusFile): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const run = await runCli("check", file.path, "--json");
  return { code: run.code, report: JSON.parse(run.stdout), stderr: run.stderr };
}

/** A finding as compared across workbooks: everything the JSON says about it. */
const whole = (f: JsonFinding) => JSON.stringify([f.rule, f.severity, f.sheet, f.cell, f.related, f.expected, f.actual, f.message]);

/** The sheets a finding touches: its own and those of its related cells. */
function sheetsOf(finding: JsonFinding): string[] {
  return [finding.sheet, ...finding.related.map((r) => splitReference(r, finding.sheet)[0])];
}

const unreadable = CORPUS.filter((c) => !c.readable);
const readable = CORPUS.filter((c) => c.readable);

describe("unreadable files and workbooks without a table: exit 2, one Chinese line on stderr, nothing on stdout", () => {
  it.each(unreadable.map((c) => [c.title, c.id] as const))("%s", async (_title, id) => {
    const file = files.get(id)!;
    for (const args of [["--json"], []]) {
      const run = await runCli("check", file.path, ...args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/^juesuan: [^\n]*[\u4e00-\u9fff][^\n]*\n$/);
      expect(run.stderr).toMatch(file.reason!);
      expect(run.stderr).not.toMatch(/内部错误|Error|    at /);
    }
  });
});

describe("readable workbooks: exit 0 or 1 as the summary says, every finding at a cell of the workbook", () => {
  for (const corpusCase of readable) {
    it(
      corpusCase.title,
      async () => {
        const file = files.get(corpusCase.id)!;
        const { code, report, stderr } = await checkJson(file);
        expect(stderr).toBe("");
        expect(code).toBe(report.summary.error > 0 ? 1 : 0);
        expect(report.tables.length).toBeGreaterThan(0);
        const counted = { error: 0, warning: 0, rounding: 0, info: 0 };
        for (const finding of report.findings) counted[finding.severity]++;
        expect(report.summary).toEqual(counted);
        const grid: WorkbookGrid = await gridFromXlsx(fs.readFileSync(file.path), file.fileName);
        expect(addressProblems(report.findings, grid)).toEqual([]);

        // The readable report (without --json) ends the same way.
        const text = await runCli("check", file.path);
        expect(text.code).toBe(code);
        expect(text.stderr).toBe("");
        expect(text.stdout.length).toBeGreaterThan(0);
      },
      TIME_LIMIT_MS[corpusCase.id] ?? DEFAULT_TIME_LIMIT_MS
    );
  }
});

describe("what each damaged workbook must still show", () => {
  it.each(CORPUS.filter((c) => c.sameFindingsAsSample).map((c) => [c.title, c.id] as const))(
    "%s: the sample's tables and findings, exactly",
    async (_title, id) => {
      const { report } = await checkJson(files.get(id)!);
      expect(report.tables).toEqual(sample.tables);
      expect(report.findings.map(whole)).toEqual(sample.findings.map(whole));
    },
    DEFAULT_TIME_LIMIT_MS
  );

  it.each((["error-values", "text-and-dates", "formulas-without-results"] as const).map((id) => [id] as const))(
    "%s: an input/invalid-figure error at exactly the damaged cells; the other tables' findings as in the sample",
    async (id) => {
      const file = files.get(id)!;
      const { report } = await checkJson(file);
      const invalid = report.findings.filter((f) => f.rule === "input/invalid-figure");
      expect(invalid.every((f) => f.severity === "error")).toBe(true);
      expect(invalid.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual([...file.invalidCells!].sort());
      expect(file.invalidCells!.length).toBeGreaterThan(0);

      const changed = new Set(file.changedSheets);
      const untouched = sample.findings.filter((f) => !sheetsOf(f).some((sheet) => changed.has(sheet)));
      expect(untouched.length).toBeGreaterThan(10);
      const now = new Set(report.findings.map(whole));
      expect(untouched.map(whole).filter((f) => !now.has(f))).toEqual([]);
    },
    DEFAULT_TIME_LIMIT_MS
  );

  it("merged figures: says at each merge that it is read from its top-left cell", async () => {
    const file = files.get("merged-figures")!;
    const { report } = await checkJson(file);
    for (const cell of file.notedCells!) {
      const notes = report.findings.filter((f) => `${f.sheet}!${f.cell}` === cell && f.message.includes("合并单元格"));
      expect(notes).toHaveLength(1);
    }
  });

  it("a table repeated on two sheets: both recognised, the first one checked as the sample's", async () => {
    const { report } = await checkJson(files.get("repeated-table")!);
    const sheets03 = report.tables.filter((t) => t.kind === "03").map((t) => t.sheet);
    expect(sheets03).toHaveLength(2);
    const original = sample.tables.find((t) => t.kind === "03")!.sheet;
    expect(sheets03[0]).toBe(original);
    const onOriginal = (r: JsonReport) => r.findings.filter((f) => f.sheet === original).map(whole);
    expect(onOriginal(report)).toEqual(onOriginal(sample));
  });

  it(
    "a 10,000-row table 03 that adds up: no error, no 尾差, no warning of its own (only the eight other tables missing)",
    async () => {
      const { code, report } = await checkJson(files.get("long-03")!);
      // A disclosure must hold all nine tables: the eight this book lacks are errors, so the exit status is 1.
      expect(code).toBe(1);
      expect(report.tables).toHaveLength(1);
      expect(report.tables[0].kind).toBe("03");
      // 合计 on row 7, 10,005 coded rows below it.
      expect(report.tables[0].range).toMatch(/:[A-Z]+(1001[2-9]|10020)$/);
      expect(report.summary).toMatchObject({ error: 8, warning: 0, rounding: 0 });
      expect(report.findings.every((f) => f.rule === "table/missing")).toBe(true);
    },
    TIME_LIMIT_MS["long-03"]
  );

  it("every derived cell blank: no error or warning beyond the sample's own, the blanks are offers to fill", async () => {
    const { report } = await checkJson(files.get("derived-blank")!);
    const { report: sample } = await checkJson(files.get("sample")!);
    const serious = (r: typeof report) =>
      r.findings.filter((f) => f.severity === "error" || f.severity === "warning").map((f) => `${f.rule} ${f.sheet} ${f.cell}`).sort();
    // The sample's own: the 招商引资 sheet's 分值 sum, unit 2's two warnings, the narrative's zero-base rate. Its
    // 小计 error is gone: the 小计 cell is blank now and offered to fill with Σ 得分.
    const remaining = serious(sample).filter((f) => !f.startsWith("perf/subtotal"));
    expect(serious(report)).toEqual(remaining);
    expect(report.findings.filter((f) => f.severity === "info" && f.expected !== null).length).toBeGreaterThan(150);
  });
});
