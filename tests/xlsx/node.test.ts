import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { Workbook } from "exceljs";
import { Decimal } from "../../src/engine/decimal";
import { CellEdit } from "../../src/engine/edits";
import { getCell } from "../../src/engine/grid";
import { readWorkbookFile, writeFilledCopy } from "../../src/xlsx/node";
import { WorkbookReadError } from "../../src/xlsx/read";
import { WorkbookWriteError } from "../../src/xlsx/write";

const FILL_TOTAL: CellEdit = {
  sheet: "支出决算表",
  cell: "C4",
  kind: "number",
  value: new Decimal("2259.73"),
  numFmt: "#,##0.00",
  shown: "2259.73",
};

let dir: string;
let input: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "juesuan-xlsx-"));
  const workbook = new Workbook();
  const ws = workbook.addWorksheet("支出决算表");
  ws.getCell("A4").value = "合计";
  ws.getCell("D4").value = 1672.09;
  ws.getCell("E4").value = 587.63;
  input = path.join(dir, "决算 2024.xlsx");
  await fs.writeFile(input, new Uint8Array(await workbook.xlsx.writeBuffer()));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a rejection");
}

describe("readWorkbookFile", () => {
  it("reads a workbook from disk and names it after the file", async () => {
    const grid = await readWorkbookFile(input);
    expect(grid.name).toBe("决算 2024.xlsx");
    expect(getCell(grid.sheets[0], 4, 4)?.value).toBe(1672.09);
  });

  it("says in Chinese that a missing file cannot be read", async () => {
    const missing = path.join(dir, "没有这个文件.xlsx");
    const error = await rejection(readWorkbookFile(missing));
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect(error.message).toBe(`无法读取文件 ${missing}：文件或文件夹不存在`);
    expect((error as WorkbookReadError).problem).toBe("unreadable-file");
  });

  it("says a folder is not a file", async () => {
    const error = await rejection(readWorkbookFile(dir));
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect(error.message).toBe(`无法读取文件 ${dir}：这是一个文件夹，不是文件`);
  });

  it("passes on the workbook's own problem for a file that is not a workbook", async () => {
    const csv = path.join(dir, "导出.xlsx");
    await fs.writeFile(csv, "科目编码,科目名称,合计\n201,一般公共服务支出,1704.43\n");
    const error = await rejection(readWorkbookFile(csv));
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect(error.message).toBe("文件不是有效的 Excel 工作簿（.xlsx）");
  });
});

describe("writeFilledCopy", () => {
  it("writes the filled copy, leaves the input as it was and no temporary file behind", async () => {
    const before = await fs.readFile(input);
    const output = path.join(dir, "out", "已填充.xlsx");
    await fs.mkdir(path.dirname(output), { recursive: true });
    await writeFilledCopy(input, output, [FILL_TOTAL]);

    expect((await fs.readFile(input)).equals(before)).toBe(true);
    expect(await fs.readdir(path.dirname(output))).toEqual(["已填充.xlsx"]);
    const grid = await readWorkbookFile(output);
    expect(getCell(grid.sheets[0], 4, 3)).toEqual({ value: 2259.73, numFmt: "#,##0.00" });
  });

  it("fills a macro-enabled workbook into an .xlsm, and refuses to call its copy .xlsx", async () => {
    const macroInput = path.join(dir, "宏.xlsm");
    await fs.copyFile(input, macroInput);
    const output = path.join(dir, "宏（已填写）.xlsm");
    await writeFilledCopy(macroInput, output, [FILL_TOTAL]);
    expect(getCell((await readWorkbookFile(output)).sheets[0], 4, 3)?.value).toBe(2259.73);
    const error = await rejection(writeFilledCopy(macroInput, path.join(dir, "宏.xlsx"), [FILL_TOTAL]));
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect(error.message).toBe("输入文件是 .xlsm 工作簿，输出文件也须以 .xlsm 结尾（否则 Excel 无法打开）");
  });

  it("replaces an existing output file", async () => {
    const output = path.join(dir, "旧的.xlsx");
    await fs.writeFile(output, "old");
    await writeFilledCopy(input, output, [FILL_TOTAL]);
    expect(getCell((await readWorkbookFile(output)).sheets[0], 4, 3)?.value).toBe(2259.73);
  });

  it("refuses to write over its input, however the path is spelled", async () => {
    const before = await fs.readFile(input);
    const spellings = [input, path.join(dir, ".", "out", "..", path.basename(input)), path.relative(process.cwd(), input)];
    for (const output of spellings) {
      const error = await rejection(writeFilledCopy(input, output, [FILL_TOTAL]));
      expect(error).toBeInstanceOf(WorkbookWriteError);
      expect(error.message).toBe(`不能覆盖输入文件 ${input}，请为输出文件另选一个文件名`);
    }
    expect((await fs.readFile(input)).equals(before)).toBe(true);
  });

  it("refuses a symbolic link or a hard link to its input", async () => {
    const symlink = path.join(dir, "链接.xlsx");
    const hardlink = path.join(dir, "硬链接.xlsx");
    await fs.symlink(input, symlink);
    await fs.link(input, hardlink);
    for (const output of [symlink, hardlink]) {
      expect((await rejection(writeFilledCopy(input, output, [FILL_TOTAL]))).message).toContain("不能覆盖输入文件");
    }
  });

  it("reports a folder that does not exist, in Chinese, and leaves nothing behind", async () => {
    const output = path.join(dir, "不存在的文件夹", "已填充.xlsx");
    const error = await rejection(writeFilledCopy(input, output, [FILL_TOTAL]));
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect(error.message).toBe(`无法写入文件 ${output}：文件或文件夹不存在`);
  });

  it("writes nothing when an edit is refused", async () => {
    const output = path.join(dir, "拒绝.xlsx");
    const overwrite: CellEdit = { ...FILL_TOTAL, cell: "D4" };
    const error = await rejection(writeFilledCopy(input, output, [overwrite]));
    expect(error.message).toContain("D4 已有内容");
    await expect(fs.access(output)).rejects.toThrow();
  });

  it("reports an input it cannot read", async () => {
    const error = await rejection(writeFilledCopy(path.join(dir, "无.xlsx"), path.join(dir, "出.xlsx"), []));
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect(error.message).toContain("无法读取文件");
  });
});
