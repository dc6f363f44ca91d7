// The narrative's 与上年相比 sentences against last year's workbook: the existing narrative rules check them with the
// 上年决算数 it supplies (D = current − prior, P = D ÷ prior, the direction word, a zero base).
import { BUDGET_PATH, FAILING_BUDGET_PATH, PREVIOUS_PATH, checkWith, gridOf, sampleGrid } from "../../reference/helpers";
import { at, cellIn, narrativeCellWith, where } from "./support";

describe("year-on-year sentences with last year's workbook", () => {
  it("is an error at the sentence when last year's 公务用车购置及运行费 was 58.91, not 56.98 + 0.93", async () => {
    const result = await checkWith("previous-2023-vehicle.xlsx");
    const sentence = narrativeCellWith(await sampleGrid(), "比上年减少 0.93 万元");
    const prior = cellIn(await gridOf("previous-2023-vehicle.xlsx"), "07", "vehicle", "actual");
    const errors = result.findings.filter((f) => f.rule === "narrative/change-rate" && where(f) === sentence);
    expect(errors.map((f) => [f.severity, f.expected, f.actual])).toEqual([["error", "1.93", "0.93"]]);
    expect(errors[0].related).toContain(`上年:${at(prior)}`);
  });

  it("checks 持平 against last year's figure: 因公出国（境）费 0 both years agrees, 12.34 of 年末结转和结余 does not", async () => {
    const flat = narrativeCellWith(await sampleGrid(), "今年结转结余持平");
    const agrees = await checkWith(PREVIOUS_PATH);
    expect(agrees.findings.filter((f) => where(f) === flat)).toEqual([]);
    const differs = await checkWith("previous-2023-carry-01.xlsx");
    expect(differs.findings.filter((f) => where(f) === flat).map((f) => [f.rule, f.severity, f.actual])).toEqual([["narrative/direction", "error", "持平"]]);
  });

  it("gives a 提示, not a rate, for 增长 100% on a zero prior", async () => {
    const grid = await sampleGrid();
    const sentence = narrativeCellWith(grid, "公务接待费比上年增加");
    const [, col, row] = /!([A-Z])(\d+)/.exec(sentence)!;
    const cell = grid.sheets.find((s) => s.name === "情况说明")!.cells[Number(row) - 1][col.charCodeAt(0) - 65]!;
    cell.value = String(cell.value).replace("比上年增加 0.07 万元，增长 21.50%", "比上年增加 0.42 万元，增长 100%");
    const previous = await gridOf(PREVIOUS_PATH);
    const reception = cellIn(previous, "07", "reception", "actual");
    const receptionTotal = cellIn(previous, "07", "total", "actual");
    const sheet = previous.sheets.find((s) => s.name === reception.sheet)!;
    sheet.cells[reception.row - 1][reception.col - 1] = { value: null, numFmt: "General" };
    sheet.cells[receptionTotal.row - 1][receptionTotal.col - 1] = { value: 57.91, numFmt: "#,##0.00" };
    const result = await checkWith(previous, undefined, grid);
    const at_ = result.findings.filter((f) => where(f) === sentence && f.message.includes("公务接待费"));
    expect(at_.map((f) => [f.rule, f.severity])).toEqual([["narrative/zero-base", "warning"]]);
  });

  it("is an error at the sentence when the budget workbook's 行政运行 is 1000.00 (1116.80 ÷ 1000.00 = 111.68%)", async () => {
    const result = await checkWith(undefined, FAILING_BUDGET_PATH);
    const sentence = narrativeCellWith(await sampleGrid(), "行政运行（项）");
    expect(result.findings.filter((f) => f.rule === "narrative/budget-rate" && where(f) === sentence).map((f) => [f.severity, f.expected, f.actual])).toEqual([
      ["error", "111.68%", "103.77%"],
    ]);
    const agrees = await checkWith(undefined, BUDGET_PATH);
    expect(agrees.findings.filter((f) => where(f) === sentence)).toEqual([]);
  });
});
