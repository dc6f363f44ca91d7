import { sheetFromRows } from "../../../../src/engine/grid";
import { LabelReader } from "../../../../src/engine/recognize/public/labels";
import { SheetView } from "../../../../src/engine/recognize/public/view";

describe("row labels", () => {
  function read(rows: (string | number | undefined)[][], layout: ConstructorParameters<typeof LabelReader>[1]) {
    const reader = new LabelReader(new SheetView(sheetFromRows("表", rows)), layout);
    return rows.map((_, i) => reader.read(i + 1));
  }

  it("reads a code and a name in one cell or two, as text or number", () => {
    const labels = read([["201 一般公共服务支出"], ["2013101行政运行"], [2080505, "机关事业单位基本养老保险缴费"], ["合 计"]], { columns: [1, 2] });
    expect(labels.map((l) => [l.code, l.name, l.isTotal])).toEqual([
      ["201", "一般公共服务支出", false],
      ["2013101", "行政运行", false],
      ["2080505", "机关事业单位基本养老保险缴费", false],
      [undefined, "合 计", true],
    ]);
  });

  it("joins 类 | 款 | 项 and pads numbers stored without their leading zero", () => {
    const labels = read(
      [
        ["类", "款", "项", "合计"],
        [201, undefined, undefined, "一般公共服务支出"],
        [201, 31, undefined, "党委办公厅（室）及相关机构事务"],
        [201, 31, 1, "行政运行"],
      ],
      { columns: [1, 2, 3, 4], split: { parts: [1, 2, 3] } }
    );
    expect(labels.map((l) => [l.code, l.name, l.isTotal])).toEqual([
      [undefined, "合计", true],
      ["201", "一般公共服务支出", false],
      ["20131", "党委办公厅（室）及相关机构事务", false],
      ["2013101", "行政运行", false],
    ]);
  });

  it("carries the upper parts down when only the lowest part is printed", () => {
    const labels = read(
      [
        ["208", undefined, undefined, "社会保障和就业支出"],
        [undefined, "05", undefined, "行政事业单位养老支出"],
        [undefined, undefined, "01", "行政单位离退休"],
        [undefined, undefined, "05", "机关事业单位基本养老保险缴费"],
        [undefined, "08", undefined, "抚恤"],
        [undefined, undefined, "01", "死亡抚恤"],
      ],
      { columns: [1, 2, 3, 4], split: { parts: [1, 2, 3] } }
    );
    expect(labels.map((l) => l.code)).toEqual(["208", "20805", "2080501", "2080505", "20808", "2080801"]);
  });

  it("joins a split code typed into unlabelled columns", () => {
    const labels = read([["201", "31", "01", "行政运行"]], { columns: [1, 2, 3, 4] });
    expect(labels[0].code).toBe("2013101");
  });

  it("tells an empty label from one it cannot read", () => {
    const labels = read([[undefined, undefined], ["2O1", "一般公共服务支出"]], { columns: [1, 2] });
    expect(labels[0].empty).toBe(true);
    expect(labels[1]).toMatchObject({ code: undefined, empty: false, raw: "2O1 一般公共服务支出" });
  });
});
