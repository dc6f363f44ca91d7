// `juesuan check` and `juesuan rules` as cli-contract.md fixes them: exit codes, the JSON object, one-line reasons.
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { SAMPLE_PATH } from "../fixtures/build-sample";
import { runCli } from "./helpers";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "juesuan-cli-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function writeBook(name: string, fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  const file = path.join(tmp, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe("juesuan check", () => {
  it("prints one JSON object with the contract's fields", async () => {
    const run = await runCli("check", SAMPLE_PATH, "--json");
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(["workbook", "tables", "findings", "summary", "claims"]);
    expect(report.workbook).toBe("sample.xlsx");
    expect(report.tables.map((t: { kind: string }) => t.kind)).toEqual(
      expect.arrayContaining(["01", "02", "03", "04", "05", "06", "07", "08", "09"])
    );
    for (const table of report.tables) expect(table.range).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual(
        expect.arrayContaining(["rule", "severity", "sheet", "cell", "related", "expected", "actual", "message"])
      );
      expect(["error", "warning", "rounding", "info"]).toContain(finding.severity);
      expect(finding.cell).toMatch(/^[A-Z]+\d+$/);
    }
    expect(Object.keys(report.summary)).toEqual(["error", "warning", "rounding", "info"]);
    const counted = report.findings.filter((f: { severity: string }) => f.severity === "rounding").length;
    expect(report.summary.rounding).toBe(counted);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(report.summary.error > 0 ? 1 : 0);
  });

  it("lists every figure of 情况说明 in `claims`, in text order, with its outcome and the cells it was checked with", async () => {
    const report = JSON.parse((await runCli("check", SAMPLE_PATH, "--json")).stdout);
    expect(report.claims.length).toBeGreaterThan(100);
    for (const claim of report.claims) {
      expect(Object.keys(claim)).toEqual(expect.arrayContaining(["sheet", "cell", "text", "quote", "outcome", "against"]));
      expect(["agrees", "rounding", "error", "warning", "unverifiable"]).toContain(claim.outcome);
      expect(claim.quote).toContain(claim.text);
      for (const cell of claim.against) expect(cell).toMatch(/^.+![A-Z]+\d+$/);
      if (claim.outcome === "unverifiable") expect(claim.against).toEqual([]);
    }
    const first = report.claims[0];
    expect(first).toMatchObject({ sheet: "情况说明", cell: "A2", outcome: "agrees" });
    expect(first.quote).toBe(`收入总计 ${first.text} 万元`);
    expect(first.against).toEqual([expect.stringMatching(/^01收入支出决算总表!C\d+$/)]);
    // The three sentences that need 年初预算数 are unverifiable until 参考数据 gives it.
    expect(report.claims.filter((c: { outcome: string; reason?: string }) => c.outcome === "unverifiable" && c.reason?.startsWith("缺少年初预算数")).length).toBeGreaterThanOrEqual(3);
  });

  it("says in the text report how much of 情况说明 was checked", async () => {
    const json = JSON.parse((await runCli("check", SAMPLE_PATH, "--json")).stdout);
    const total = json.claims.length;
    const unverifiable = json.claims.filter((c: { outcome: string }) => c.outcome === "unverifiable").length;
    const run = await runCli("check", SAMPLE_PATH);
    expect(run.stdout).toContain(`情况说明：共 ${total} 个数字，已核对 ${total - unverifiable} 个，无法核对 ${unverifiable} 个`);
  });

  it("prints a readable Chinese report grouped by table", async () => {
    const run = await runCli("check", SAMPLE_PATH);
    expect(run.stdout).toContain("■ 支出决算表（公开03表）");
    expect(run.stdout).toMatch(/\[尾差\] 03支出决算表!D\d+ {2}应为 1672\.10 {2}实为 1672\.09/);
    expect(run.stdout).toMatch(/合计：错误 \d+ · 提示 \d+ · 尾差 \d+ · 信息 \d+/);
  });

  it("exits 0 when no finding is an error", async () => {
    // Only the nine 公开 tables of the sample: their findings are all 尾差.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SAMPLE_PATH);
    for (const sheet of [...workbook.worksheets]) if (!/^0\d/.test(sheet.name)) workbook.removeWorksheet(sheet.id);
    const file = path.join(tmp, "public-only.xlsx");
    await workbook.xlsx.writeFile(file);
    const run = await runCli("check", file, "--json");
    expect(JSON.parse(run.stdout).summary.error).toBe(0);
    expect(run.code).toBe(0);
  });

  it("exits 1 when a finding is an error", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SAMPLE_PATH);
    const sheet = workbook.worksheets.find((s) => s.name.startsWith("03"))!;
    let changed = false;
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (!changed && cell.value === 1116.8) {
          cell.value = 1161.8;
          changed = true;
        }
      });
    });
    expect(changed).toBe(true);
    const file = path.join(tmp, "error.xlsx");
    await workbook.xlsx.writeFile(file);
    const run = await runCli("check", file, "--json");
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).summary.error).toBeGreaterThan(0);
  });

  it.each([
    ["a file that is not a workbook", async () => {
      const file = path.join(tmp, "notes.xlsx");
      fs.writeFileSync(file, "这不是工作簿");
      return file;
    }],
    ["an empty workbook", () => writeBook("empty.xlsx", () => undefined)],
    ["a workbook with no recognisable table", () => writeBook("ledger.xlsx", (wb) => {
      const sheet = wb.addWorksheet("流水账");
      sheet.addRow(["日期", "摘要", "金额"]);
      sheet.addRow(["1月1日", "办公用品", 12.5]);
    })],
    ["a missing file", async () => path.join(tmp, "nowhere.xlsx")],
  ])("exits 2 with a one-line reason for %s", async (_label, make) => {
    const file = await make();
    const run = await runCli("check", file, "--json");
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/^juesuan: .*[\u4e00-\u9fff]/);
    expect(run.stderr).not.toMatch(/at .*\.(js|ts):\d+/);
  });
});

