// The Office host against a real Excel's limits, as the fake of Excel has them (issue 16): each limit, and what the
// host does when it meets it.
import { Decimal } from "../../src/engine/decimal";
import { CellEdit } from "../../src/engine/edits";
import { getCell, WorkbookGrid } from "../../src/engine/grid";
import { ExcelHost, NO_EXCEL_UNDO_NOTE } from "../../src/excel/host";
import { HIGHLIGHT_COLORS } from "../../src/excel/highlight";
import { readWorkbook, readWorkbookGrid } from "../../src/excel/read";
import { PROTECTED_WORKBOOK_MESSAGE } from "../../src/excel/report-sheet";
import { summarize } from "../../src/engine/finding";
import { FakeCellSpec, FakeExcel, FakeSheetSpec, NO_FILL, officeError } from "./fake-excel";
import { table03Sheet, table07Sheet } from "./sample-sheets";

jest.setTimeout(30_000); // thousands of cells through the fake, on a shared machine

const hostOver = (fake: FakeExcel, supported = 17, byteBudget?: number) =>
  new ExcelHost({ run: fake.run, supports: (version) => Number(version.split(".")[1]) <= supported, byteBudget });

const readThrough = (fake: FakeExcel, byteBudget?: number) =>
  fake.run((context) => readWorkbook(context, { name: "x", mergedAreas: true, byteBudget }), { delayForCellEdit: true });

/** The plain sample tables read through an unlimited fake: what every limited read must give too. */
async function plainGrid(specs: FakeSheetSpec[]): Promise<WorkbookGrid> {
  return (await readThrough(new FakeExcel(specs, { limits: { payloadBytes: Infinity, mergedAreas: Infinity } }))).grid;
}

const numberEdit = (sheet: string, cell: string, value: string): CellEdit => ({
  sheet,
  cell,
  kind: "number",
  value: new Decimal(value),
  numFmt: "#,##0.00",
  shown: value,
});

/** A 绩效自评 form of `count` two-cell merges (one per row, in B:C), with a figure in A of each row. */
function heavilyMerged(count: number): FakeSheetSpec {
  return {
    name: "项目绩效自评表",
    rows: Array.from({ length: count }, (_, r): FakeCellSpec[] => [{ value: r + 1, numFmt: "0" }, `指标${r + 1}`, null]),
    merges: Array.from({ length: count }, (_, r) => `B${r + 1}:C${r + 1}`),
  };
}

describe("more than 512 merged areas on one sheet", () => {
  it("reads all 600 merges by halves of the sheet's rows, and the other sheets as well", async () => {
    const specs = [table03Sheet(), heavilyMerged(600), table07Sheet()];
    const fake = new FakeExcel(specs);
    const { grid, unreadable } = await readThrough(fake);
    expect(unreadable).toEqual([]);
    const form = grid.sheets[1];
    expect(form.merges).toHaveLength(600);
    expect(form.merges[599]).toEqual({ top: 600, left: 2, bottom: 600, right: 3 });
    expect(grid).toEqual(await plainGrid(specs));
    // The refused batch is halved until the form's merges are read in two calls: a few syncs more, not one per sheet.
    expect(fake.syncCount).toBeGreaterThan(3);
    expect(fake.syncCount).toBeLessThanOrEqual(3 + 2 * Math.ceil(Math.log2(specs.length)) + 4);
  });

  it("keeps whole-row and whole-column merges", async () => {
    const fake = new FakeExcel([{ name: "S", rows: [["标题"], [null, 1, null, null, 2]], merges: ["1:1", "D:E"] }]);
    const { grid } = await readThrough(fake);
    expect(grid.sheets[0].merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 16384 },
      { top: 1, left: 4, bottom: 1048576, right: 5 },
    ]);
  });
});

