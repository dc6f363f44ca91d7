import { sheetFromRows } from "../../../../src/engine/grid";
import { columnSpec, findHeader, isColumnNumberRow, mapColumns, suffixLength } from "../../../../src/engine/recognize/public/headers";
import { SheetView } from "../../../../src/engine/recognize/public/view";

const view = (rows: (string | number | undefined)[][], merges = []) => new SheetView(sheetFromRows("表", rows, { merges }));
const start = new Set(["项目", "合计", "基本支出", "项目支出"]);

describe("header rows", () => {
  it("finds the header, skips the 栏次 row and starts the data after it", () => {
    const sheet = view([
      ["国有资本经营预算财政拨款支出决算表"],
      ["金额单位：万元"],
      ["项目", undefined, "本年支出"],
      ["功能分类科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      ["栏次", undefined, 1, 2, 3],
      ["合计"],
    ]);
    const header = findHeader(sheet, 1, 6, { start })!;
    expect(header).toMatchObject({ top: 3, bottom: 4, dataStart: 6, left: 1, right: 5 });
    expect(header.stacks.get(3)).toEqual(["本年支出", "合计"]);
  });

  it("tells a 合计 column header from the 合计 row without merges or 栏次", () => {
    const sheet = view([["项目", undefined, "合计", "基本支出", "项目支出"], ["合计", undefined, undefined], ["201", "一般公共服务支出", 5, 5]]);
    expect(findHeader(sheet, 1, 3, { start })!.dataStart).toBe(2);
  });

  it("reads header words split over rows as one", () => {
    const sheet = view([["项目", "年初结转", "本年", "年末结转"], [undefined, "和结余", "支出合计", "和 结余"], ["合计", 1, 2, 3]]);
    const header = findHeader(sheet, 1, 3, { start })!;
    const found = mapColumns(header, [
      columnSpec("carryIn", "年初结转和结余", []),
      columnSpec("total", "本年支出合计", []),
      columnSpec("carryOut", "年末结转和结余", []),
    ]);
    expect([...found]).toEqual([
      ["carryIn", 2],
      ["total", 3],
      ["carryOut", 4],
    ]);
  });

  it("prefers the lowest header text: 基本支出 under 本年支出 is 基本支出", () => {
    expect(suffixLength(["本年支出", "基本支出"], new Set(["基本支出"]))).toBe(1);
    expect(suffixLength(["本年", "支出合计"], new Set(["本年支出合计"]))).toBe(2);
    expect(suffixLength(["本年支出", "基本支出"], new Set(["本年支出"]))).toBe(0);
  });

  it("recognises the 栏次 row with or without its word", () => {
    expect(isColumnNumberRow(view([["栏次", undefined, "1", "2"]]), 1)).toBe(true);
    expect(isColumnNumberRow(view([[undefined, undefined, 1, 2, 3]]), 1)).toBe(true);
    expect(isColumnNumberRow(view([[undefined, undefined, 2, 3]]), 1)).toBe(false);
    expect(isColumnNumberRow(view([["合计", undefined, 1, 2]]), 1)).toBe(false);
  });

  it("finds no header when none of its words is there", () => {
    expect(findHeader(view([["支出决算表"], ["甲", "乙"]]), 1, 2, { start })).toBeUndefined();
  });
});
