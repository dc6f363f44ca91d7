// `juesuan narrative`, `juesuan reference-template`, and fill of the narrative's XX placeholders through the CLI.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { SAMPLE_PATH } from "../fixtures/build-sample";
import { NARRATIVE, NARRATIVE_SHEET } from "../fixtures/sample-data";
import { runCli } from "./helpers";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "juesuan-narrative-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("juesuan narrative", () => {
  it("drafts the paragraphs with the sample's figures", async () => {
    const run = await runCli("narrative", SAMPLE_PATH);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("（一）收入总计 2259.73 万元");
    expect(run.stdout).toContain("基本支出 1672.09 万元，占支出总计的 74.00%");
    expect(run.stdout).toContain("人员经费 1374.42 万元");
  });
});

describe("juesuan reference-template", () => {
  it("adds a blank 参考数据 sheet to a new file and never writes over the input", async () => {
    const out = path.join(tmp, "参考.xlsx");
    const run = await runCli("reference-template", SAMPLE_PATH, "-o", out);
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("参考数据")!;
    expect(sheet).toBeDefined();
    expect(sheet.rowCount).toBeGreaterThan(5);
    const refused = await runCli("reference-template", SAMPLE_PATH, "-o", SAMPLE_PATH);
    expect(refused.code).toBe(2);
    // Two CLI runs (exceljs on the write) and an exceljs read: seconds on a shared, loaded machine.
  }, 30_000);
});

describe("fill of narrative placeholders", () => {
  it("restores the sample's figures where the paragraph says XX", async () => {
    const index = NARRATIVE.findIndex((p) => p.startsWith("1. 基本支出"));
    const original = NARRATIVE[index];
    const template = original.replace("1672.09", "XX").replace("74.00%", "XX%");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SAMPLE_PATH);
    const sheet = workbook.getWorksheet(NARRATIVE_SHEET)!;
    let address = "";
    sheet.eachRow((row) => row.eachCell((cell) => {
      if (cell.value === original) {
        cell.value = template;
        address = cell.address;
      }
    }));
    expect(address).not.toBe("");
    const input = path.join(tmp, "模板.xlsx");
    const output = path.join(tmp, "模板-已填写.xlsx");
    await workbook.xlsx.writeFile(input);
    const run = await runCli("fill", input, "-o", output, "--json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).filled).toEqual([{ sheet: NARRATIVE_SHEET, cell: address, value: original }]);
    const filled = new ExcelJS.Workbook();
    await filled.xlsx.readFile(output);
    expect(filled.getWorksheet(NARRATIVE_SHEET)!.getCell(address).value).toBe(original);
  });
});
