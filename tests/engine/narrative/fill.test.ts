// Fill on the sample workbook: the figures of 第二部分 一 and 三 that the tables give are replaced by XX, and one
// juesuan fill puts every one of them back exactly.
import { showAmount } from "../../../src/engine/amount";
import { planFill } from "../../../src/engine/fill";
import { GridCell, WorkbookGrid, parseAddress } from "../../../src/engine/grid";
import { recognizeWorkbook } from "../../../src/engine/recognize";
import { figure } from "../../../src/engine/tables";
import { clauseStart, scanFigures } from "../../../src/engine/narrative/text";
import { NARRATIVE } from "../../fixtures/sample-data";
import { sampleGrid } from "./fixture";

/** The paragraphs of 一 (收入支出决算总体情况) and 三 (“三公”), as 0-based indexes. */
const PART_ONE = range(NARRATIVE.indexOf("一、收入支出决算总体情况说明"), NARRATIVE.indexOf("二、财政拨款支出决算情况说明"));
const PART_THREE = range(NARRATIVE.indexOf("三、财政拨款“三公”经费支出决算情况说明"), NARRATIVE.indexOf("四、一般公共预算财政拨款基本支出决算情况说明"));

function range(from: number, to: number): number[] {
  expect(from).toBeGreaterThanOrEqual(0);
  return Array.from({ length: to - from }, (_, i) => from + i);
}

/**
 * The paragraph with XX for every figure the tables determine. Kept as printed: counts (not in the tables), the
 * change amounts 与上年相比 (need 上年决算数), 外事接待's amount (not in table 07), the rate on a zero budget, and
 * 21.50% — the sample's own 尾差: computed from its figures it is 20.00%.
 */
function templated(text: string): string {
  let out = text;
  for (const figure of scanFigures(text).reverse()) {
    if (figure.unit !== "万元" && figure.unit !== "%") continue;
    const lead = text.slice(clauseStart(text, figure.start), figure.start);
    if (figure.unit === "万元" && /(增加|减少)\s*$/.test(lead)) continue;
    if (/外事接待累计[^；。]*$/.test(text.slice(0, figure.start))) continue;
    if (figure.raw === "21.50" || (/^完成预算的\s*$/.test(lead) && figure.raw === "0.00")) continue;
    out = out.slice(0, figure.start) + "XX" + out.slice(figure.end);
  }
  return out;
}

function setText(grid: WorkbookGrid, sheet: string, row: number, text: string): void {
  const target = grid.sheets.find((s) => s.name === sheet)!;
  const cell: GridCell = { ...target.cells[row - 1]![0]!, value: text };
  target.cells[row - 1] = [cell, ...target.cells[row - 1]!.slice(1)];
}

describe("filling the narrative's placeholders", () => {
  it("restores exactly the figures of parts 一 and 三 replaced by XX", async () => {
    const grid = await sampleGrid();
    const changed = new Map<string, string>();
    for (const index of [...PART_ONE, ...PART_THREE]) {
      const text = templated(NARRATIVE[index]);
      if (text === NARRATIVE[index]) continue;
      setText(grid, "情况说明", index + 1, text);
      changed.set(`A${index + 1}`, NARRATIVE[index]);
    }
    expect(changed.size).toBeGreaterThan(20);
    expect(grid.sheets.find((s) => s.name === "情况说明")!.cells[1]![0]!.value).toBe("（一）收入总计 XX 万元，包括：");

    const edits = planFill(grid).edits.filter((e) => e.sheet === "情况说明");
    expect(edits.map((e) => e.cell).sort()).toEqual([...changed.keys()].sort());
    for (const edit of edits) {
      expect(edit.kind).toBe("text");
      if (edit.kind === "text") expect(edit.text).toBe(changed.get(edit.cell));
    }
  });

  it("fills a sentence restating a blank 总得分 with the score fill writes there, in the same run", async () => {
    const grid = await sampleGrid();
    const project = recognizeWorkbook(grid).perfProjects!.find((p) => p.name.includes("党委专项"))!;
    const sheet = grid.sheets.find((s) => s.name === project.sheet)!;
    const { row, col } = parseAddress(project.total!.address);
    sheet.cells[row - 1] = sheet.cells[row - 1]!.map((cell, i) => (i === col - 1 ? undefined : cell));
    const index = NARRATIVE.findIndex((text) => text.includes("党委专项业务项目自评综述"));
    const score = showAmount(project.total!.amount!);
    // Two placeholders: the score, which waits for the blank 总得分, and the 全年预算数, a typed figure.
    const budget = showAmount(project.budget!.amount!);
    const text = NARRATIVE[index].replace(`自评得分 ${score} 分`, "自评得分 XX 分").replace(`预算数为 ${budget} 万元`, "预算数为 XX 万元");
    expect(text).not.toBe(NARRATIVE[index]);
    setText(grid, "情况说明", index + 1, text);

    const plan = planFill(grid);
    const cells = plan.edits.map((e) => `${e.sheet}!${e.cell}`);
    const sentence = cells.indexOf(`情况说明!A${index + 1}`);
    expect(plan.edits[sentence]?.shown).toBe(NARRATIVE[index]);
    expect(sentence).toBeGreaterThan(cells.indexOf(`${project.sheet}!${project.total!.address}`));
    expect(plan.ruleRuns).toBe(1);
  });

  it("lists a sentence restating a blank total after the total's fill", async () => {
    const grid = await sampleGrid();
    const grand = figure(recognizeWorkbook(grid).public["01"]!, "in.grand", "amount")!;
    const sheet = grid.sheets.find((s) => s.name === grand.sheet)!;
    const { row, col } = parseAddress(grand.address);
    sheet.cells[row - 1] = sheet.cells[row - 1]!.map((cell, i) => (i === col - 1 ? undefined : cell));
    const index = NARRATIVE.indexOf("（一）收入总计 2259.73 万元，包括：");
    setText(grid, "情况说明", index + 1, "（一）收入总计 XX 万元，包括：");

    const edits = planFill(grid).edits;
    const total = edits.findIndex((e) => e.sheet === grand.sheet && e.cell === grand.address);
    const sentence = edits.findIndex((e) => e.sheet === "情况说明" && e.cell === `A${index + 1}`);
    expect(total).toBeGreaterThanOrEqual(0);
    expect(sentence).toBeGreaterThan(total);
    expect(edits[sentence].shown).toBe("（一）收入总计 2259.73 万元，包括：");
  });
});
