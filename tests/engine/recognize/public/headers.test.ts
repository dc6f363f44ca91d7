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

describe("header rows of the Shanghai layouts", () => {
  const merges08 = [
    { top: 1, left: 1, bottom: 1, right: 2 },
    { top: 1, left: 3, bottom: 2, right: 3 },
    { top: 1, left: 4, bottom: 2, right: 4 },
    { top: 1, left: 5, bottom: 1, right: 7 },
    { top: 1, left: 8, bottom: 2, right: 8 },
  ];
  const header08 = [
    ["项目", undefined, "年初结转和结余", "本年收入", "本年支出", undefined, undefined, "年末结转和结余"],
    ["功能分类科目编码", "科目名称"],
  ];
  const words = { start: new Set(["项目", "年初结转和结余", "本年收入", "本年支出", "合计", "基本支出", "项目支出", "年末结转和结余"]) };

  it("ends the header of an empty table at its 注： line", () => {
    const sheet = view([...header08, ["注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。"]], merges08 as never);
    const header = findHeader(sheet, 1, 3, words)!;
    expect(header).toMatchObject({ top: 1, bottom: 2, dataStart: 3 });
    expect(header.stacks.get(1)).toEqual(["项目", "功能分类科目编码"]);
  });

  it("reads 本年支出's sub-headers on the 合计 row's line, and that row as data", () => {
    const sheet = view([...header08, [undefined, "合计", 0, 5, "合计", "基本支出", "项目支出", 0]], merges08 as never);
    const header = findHeader(sheet, 1, 3, words)!;
    expect(header.dataStart).toBe(3);
    expect(header.stacks.get(6)).toEqual(["本年支出", "基本支出"]);
    expect(header.subHeadersInDataRow).toEqual({ row: 3, columns: [5, 6, 7] });
  });

  it("takes no sub-header from a data row whose cells under the group are figures", () => {
    const sheet = view([...header08, ["207", "文化旅游体育与传媒支出", 0, 5, 5, undefined, 5, 0]], merges08 as never);
    expect(findHeader(sheet, 1, 3, words)!.subHeadersInDataRow).toBeUndefined();
  });

  it("keeps a header cell called 说明 in the header", () => {
    const sheet = view([["项目", "金额", "说明"], ["说明", undefined, undefined], ["201", 5, "文字"]]);
    expect(findHeader(sheet, 1, 3, { start: new Set(["项目", "金额"]) })!.bottom).toBe(2);
  });

  it("names a column by the words above a 决算数 leaf", () => {
    const sheet = view([["项目", "本年收入合计", "财政拨款收入"], ["科目名称", "决算数", "决算数"], ["合计", 1, 1]]);
    const header = findHeader(sheet, 1, 3, { start: new Set(["项目"]) })!;
    const found = mapColumns(header, [columnSpec("total", "本年收入合计", []), columnSpec("fiscal", "财政拨款收入", [])]);
    expect([...found]).toEqual([
      ["total", 2],
      ["fiscal", 3],
    ]);
  });
});