describe("the 5 MB request and response limit (set lower here)", () => {
  /** Table 03 with every figure in the accounting format and long Chinese labels: some 50 bytes a cell and more. */
  function accountingSheet(rows: number): FakeSheetSpec {
    const accounting = '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ';
    return {
      name: "03支出决算表",
      rows: Array.from({ length: rows }, (_, r): FakeCellSpec[] => [
        { value: `2013${String(r).padStart(3, "0")}`, numFmt: "@" },
        `机关事业单位基本养老保险缴费支出第${r + 1}项（含补缴）`,
        { value: 1116.8 + r, numFmt: accounting },
        { value: 587.63, numFmt: accounting },
      ]),
    };
  }

  it("halves a read Excel refuses for its size and gets the same Grid, every response under the limit", async () => {
    const specs = [accountingSheet(400), table07Sheet()];
    const limit = 20_000;
    const fake = new FakeExcel(specs, { limits: { payloadBytes: limit } });
    // The planner believes one sync is enough (its budget is the real one); the fake's limit is 20 KB.
    const { grid, unreadable } = await readThrough(fake);
    expect(unreadable).toEqual([]);
    expect(grid).toEqual(await plainGrid(specs));
    expect(fake.largestResponse).toBeLessThanOrEqual(limit);
    expect(fake.syncCount).toBeGreaterThan(3);
  });

  it("plans by bytes: with a budget under the limit, nothing is refused", async () => {
    const specs = [accountingSheet(400)];
    const fake = new FakeExcel(specs, { limits: { payloadBytes: 40_000 } });
    const sent: number[] = [];
    const sync = fake.context.sync.bind(fake.context);
    (fake.context as { sync: () => Promise<void> }).sync = async () => {
      await sync();
      sent.push(fake.syncCount);
    };
    const { grid } = await readThrough(fake, 30_000);
    expect(sent).toHaveLength(fake.syncCount); // every sync succeeded: none had to be halved
    expect(grid).toEqual(await plainGrid(specs));
  });

  it("paints and clears thousands of cells in batches under the request limit", async () => {
    const rows = Array.from({ length: 1500 }, (_, r): FakeCellSpec[] => [{ value: r, numFmt: "0.00" }]);
    const fake = new FakeExcel([{ name: "大表", rows }], { limits: { payloadBytes: 100_000 } });
    const host = hostOver(fake, 17, 80_000);
    const marks = rows.map((_, r) => ({ sheet: "大表", cell: `A${r + 1}`, tone: "error" as const }));
    await host.highlight(marks);
    expect(fake.cell("大表", "A1500")?.fill.color).toBe(HIGHLIGHT_COLORS.error);
    expect(fake.largestRequest).toBeLessThanOrEqual(100_000);
    expect(await host.clearHighlight()).toEqual({ restored: 1500, keptByUser: 0 });
    expect(fake.cell("大表", "A1500")?.fill).toEqual(NO_FILL);
  });

  it("fills and undoes thousands of cells in batches under the request limit", async () => {
    const rows = Array.from({ length: 1200 }, (): FakeCellSpec[] => [null]);
    rows.push(["合计"]);
    const fake = new FakeExcel([{ name: "S", rows }], { limits: { payloadBytes: 100_000 } });
    const host = hostOver(fake, 17, 80_000);
    const edits = rows.slice(0, 1200).map((_, r) => numberEdit("S", `A${r + 1}`, "57.40"));
    await host.fill(edits);
    expect(fake.cell("S", "A1200")?.value).toBe(57.4);
    expect(fake.largestRequest).toBeLessThanOrEqual(100_000);
    expect(await host.undo()).toEqual({ restored: 1200, skipped: [] });
    expect(fake.cell("S", "A1200")?.value).toBe("");
  });

  it("exports a report of thousands of findings in batches under the request limit", async () => {
    const fake = new FakeExcel([table03Sheet()], { limits: { payloadBytes: 200_000 } });
    const findings = Array.from({ length: 800 }, (_, i) => ({
      rule: "sum/column-total",
      severity: "rounding" as const,
      sheet: "03支出决算表",
      cell: `D${8 + (i % 20)}`,
      related: [],
      expected: "1672.10",
      actual: "1672.09",
      message: "合计应等于各类之和：应为 1672.10，实为 1672.09（四舍五入造成的尾数差异）",
    }));
    const host = hostOver(fake, 17, 150_000);
    await host.exportReport({ workbook: "x.xlsx", findings, summary: summarize(findings), checkedAt: "2025-03-01 14:05", tableLabel: () => "表03" });
    expect(fake.cell("审核结果", "A806")?.value).toBe(800);
    expect(fake.largestRequest).toBeLessThanOrEqual(200_000);
  });
});

