import { Finding, summarize } from "../../src/engine/finding";
import { hyperlinkFormula, quoteSheetName, safeCellText } from "../../src/excel/cell-text";
import { freeSheetName, REPORT_HEADER, writeReportSheet } from "../../src/excel/report-sheet";
import { FakeExcel } from "./fake-excel";
import { table03Sheet } from "./sample-sheets";

// Two findings the sample yields (domain.md §8) and one whose message quotes a cell text that starts with "=".
const FINDINGS: Finding[] = [
  {
    rule: "sum/column-total",
    severity: "rounding",
    sheet: "03支出决算表",
    cell: "D8",
    related: ["D9", "D14", "D21", "D25"],
    expected: "1672.10",
    actual: "1672.09",
    message: "合计应等于各类之和：应为 1672.10，实为 1672.09（四舍五入造成的尾数差异）",
    table: "03",
  },
  {
    rule: "perf/score-sum",
    severity: "error",
    sheet: "项目绩效自评表-招商引资",
    cell: "H20",
    related: [],
    expected: "90",
    actual: "76.7",
    message: "指标分值之和应为 90，实为 76.7",
    table: "perf-project",
  },
  {
    rule: "figure/invalid",
    severity: "warning",
    sheet: "It's 07",
    cell: "B5",
    related: [],
    expected: null,
    actual: "=1+1",
    message: "=1+1 不是数字",
    table: "07",
  },
];

const input = (findings: Finding[]) => ({
  workbook: "朝阳市委办公室2024决算.xlsx",
  findings,
  summary: summarize(findings),
  checkedAt: "2025-03-01 14:05",
  tableLabel: (finding: Finding) => (finding.table === "03" ? "支出决算表（公开03表）" : `表${finding.table}`),
});

describe("writeReportSheet", () => {
  it("adds 审核结果 with the counts and one row per finding, linked to its cell", async () => {
    const fake = new FakeExcel([table03Sheet()]);
    const name = await fake.run((context) => writeReportSheet(context, input(FINDINGS)));
    expect(name).toBe("审核结果");
    expect(fake.syncCount).toBe(2);
    expect(fake.activeSheet).toBe("审核结果");
    const text = (address: string) => fake.cell("审核结果", address)?.value;
    expect(text("B2")).toBe("朝阳市委办公室2024决算.xlsx");
    expect(text("B4")).toBe("错误 1 · 提示 1 · 尾差 1 · 信息 0");
    expect(["A6", "B6", "C6", "D6", "E6", "F6", "G6", "H6"].map(text)).toEqual(REPORT_HEADER);
    expect(["A7", "B7", "D7", "E7", "F7", "G7"].map(text)).toEqual([1, "支出决算表（公开03表）", "尾差", FINDINGS[0].message, "1672.10", "1672.09"]);
    expect(fake.cell("审核结果", "C7")?.formula).toBe("=HYPERLINK(\"#'03支出决算表'!D8\",\"03支出决算表!D8\")");
    expect(fake.cell("审核结果", "C8")?.formula).toBe("=HYPERLINK(\"#'项目绩效自评表-招商引资'!H20\",\"项目绩效自评表-招商引资!H20\")");
    expect(text("H7")).toBe("");
  });

  it("writes texts from the workbook as texts, never as formulas", async () => {
    const fake = new FakeExcel([table03Sheet()]);
    await fake.run((context) => writeReportSheet(context, input(FINDINGS)));
    const row = 9;
    expect(fake.cell("审核结果", `E${row}`)).toMatchObject({ value: "=1+1 不是数字" });
    expect(fake.cell("审核结果", `E${row}`)?.formula).toBeUndefined();
    expect(fake.cell("审核结果", `G${row}`)?.formula).toBeUndefined();
    expect(fake.cell("审核结果", `G${row}`)?.value).toBe("=1+1");
    expect(fake.cell("审核结果", `C${row}`)?.formula).toBe("=HYPERLINK(\"#'It''s 07'!B5\",\"It's 07!B5\")");
  });

  it("keeps an earlier report (it may hold the accountant's notes) and adds 审核结果(2)", async () => {
    const fake = new FakeExcel([table03Sheet(), { name: "审核结果", rows: [["决算助手 审核结果"]] }]);
    const name = await fake.run((context) => writeReportSheet(context, input([])));
    expect(name).toBe("审核结果(2)");
    expect(fake.cell("审核结果", "A1")?.value).toBe("决算助手 审核结果");
    expect(fake.cell("审核结果(2)", "B4")?.value).toBe("错误 0 · 提示 0 · 尾差 0 · 信息 0");
  });
});

describe("cell texts", () => {
  it("quotes what could start a formula", () => {
    expect(safeCellText("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(safeCellText("-12.30")).toBe("'-12.30");
    expect(safeCellText("@x")).toBe("'@x");
    expect(safeCellText("应为 1672.10")).toBe("应为 1672.10");
  });

  it("builds a hyperlink only from a quoted sheet name and a real cell address", () => {
    expect(quoteSheetName("It's")).toBe("'It''s'");
    expect(hyperlinkFormula('表"1', "c9")).toBe("=HYPERLINK(\"#'表\"\"1'!C9\",\"表\"\"1!C9\")");
    expect(() => hyperlinkFormula("03", "C9\")&HYPERLINK(\"x")).toThrow("不是单元格地址");
  });

  it("finds a free report name", () => {
    expect(freeSheetName(["01", "审核结果", "审核结果(2)"])).toBe("审核结果(3)");
    expect(freeSheetName(["01"])).toBe("审核结果");
  });
});
