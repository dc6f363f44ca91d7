import { sheetFromRows } from "../../../../src/engine/grid";
import { locateTables, markerKind, titleKind } from "../../../../src/engine/recognize/public/locate";
import { SheetView } from "../../../../src/engine/recognize/public/view";

describe("titles and markers", () => {
  it.each([
    ["收入支出决算总表", "01"],
    ["收入决算表", "02"],
    ["支出决算表", "03"],
    ["财政拨款收入支出决算总表", "04"],
    ["一般公共预算财政拨款支出决算表", "05"],
    ["一般公共预算财政拨款基本支出决算表", "06"],
    ["财政拨款“三公”经费支出决算表", "07"],
    ["财政拨款\"三公\"经费支出决算表", "07"],
    ["政府性基金预算财政拨款收入支出决算表", "08"],
    ["国有资本经营预算财政拨款支出决算表", "09"],
    ["国有资本经营预算财政拨款收入支出决算表", "09"],
    ["收 入 支 出 决 算 总 表", "01"],
    ["支出\n决算表", "03"],
    ["一、收入支出决算总表", "01"],
    ["中共辽宁省朝阳市委办公室2024年度支出决算表", "03"],
    ["2024 年度部门收入决算表", "02"],
    ["收入支出决算总表（公开01表）", "01"],
  ])("reads %j as table %s", (text, kind) => {
    expect(titleKind(text)?.kind).toBe(kind);
  });

  it("matches a title as a whole cell, never as a substring of another title or a sentence", () => {
    expect(titleKind("支出决算表")?.kind).toBe("03");
    expect(titleKind("收入支出决算总表")?.kind).toBe("01");
    expect(titleKind("财政拨款收入支出决算总表")?.kind).toBe("04");
    expect(titleKind("详见附件中的支出决算表和收入决算表")).toBeUndefined();
    expect(titleKind("部门决算表")).toBeUndefined();
    expect(titleKind("第四部分 2024 年度部门决算表")).toBeUndefined();
  });

  it.each([
    ["公开01表", "01"],
    ["公开 01 表", "01"],
    ["公开1表", "01"],
    ["（公开09表）", "09"],
    ["公开０７表", "07"],
  ])("reads marker %j as table %s", (text, kind) => {
    expect(markerKind(text)).toBe(kind);
  });

  it("ignores a marker quoted in a sentence", () => {
    expect(markerKind("本部门2024年度政府性基金预算财政拨款收入支出决算表（公开08表）为空表")).toBeUndefined();
  });
});

describe("locateTables", () => {
  const view = (rows: (string | undefined)[][]) => new SheetView(sheetFromRows("表", rows));

  it("joins a title and its marker, and starts the table at the higher of the two", () => {
    const anchors = locateTables(view([[undefined, undefined, "公开03表"], ["支出决算表"], [], ["项目"]]));
    expect(anchors).toEqual([{ kind: "03", top: 1, limit: 4, title: { row: 2, col: 1 }, marker: { row: 1, col: 3 } }]);
  });

  it("finds a table by its marker alone", () => {
    const anchors = locateTables(view([[], ["公开 05 表"], ["项目"]]));
    expect(anchors).toEqual([{ kind: "05", top: 2, limit: 3, marker: { row: 2, col: 1 } }]);
  });

  it("lets the title decide when a marker beside it says another table", () => {
    const anchors = locateTables(view([["支出决算表"], ["公开02表"], ["项目"]]));
    expect(anchors.map((a) => a.kind)).toEqual(["03"]);
  });

  it("ends each table where the next one starts", () => {
    const anchors = locateTables(view([["收入决算表"], ["项目"], [], ["支出决算表"], ["项目"], []]));
    expect(anchors.map((a) => [a.kind, a.top, a.limit])).toEqual([
      ["02", 1, 3],
      ["03", 4, 6],
    ]);
  });
});
