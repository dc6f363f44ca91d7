// The one write allowed over a non-empty cell: a narrative sentence whose placeholders become figures.
import ExcelJS from "exceljs";
import { applyEditsToXlsx, WorkbookWriteError } from "../../src/xlsx/write";

async function bookWith(text: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("情况说明").getCell("A2").value = text;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function cellAfter(bytes: Uint8Array): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook.getWorksheet("情况说明")!.getCell("A2").value;
}

const edit = (text: string) => ({ sheet: "情况说明", cell: "A2", kind: "text" as const, text, shown: text });

it("fills XX placeholders in a typed sentence", async () => {
  const out = await applyEditsToXlsx(await bookWith("收入总计 XX 万元，占 XX%。"), [edit("收入总计 2259.73 万元，占 100.00%。")]);
  expect(await cellAfter(out)).toBe("收入总计 2259.73 万元，占 100.00%。");
});

it("refuses a text edit that changes more than the placeholders", async () => {
  await expect(applyEditsToXlsx(await bookWith("收入总计 XX 万元。"), [edit("支出总计 2259.73 万元。")])).rejects.toBeInstanceOf(
    WorkbookWriteError
  );
  await expect(applyEditsToXlsx(await bookWith("收入总计 2259.73 万元。"), [edit("收入总计 2259.74 万元。")])).rejects.toThrow(
    "已有内容"
  );
});
