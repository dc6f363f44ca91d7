// exceljs is loaded on first use (src/xlsx/exceljs.ts): check and fill run without it.
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ValueType } from "exceljs";
import { loadExcelJS } from "../../src/xlsx/exceljs";
import { CELL_TYPE } from "./exceljs-grid";
import { SAMPLE_PATH } from "../fixtures/build-sample";

describe("exceljs on demand", () => {
  it("names exceljs's cell types by the numbers of its ValueType enum", () => {
    for (const [name, value] of Object.entries(CELL_TYPE)) {
      expect([name, ValueType[name as keyof typeof ValueType]]).toEqual([name, value]);
    }
  });

  it("loads the module once, on the first call", async () => {
    const first = await loadExcelJS();
    expect(typeof first.Workbook).toBe("function");
    expect(await loadExcelJS()).toBe(first);
  });

  it("`juesuan check` and `fill` of the sample never load exceljs; `reference-template`, which writes a new sheet, does", async () => {
    // A child process through the built command, so the answer is not blurred by what this test file loaded.
    const loadsExceljs = (argv: string[]) =>
      new Promise<string>((resolve, reject) => {
        const script =
          `const cli = require(${JSON.stringify(path.join(__dirname, "../../dist/cli/main"))});` +
          `cli.main(${JSON.stringify(argv)}, { out() {}, err() {} }).then(() => ` +
          `process.stdout.write(String(Object.keys(require.cache).some((k) => k.includes("node_modules/exceljs/")))));`;
        execFile(process.execPath, ["-e", script], (error, stdout, stderr) => (error ? reject(new Error(stderr)) : resolve(stdout)));
      });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "juesuan-exceljs-"));
    try {
      expect(await loadsExceljs(["check", SAMPLE_PATH])).toBe("false");
      expect(await loadsExceljs(["fill", SAMPLE_PATH, "-o", path.join(dir, "filled.xlsx")])).toBe("false");
      expect(await loadsExceljs(["reference-template", SAMPLE_PATH, "-o", path.join(dir, "template.xlsx")])).toBe("true");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
