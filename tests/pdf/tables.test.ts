// The table rebuild on made-up pages: edges from ruling lines, a missing line merges two cells, text placed by
// its middle, wrapped lines joined, justified Chinese without its spaces.
import { joinItems, textLines, TextItem } from "../../src/pdf/geometry";
import { ruledTables, segmentGroups } from "../../src/pdf/tables";

const h = (y: number, x0: number, x1: number) => ({ x0, x1, y0: y, y1: y });
const v = (x: number, y0: number, y1: number) => ({ x0: x, x1: x, y0, y1 });
const text = (s: string, x: number, y: number, size = 10): TextItem => ({ text: s, x, y, size, width: [...s].length * size });

/** Three rows, three columns; the top row's first two cells merged (no line between them there). */
function page(texts: TextItem[]) {
  const segments = [
    h(300, 100, 400), h(280, 100, 400), h(260, 100, 400), h(220, 100, 400),
    v(100, 220, 300), v(200, 220, 280), v(300, 220, 300), v(400, 220, 300),
  ];
  return { number: 3, width: 595, height: 842, segments, texts };
}

describe("tables from ruling lines", () => {
  it("finds the table's rows, columns and the merge a missing line makes", () => {
    const [table] = ruledTables(page([]));
    expect(table.xs).toEqual([100, 200, 300, 400]);
    expect(table.rows).toHaveLength(3);
    expect(table.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(table.box).toEqual([100, 220, 400, 300]);
  });

  it("places each text item in the cell holding its middle and joins a cell's wrapped lines", () => {
    const [table] = ruledTables(page([
      text("收入", 120, 285), text("支出", 320, 285),
      text("机关事业单位基本", 202, 245), text("养老保险缴费支出", 202, 232),
      text("6.18", 350, 240), text("表外文字", 100, 500),
    ]));
    expect(table.rows.map((r) => r.map((c) => c?.text ?? null))).toEqual([
      ["收入", null, "支出"],
      [null, null, null],
      [null, "机关事业单位基本养老保险缴费支出", "6.18"],
    ]);
    expect(table.rows[0][0]!.box).toEqual([100, 280, 300, 300]);
    expect(table.used.size).toBe(5);
  });

  it("keeps lines that do not touch as separate tables, and ignores a lone rule", () => {
    const groups = segmentGroups([h(300, 0, 100), h(200, 0, 100), v(0, 200, 300), v(100, 200, 300), h(50, 0, 100)]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toHaveLength(4);
  });
});

describe("text lines", () => {
  it("joins items on one baseline, a gap as one space, justified Chinese without spaces", () => {
    expect(joinItems([text("2024", 0, 0), text("年度", 45, 0)])).toBe("2024 年度");
    expect(joinItems([text("行", 0, 0), text("政", 15, 0), text("运行", 30, 0)])).toBe("行政运行");
    expect(joinItems([text("三、", 0, 0), text("国防支出", 19, 0)])).toBe("三、国防支出");
    const lines = textLines([text("第二行", 0, 80), text("第一行", 0, 100), text("同一行", 40, 80.5)]);
    expect(lines.map((l) => l.text)).toEqual(["第一行", "第二行同一行"]);
  });
});