describe("a stray value in XFD1048576", () => {
  it("costs one cell more, not the used range: the same Grid but for that cell, in the same 3 syncs", async () => {
    const plain = table03Sheet();
    const stray: FakeSheetSpec = { ...plain, name: "03支出决算表" };
    const plainFake = new FakeExcel([plain]);
    const plainRead = await readThrough(plainFake);
    const fake = new FakeExcel([stray]);
    fake.setCell("03支出决算表", "XFD1048576", "x");
    const { grid } = await readThrough(fake);
    expect(fake.syncCount).toBe(3);
    const sheet = grid.sheets[0];
    expect(sheet.rowCount).toBe(1048576);
    expect(sheet.colCount).toBe(16384);
    expect(getCell(sheet, 1048576, 16384)).toEqual({ value: "x", numFmt: "General" });
    expect(getCell(sheet, 8, 3)).toEqual(getCell(plainRead.grid.sheets[0], 8, 3));
    expect(fake.largestResponse).toBeLessThan(plainFake.largestResponse * 1.1);
  });
});

describe("清除高亮 and Excel's way of reporting fills", () => {
  it("gives a cell without fill no fill again, not solid white, and a patterned, tinted fill all of it back", async () => {
    const sheet = table03Sheet();
    sheet.rows![8][2] = { value: 1837.28, numFmt: "#,##0.00", fill: { color: "#FFFF00", pattern: "Gray25", tintAndShade: -0.25, patternColor: "#FF0000" } };
    const fake = new FakeExcel([sheet]);
    const host = hostOver(fake);
    await host.highlight([
      { sheet: "03支出决算表", cell: "C9", tone: "error" },
      { sheet: "03支出决算表", cell: "D8", tone: "rounding" },
    ]);
    expect(fake.cell("03支出决算表", "D8")?.fill).toMatchObject({ color: HIGHLIGHT_COLORS.rounding, pattern: "Solid" });
    await host.clearHighlight();
    expect(fake.cell("03支出决算表", "D8")?.fill).toEqual(NO_FILL);
    expect(fake.cell("03支出决算表", "C9")?.fill).toEqual({
      color: "#FFFF00",
      pattern: "Gray25",
      tintAndShade: -0.25,
      patternColor: "#FF0000",
      patternTintAndShade: 0,
    });
  });

  it("treats a null pattern as no fill too", async () => {
    const sheet = table03Sheet();
    sheet.rows![7][3] = { value: 1672.09, numFmt: "#,##0.00", fill: { color: "#FFFFFF", pattern: null as unknown as string, tintAndShade: null } };
    const fake = new FakeExcel([sheet]);
    const host = hostOver(fake);
    await host.highlight([{ sheet: "03支出决算表", cell: "D8", tone: "error" }]);
    await host.clearHighlight();
    expect(fake.cell("03支出决算表", "D8")?.fill).toEqual(NO_FILL);
  });
});

