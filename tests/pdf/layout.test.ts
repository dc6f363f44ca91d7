// The report assembled from made-up pages: a table's title and unit lines above it, its 注 below, a table
// continued on the next page (its repeated header dropped), the narrative part as paragraphs, a contents page skipped.
import { PageContent, Segment, TextItem } from "../../src/pdf/geometry";
import { buildPdfWorkbook, paragraphs } from "../../src/pdf/layout";
import { textLines } from "../../src/pdf/geometry";

const text = (s: string, x: number, y: number, size = 10): TextItem => ({ text: s, x, y, size, width: [...s].length * size });
const h = (y: number): Segment => ({ x0: 100, x1: 400, y0: y, y1: y });
const v = (x: number, top: number, bottom: number): Segment => ({ x0: x, x1: x, y0: bottom, y1: top });

/** A two-column ruled table whose rows are 20 points high from `top` down, one row per entry. */
function tablePage(number: number, top: number, rows: [string, string][], lines: TextItem[]): PageContent {
  const bottom = top - 20 * rows.length;
  const segments = [...rows.map((_, r) => h(top - 20 * r)), h(bottom), v(100, top, bottom), v(250, top, bottom), v(400, top, bottom)];
  const texts = rows.flatMap(([a, b], r) => [text(a, 104, top - 20 * r - 14), text(b, 300, top - 20 * r - 14)]);
  return { number, width: 595, height: 842, segments, texts: [...lines, ...texts] };
}

const values = (grid: ReturnType<typeof buildPdfWorkbook>["grid"], sheet: string) =>
  grid.sheets.find((s) => s.name === sheet)!.cells.map((row) => Array.from(row, (c) => (c ? c.value : null)));

describe("buildPdfWorkbook", () => {
  it("names a sheet by its table's title, keeps title, unit and 注 lines around it, joins a continued table", () => {
    const first = tablePage(1, 700, [["项目", "决算数"], ["基本支出", "95.36"]], [
      text("支出决算表", 200, 760, 14), text("单位：万元", 340, 725),
    ]);
    const second = tablePage(2, 800, [["项目", "决算数"], ["项目支出", "1,202.24"]], [text("注：本表反映部门本年度各项支出情况。", 100, 700)]);
    const { grid, locations } = buildPdfWorkbook([first, second], "报告.pdf");
    expect(grid.sheets.map((s) => s.name)).toEqual(["支出决算表"]);
    expect(values(grid, "支出决算表")).toEqual([
      ["支出决算表"],
      [null, "单位：万元"],
      ["项目", "决算数"],
      ["基本支出", 95.36],
      ["项目支出", 1202.24],
      ["注：本表反映部门本年度各项支出情况。"],
    ]);
    expect(grid.sheets[0].cells[4][1]).toMatchObject({ numFmt: "#,##0.00", text: "1,202.24" });
    expect(locations.get("支出决算表")!.get("B5")).toEqual({ page: 2, box: [250, 760, 400, 780] });
    expect(locations.get("支出决算表")!.get("B4")!.page).toBe(1);
  });

  it("reads the 情况说明 part as paragraphs after skipping the contents", () => {
    const contents: PageContent = { number: 1, width: 595, height: 842, segments: [], texts: [
      text("目录", 280, 800), text("第三部分 部门决算情况说明", 100, 770), text("一、收入决算情况说明", 120, 750),
    ] };
    const body: PageContent = { number: 2, width: 595, height: 842, segments: [], texts: [
      text("第三部分 部门决算情况说明", 100, 800, 14),
      text("一、收入决算情况说明", 120, 770),
      text("本年收入合计 307.82 万元，其中：财政拨款收入 307.82", 120, 750),
      text("万元，占 100.00%。", 100, 735),
      text("二、支出决算情况说明", 120, 715),
    ] };
    const { grid, locations } = buildPdfWorkbook([contents, body], "报告.pdf");
    expect(values(grid, "情况说明")).toEqual([
      ["一、收入决算情况说明"],
      ["本年收入合计 307.82 万元，其中：财政拨款收入 307.82万元，占 100.00%。"],
      ["二、支出决算情况说明"],
    ]);
    expect(locations.get("情况说明")!.get("A2")!.page).toBe(2);
  });
});

describe("paragraphs", () => {
  it("starts a paragraph at an indented line or after a short one, and joins the lines of one", () => {
    const lines = textLines([
      text("一、标题", 120, 800),
      text("第一段第一行写满了整整一行的文字", 120, 780),
      text("第一段第二行也写满了整整一行的文字", 100, 765),
      text("第一段末行", 100, 750),
      text("第二段不缩进但上一行很短", 100, 735),
    ]).map((line) => ({ line, page: 3 }));
    expect(paragraphs(lines).map((p) => p.text)).toEqual([
      "一、标题",
      "第一段第一行写满了整整一行的文字第一段第二行也写满了整整一行的文字第一段末行",
      "第二段不缩进但上一行很短",
    ]);
  });
});
