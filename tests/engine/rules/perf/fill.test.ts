// Blank derived cells of the performance sheets: each is offered as a fill (info, with the value), and one fill
// run of the rules writes back exactly the sample's figures, in dependency order (执行率 → 得分 → 小计 → 总得分).
import * as engine from "../../../../src/engine/index";
import { showAmount } from "../../../../src/engine/amount";
import { Decimal } from "../../../../src/engine/decimal";
import { planFill } from "../../../../src/engine/fill";
import { checkWorkbook } from "../../../../src/engine/index";
import { parseAddress, SheetGrid } from "../../../../src/engine/grid";
import { recognizePerfSheets } from "../../../../src/engine/perf";
import { FigureCell } from "../../../../src/engine/tables";
import { addressOf, project1, unit1, valueRightOf, withCell } from "../../perf/sample-sheets";

function blanked(sheet: SheetGrid, cells: string[]): SheetGrid {
  // Clearing a cell's contents keeps its number format.
  return cells.reduce((s, cell) => {
    const { row, col } = parseAddress(cell);
    const { numFmt } = s.cells[row - 1]?.[col - 1] ?? { numFmt: "General" };
    return withCell(s, cell, { value: null, numFmt });
  }, sheet);
}

describe("filling a performance sheet's blank derived cells", () => {
  it("fills a project sheet back to the sample's figures", () => {
    const sheet = project1();
    const cells = {
      rate: valueRightOf(sheet, "执行率"),
      completion: addressOf(sheet, "购买打印纸等办公用品", "完成程度"),
      score: addressOf(sheet, "购买打印纸等办公用品", "得分"),
      subtotal: valueRightOf(sheet, "指标自评得分小计"),
      rateScore: valueRightOf(sheet, "预算执行率得分"),
      total: valueRightOf(sheet, "绩效自评总得分"),
    };
    const grid = { name: "t.xlsx", sheets: [blanked(sheet, Object.values(cells))] };

    const before = checkWorkbook(grid).findings;
    expect(before.every((f) => f.severity === "info" && f.fix)).toBe(true);
    expect(before.map((f) => f.cell).sort()).toEqual(Object.values(cells).sort());

    const { edits } = planFill(grid);
    const written = Object.fromEntries(edits.map((e) => [e.cell, e.shown]));
    expect(written).toEqual({
      [cells.rate]: "92.81%",
      [cells.completion]: "100%",
      [cells.score]: "12.5",
      [cells.subtotal]: "90",
      [cells.rateScore]: "9.28",
      [cells.total]: "99.28",
    });
    // Totals come after the cells they add up.
    const order = edits.map((e) => e.cell);
    expect(order.indexOf(cells.total)).toBeGreaterThan(order.indexOf(cells.subtotal));
    expect(order.indexOf(cells.subtotal)).toBeGreaterThan(order.indexOf(cells.score));
    expect(order.indexOf(cells.score)).toBeGreaterThan(order.indexOf(cells.completion));
    expect(order.indexOf(cells.rateScore)).toBeGreaterThan(order.indexOf(cells.rate));
  });

  it("fills a 总得分 resting on a blank 小计 resting on blank scores and 完成程度, with one run of the rules", () => {
    const sheet = project1();
    const original = recognizePerfSheets({ name: "t.xlsx", sheets: [sheet] }).projects[0];
    const scores = original.indicators.flatMap((i) => (i.score?.state === "amount" ? [i.score] : []));
    // A 完成程度 is derived where the indicator has a 运算符号 (a qualitative one's is typed).
    const completions = original.indicators.flatMap((i) => (i.operator && i.completion?.state === "amount" ? [i.completion] : []));
    const totals = [original.subtotal!, original.rate!, original.rateScore!, original.total!];
    const grid = { name: "t.xlsx", sheets: [blanked(sheet, [...scores, ...completions, ...totals].map((c) => c.address))] };

    const runs = jest.spyOn(engine, "runRules");
    let plan: ReturnType<typeof planFill>;
    try {
      plan = planFill(grid);
      expect(runs).toHaveBeenCalledTimes(1);
    } finally {
      runs.mockRestore();
    }
    const edit = (cell: FigureCell) => plan.edits.find((e) => e.cell === cell.address)!;
    const value = (cell: FigureCell) => {
      const e = edit(cell);
      return new Decimal(e.kind === "number" ? e.value.toString() : NaN);
    };
    // Every score comes back, the 小计 is their exact sum and the 总得分 is 小计 + 预算执行率得分 (no 减分项): the sheet's own.
    expect(scores.filter((cell) => !value(cell).eq(cell.amount!.value)).map((c) => c.address)).toEqual([]);
    const sum = scores.reduce((total, cell) => total.plus(value(cell)), new Decimal(0));
    expect(value(original.subtotal!).eq(sum)).toBe(true);
    expect(value(original.total!).eq(value(original.subtotal!).plus(value(original.rateScore!)))).toBe(true);
    expect(totals.map((cell) => edit(cell).shown)).toEqual(totals.map((cell) => showAmount(cell.amount!)));
    // Listed in dependency order: 完成程度 → 得分 → 小计 → 总得分.
    const order = plan!.edits.map((e) => e.cell);
    const at = (cell: FigureCell) => order.indexOf(cell.address);
    expect(Math.max(...scores.map(at))).toBeLessThan(at(original.subtotal!));
    expect(at(original.subtotal!)).toBeLessThan(at(original.total!));
    expect(at(original.rateScore!)).toBeLessThan(at(original.total!));
  });

  it("fills a 整体 sheet, the task rate rounded to whole percent as the setting says", () => {
    const sheet = unit1();
    const task = "部门预算基本支出公用经费（保运转）";
    const cells = {
      rate: addressOf(sheet, task, "项目执行率"),
      taskScore: addressOf(sheet, task, "得分"),
      completion: addressOf(sheet, "预算调整率", "完成程度"),
      score: addressOf(sheet, "预算调整率", "得分"),
      total: valueRightOf(sheet, "总评价得分"),
    };
    const grid = { name: "t.xlsx", sheets: [blanked(sheet, Object.values(cells))] };
    const written = Object.fromEntries(planFill(grid).edits.map((e) => [e.cell, e.shown]));
    expect(written).toEqual({
      [cells.rate]: "98.00%",
      [cells.taskScore]: "9.8",
      [cells.completion]: "0.31",
      [cells.score]: "0.496",
      [cells.total]: "94.14",
    });
    const exact = Object.fromEntries(planFill(grid, { executionRatePoints: 10, wholePercentExecutionRate: false }).edits.map((e) => [e.cell, e.shown]));
    expect(exact[cells.rate]).toBe("98.29%");
    expect(exact[cells.taskScore]).toBe("9.829");
  });
});