describe("protected sheets and workbooks", () => {
  it("reads a protected sheet's formulas by its used range, without special cells", async () => {
    const sheet = table03Sheet();
    sheet.rows![7][2] = { value: 2259.73, numFmt: "#,##0.00", formula: "=C9+C15+C22+C27" };
    sheet.rows![8][6] = { value: "=不是公式", numFmt: "@" };
    const fake = new FakeExcel([{ ...sheet, protected: true }, table07Sheet()]);
    const { grid, unreadable } = await readThrough(fake);
    expect(unreadable).toEqual([]);
    expect(fake.syncCount).toBe(3);
    expect(grid.sheets[0].protected).toBe(true);
    expect(getCell(grid.sheets[0], 8, 3)).toEqual({ value: 2259.73, numFmt: "#,##0.00", formula: "C9+C15+C22+C27" });
    expect(getCell(grid.sheets[0], 9, 7)).toEqual({ value: "=不是公式", numFmt: "@" });
    expect(grid).toEqual(await plainGrid([{ ...sheet, protected: true }, table07Sheet()]));
  });

  it("fills an unlocked cell of a protected sheet (its value; Excel refuses formatting there), and undoes it", async () => {
    const sheet = table03Sheet("03支出决算表", ["D8"]);
    sheet.rows![7][3] = { value: "", numFmt: "#,##0.00", locked: false };
    const fake = new FakeExcel([{ ...sheet, protected: true }]);
    const host = hostOver(fake);
    await host.fill([numberEdit("03支出决算表", "D8", "1672.10")]);
    expect(fake.cell("03支出决算表", "D8")).toMatchObject({ value: 1672.1, numFmt: "#,##0.00" });
    expect(await host.undo()).toEqual({ restored: 1, skipped: [] });
    expect(fake.cell("03支出决算表", "D8")?.value).toBe("");
  });

  it("says the workbook's structure is protected when 审核结果 cannot be added", async () => {
    const fake = new FakeExcel([table03Sheet()], { workbookProtected: true });
    const host = hostOver(fake);
    await expect(host.exportReport({ workbook: "x", findings: [], summary: summarize([]), checkedAt: "", tableLabel: () => "" })).rejects.toThrow(
      PROTECTED_WORKBOOK_MESSAGE
    );
    expect(PROTECTED_WORKBOOK_MESSAGE).toContain("审阅 → 保护工作簿");
    expect(fake.sheets.map((s) => s.name)).toEqual(["03支出决算表"]);
  });

  it("names a protected sheet too large to read by its used range, and checks the rest", async () => {
    const fake = new FakeExcel([{ ...table07Sheet(), protected: true }, table03Sheet()]);
    fake.setCell("07三公经费", "XFD1048576", "x");
    const { grid, unreadable } = await readThrough(fake);
    expect(unreadable).toEqual([{ sheet: "07三公经费", reason: expect.stringContaining("请取消工作表保护") }]);
    expect(grid.sheets.map((s) => s.name)).toEqual(["03支出决算表"]);
  });
});