describe("juesuan rules", () => {
  it("lists every rule with id, default class and title", async () => {
    const run = await runCli("rules");
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThan(30);
    expect(lines.some((l) => l.startsWith("sum/code-hierarchy\t"))).toBe(true);
    for (const line of lines) expect(line.split("\t")).toHaveLength(3);
  });
});

describe("the installed command", () => {
  it("runs through bin/juesuan.js with the same JSON and exit code", async () => {
    const bin = path.join(__dirname, "../../bin/juesuan.js");
    const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(process.execPath, [bin, "check", SAMPLE_PATH, "--json"], { maxBuffer: 10 * 1024 * 1024 }, (error, stdout) => {
        resolve({ code: error ? Number((error as NodeJS.ErrnoException & { code?: number }).code) : 0, stdout });
      });
    });
    const report = JSON.parse(result.stdout);
    expect(result.code).toBe(report.summary.error > 0 ? 1 : 0);
    expect(report.findings.length).toBeGreaterThan(0);
  });
});

describe("juesuan check with several workbooks", () => {
  it("reports each and prints one summary line per department", async () => {
    const { consolidatedBuffer } = await import("../fixtures/consolidated");
    const book = path.join(tmp, "汇总.xlsx");
    fs.writeFileSync(book, await consolidatedBuffer(2));
    const run = await runCli("check", book, SAMPLE_PATH);
    const summary = run.stdout.split("各部门汇总：")[1];
    const lines = summary.trim().split("\n").filter((l) => l.includes("部门 "));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^汇总\.xlsx · 部门 朝阳市第1局：错误 \d+ · 提示 \d+ · 尾差 \d+ · 信息 \d+$/);
    expect(lines[2]).toContain("sample.xlsx · 部门 中共辽宁省朝阳市委办公室");
    expect(run.code).toBe(1);
  });

  it("gives one JSON object holding every workbook, and exit 2 when one cannot be read", async () => {
    const broken = path.join(tmp, "坏.xlsx");
    fs.writeFileSync(broken, "not a workbook");
    const run = await runCli("check", SAMPLE_PATH, broken, "--json");
    const report = JSON.parse(run.stdout);
    expect(report.workbooks).toHaveLength(1);
    expect(report.workbooks[0].workbook).toBe("sample.xlsx");
    expect(report.summary.error).toBe(report.workbooks[0].summary.error);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.code).toBe(2);
  });
});
