// `--previous 上年.xlsx` and `--budget 本年预算.xlsx` on check, fill, narrative and reference-template.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { recognizeWorkbook } from "../../src/engine/recognize";
import { findRow } from "../../src/engine/tables";
import { gridFromXlsx } from "../../src/xlsx/read";
import { SAMPLE_PATH } from "../fixtures/build-sample";
import { BUDGET_PATH, PREVIOUS_DIR, PREVIOUS_PATH } from "../fixtures/previous/build-previous";
import { NARRATIVE, NARRATIVE_SHEET } from "../fixtures/sample-data";
import { runCli } from "./helpers";

// Each test reads two or three workbooks and some write one: more than jest's 5 s on a loaded machine.
jest.setTimeout(30_000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "juesuan-previous-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface JsonFinding {
  rule: string;
  severity: string;
  related: string[];
  message: string;
}

describe("juesuan check --previous --budget", () => {
  it("checks every line that asked for 上年决算数 or 年初预算数", async () => {
    const bare = await runCli("check", SAMPLE_PATH);
    expect(bare.stdout).toContain("缺少上年决算数");
    expect(bare.stdout).toContain("缺少年初预算数");
    const run = await runCli("check", SAMPLE_PATH, "--previous", PREVIOUS_PATH, "--budget", BUDGET_PATH);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1); // the sample's two 绩效 errors, as without
    expect(run.stdout).not.toContain("缺少上年决算数");
    expect(run.stdout).not.toContain("缺少年初预算数");
  });

  it("names last year's cells as 上年:Sheet!A1 in the JSON's related", async () => {
    const run = await runCli("check", SAMPLE_PATH, "--json", "--previous", path.join(PREVIOUS_DIR, "previous-2023-carry-01.xlsx"));
    const findings: JsonFinding[] = JSON.parse(run.stdout).findings;
    const carry = findings.find((f) => f.rule === "previous/t01-carry-in")!;
    expect(carry.severity).toBe("error");
    expect(carry.related).toEqual([expect.stringMatching(/^上年:.+!F\d+$/)]);
  });

  it("without them gives what it gave before: a companion that does not fit adds its one 提示 and nothing else", async () => {
    const bare = JSON.parse((await runCli("check", SAMPLE_PATH, "--json")).stdout);
    const wrongYear = JSON.parse((await runCli("check", SAMPLE_PATH, "--json", "--previous", path.join(PREVIOUS_DIR, "previous-2022-year.xlsx"))).stdout);
    const rest = wrongYear.findings.filter((f: JsonFinding) => f.rule !== "previous/workbook-fit");
    expect(JSON.stringify(rest)).toBe(JSON.stringify(bare.findings));
  });

  it("exits 2 with one line when the previous workbook cannot be read", async () => {
    const run = await runCli("check", SAMPLE_PATH, "--previous", path.join(tmp, "没有.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    const missingValue = await runCli("check", SAMPLE_PATH, "--previous");
    expect(missingValue.code).toBe(2);
  });
});

describe("juesuan fill --previous", () => {
  it("fills a 与上年相比 sentence's XX from last year's workbook", async () => {
    const original = NARRATIVE.find((p) => p.includes("比上年减少 0.93 万元"))!;
    const template = original.replace("减少 0.93 万元", "减少 XX 万元").replace("降低 1.61%", "降低 XX%");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SAMPLE_PATH);
    let address = "";
    workbook.getWorksheet(NARRATIVE_SHEET)!.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === original) {
          cell.value = template;
          address = cell.address;
        }
      })
    );
    const input = path.join(tmp, "模板.xlsx");
    await workbook.xlsx.writeFile(input);
    const without = JSON.parse((await runCli("fill", input, "-o", path.join(tmp, "a.xlsx"), "--json")).stdout).filled;
    expect(without).toEqual([]);
    const run = await runCli("fill", input, "-o", path.join(tmp, "b.xlsx"), "--json", "--previous", PREVIOUS_PATH);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).filled).toEqual([{ sheet: NARRATIVE_SHEET, cell: address, value: original }]);
  });
});

describe("juesuan narrative --previous --budget", () => {
  it("drafts the 与上年相比 and 完成年初预算 figures the sample prints, instead of XX", async () => {
    const bare = await runCli("narrative", SAMPLE_PATH);
    const run = await runCli("narrative", SAMPLE_PATH, "--previous", PREVIOUS_PATH, "--budget", BUDGET_PATH);
    expect(run.code).toBe(0);
    // The sample's own sentence, up to 主要原因 (the reason stays XX in a draft).
    const income = NARRATIVE.find((p) => p.startsWith("与上年相比，今年收入总计"))!.split("，主要原因")[0];
    expect(bare.stdout).not.toContain(income);
    expect(run.stdout).toContain(income);
    const administration = /完成年初预算的 [\d.]+%/.exec(NARRATIVE.find((p) => p.includes("行政运行（项）"))!)![0];
    expect(run.stdout).toContain(administration);
  });
});

describe("juesuan reference-template --previous --budget", () => {
  it("writes last year's and the budget's figures into the rows they answer, leaving the rest blank", async () => {
    const out = path.join(tmp, "参考.xlsx");
    const run = await runCli("reference-template", SAMPLE_PATH, "-o", out, "--previous", PREVIOUS_PATH, "--budget", BUDGET_PATH);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/项已从上年决算、本年预算工作簿填入/);
    const sheet = (await gridFromXlsx(fs.readFileSync(out), "参考.xlsx")).sheets.find((s) => s.name === "参考数据")!;
    const rowOf = (item: string) => sheet.cells.find((r) => r?.[0]?.value === item)!;
    const previous = recognizeWorkbook(await gridFromXlsx(fs.readFileSync(PREVIOUS_PATH), "上年.xlsx"));
    const grand = findRow(previous.public["01"]!, "in.grand")!.cells.amount!.amount!.value.toNumber();
    expect(rowOf("收入总计")[2]?.value).toBe(grand);
    expect(rowOf("机关运行经费")[4]?.value ?? null).toBeNull();
    // Read back, it checks as the two workbooks do.
    const check = await runCli("check", out);
    expect(check.stdout).not.toContain("缺少上年决算数");
    expect(check.stdout).not.toContain("缺少年初预算数");
  });
});