describe("cell-edit mode and interrupted requests", () => {
  it("waits for the user to finish typing (delayForCellEdit) instead of failing", async () => {
    const fake = new FakeExcel([table03Sheet()]);
    const host = hostOver(fake);
    fake.startEditing();
    let done = false;
    const reading = host.readGrid().then((grid) => {
      done = true;
      return grid;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    fake.stopEditing();
    expect((await reading).sheets).toHaveLength(1);
    expect(fake.runOptions.every((options) => options.delayForCellEdit === true)).toBe(true);
  });

  it("without delayForCellEdit a batch fails in cell-edit mode, as Excel's does", async () => {
    const fake = new FakeExcel([table03Sheet()]);
    fake.startEditing();
    await expect(fake.run((context) => readWorkbookGrid(context, { name: "x", mergedAreas: true }))).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
    fake.stopEditing();
  });

  it("reads again once when Excel aborts the request", async () => {
    const fake = new FakeExcel([table03Sheet()]);
    fake.failSync(2, officeError("RequestAborted", "The request was aborted."));
    const grid = await hostOver(fake).readGrid();
    expect(getCell(grid.sheets[0], 8, 3)).toEqual({ value: 2259.73, numFmt: "#,##0.00" });
    expect(fake.runOptions).toHaveLength(2);
  });
});

describe("Excel's own undo", () => {
  it("makes a fill one Ctrl+Z step where ExcelApi 1.20 is supported, and says otherwise before a fill", async () => {
    for (const [supported, merged] of [[20, true], [17, false]] as const) {
      const fake = new FakeExcel([table03Sheet("03支出决算表", ["D8"])]);
      const host = hostOver(fake, supported);
      await host.fill([numberEdit("03支出决算表", "D8", "1672.10")]);
      expect(fake.runOptions[fake.runOptions.length - 1].mergeUndoGroup === true).toBe(merged);
      expect(host.excelUndoesFill).toBe(merged);
    }
    expect(NO_EXCEL_UNDO_NOTE).toContain("Ctrl+Z");
  });
});

describe("one unreadable sheet", () => {
  it("is named with the reason while every other sheet is read", async () => {
    // One cell larger than a whole response: no split can read it.
    const huge = { name: "附件", rows: [["说明"], ["很长的说明".repeat(5000)]] };
    const fake = new FakeExcel([table03Sheet(), huge, table07Sheet()], { limits: { payloadBytes: 20_000 } });
    const { grid, unreadable } = await readThrough(fake);
    expect(unreadable).toEqual([{ sheet: "附件", reason: "其中一行的数据就超过了 Excel 单次传输的上限" }]);
    expect(grid.sheets.map((s) => s.name)).toEqual(["03支出决算表", "07三公经费"]);
    expect(grid.sheets).toEqual((await plainGrid([table03Sheet(), table07Sheet()])).sheets);
  });
});

describe("the record kept in the workbook", () => {
  it("lets a reloaded pane clear the highlights it painted before", async () => {
    const sheet = table03Sheet();
    sheet.rows![7][2] = { value: 2259.73, numFmt: "#,##0.00", fill: "#FFFF00" };
    const fake = new FakeExcel([sheet]);
    await hostOver(fake).highlight([
      { sheet: "03支出决算表", cell: "C8", tone: "error" },
      { sheet: "03支出决算表", cell: "D8", tone: "rounding" },
    ]);
    expect(fake.customXml.size).toBe(1);
    const reloaded = hostOver(fake);
    expect(await reloaded.restore()).toEqual({ highlighted: true, lastFill: null });
    expect(await reloaded.clearHighlight()).toEqual({ restored: 2, keptByUser: 0 });
    expect(fake.cell("03支出决算表", "C8")?.fill).toMatchObject({ color: "#FFFF00", pattern: "Solid" });
    expect(fake.cell("03支出决算表", "D8")?.fill).toEqual(NO_FILL);
    expect(await hostOver(fake).restore()).toEqual({ highlighted: false, lastFill: null });
  });

  it("lets a reloaded pane undo the last fill, a text starting with = staying a text", async () => {
    const template = "=XX 万元为本年收入合计";
    const fake = new FakeExcel([{ name: "情况说明", rows: [[{ value: template, numFmt: "General" }]] }, table03Sheet("03支出决算表", ["D8"])]);
    const edits: CellEdit[] = [
      { sheet: "情况说明", cell: "A1", kind: "text", text: "=2259.73 万元为本年收入合计", shown: "…" },
      numberEdit("03支出决算表", "D8", "1672.10"),
    ];
    await hostOver(fake).fill(edits);
    expect(fake.cell("03支出决算表", "D8")?.value).toBe(1672.1);
    const reloaded = hostOver(fake);
    expect(await reloaded.restore()).toEqual({ highlighted: false, lastFill: 2 });
    expect(await reloaded.undo()).toEqual({ restored: 2, skipped: [] });
    expect(fake.cell("情况说明", "A1")).toMatchObject({ value: template });
    expect(fake.cell("情况说明", "A1")?.formula).toBeUndefined();
    expect(fake.cell("03支出决算表", "D8")?.value).toBe("");
    expect(await hostOver(fake).restore()).toEqual({ highlighted: false, lastFill: null });
  });
});

describe("small ones", () => {
  it("refuses a target inside a merged area that is not its top-left cell", async () => {
    const fake = new FakeExcel([{ name: "S", rows: [["合计", null, null]], merges: ["B1:C1"] }]);
    await expect(hostOver(fake).fill([numberEdit("S", "C1", "1.00")])).rejects.toThrow(
      "工作表“S”的 C1 位于合并单元格 B1:C1 之内，且不是它的左上角单元格，填充不会写入：请重新校验"
    );
    expect(fake.cell("S", "C1")).toBeUndefined();
    await hostOver(fake).fill([numberEdit("S", "B1", "1.00")]);
    expect(fake.cell("S", "B1")?.value).toBe(1);
  });

  it("says a VeryHidden sheet cannot be unhidden from Excel's menus", async () => {
    const fake = new FakeExcel([table03Sheet(), { ...table07Sheet(), visibility: "VeryHidden" }]);
    await expect(hostOver(fake).select("07三公经费", "B5")).rejects.toThrow(/深度隐藏.*无法取消隐藏/);
  });
});

