import { writeReferenceSheet } from "../../src/excel/reference-sheet";
import { FakeExcel } from "./fake-excel";
import { table03Sheet } from "./sample-sheets";

const ROWS = [
  { item: "收入总计", values: { 上年决算数: "2440.50" }, needed: ["上年决算数" as const] },
  { item: "行政运行", code: "2013101", values: {}, needed: ["年初预算数" as const] },
];

describe("writeReferenceSheet", () => {
  it("adds 参考数据 with the figures given and the missing ones shaded", async () => {
    const fake = new FakeExcel([table03Sheet()]);
    const name = await fake.run((context) => writeReferenceSheet(context, ROWS));
    expect(name).toBe("参考数据");
    expect(fake.activeSheet).toBe("参考数据");
    const cell = (address: string) => fake.cell("参考数据", address);
    expect(["A3", "B3", "C3", "D3", "E3"].map((a) => cell(a)?.value)).toEqual(["项目", "科目编码", "上年决算数", "年初预算数", "本年决算数"]);
    expect([cell("A4")?.value, cell("C4")?.value]).toEqual(["收入总计", 2440.5]);
    expect(cell("C4")?.fill.pattern).not.toBe("Solid");
    expect([cell("A5")?.value, cell("B5")?.value, cell("D5")?.value]).toEqual(["行政运行", "2013101", ""]);
    expect(cell("D5")?.fill).toMatchObject({ color: "#FFF2CC", pattern: "Solid" });
  });

  it("never writes over an existing 参考数据 sheet", async () => {
    const fake = new FakeExcel([table03Sheet()]);
    await fake.run((context) => writeReferenceSheet(context, ROWS));
    await expect(fake.run((context) => writeReferenceSheet(context, ROWS))).rejects.toThrow("已有“参考数据”表");
  });
});
