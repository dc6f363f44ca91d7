// The sample with last year's workbook and this year's budget (issue 14): every 无法核对 line that asked for a
// 上年决算数 or 年初预算数 is checked, the carry-over identities hold, and nothing else changes but what those
// figures decide.
import { checkWorkbook } from "../../../src/engine";
import { Finding } from "../../../src/engine/finding";
import { recognizeWorkbook } from "../../../src/engine/recognize";
import { referenceInputsOf } from "../../../src/engine/reference/inputs";
import { BUDGET_PATH, PREVIOUS_PATH, checkWith, gridOf, sampleGrid, unverifiable } from "./helpers";

const key = (f: Finding) => `${f.rule}|${f.severity}|${f.sheet}!${f.cell}|${f.message}`;

describe("the sample with previous-2023.xlsx and budget-2024.xlsx", () => {
  it("leaves no 无法核对 that asks for 上年决算数 or 年初预算数 (the one left needs 机关运行经费, in no table)", async () => {
    const bare = checkWorkbook(await sampleGrid());
    expect(unverifiable(bare, "上年决算数").length + unverifiable(bare, "年初预算数").length).toBeGreaterThan(0);
    const result = await checkWith(PREVIOUS_PATH, BUDGET_PATH);
    expect(unverifiable(result, "上年决算数")).toEqual([]);
    expect(unverifiable(result, "年初预算数")).toEqual([]);
    expect(unverifiable(result, "本年决算数").map((f) => f.message)).toEqual(unverifiable(bare, "本年决算数").map((f) => f.message));
  });

  it("finds no new error: the carry-over identities hold and every sentence agrees with the implied figures", async () => {
    const bare = checkWorkbook(await sampleGrid());
    const result = await checkWith(PREVIOUS_PATH, BUDGET_PATH);
    const errors = (r: typeof result) => r.findings.filter((f) => f.severity === "error").map(key);
    expect(errors(result)).toEqual(errors(bare));
    expect(result.findings.filter((f) => f.rule.startsWith("previous/t0"))).toEqual([]);
  });

  it("turns each former 无法核对 line into a check: agreement, 尾差 or 提示, never silence", async () => {
    const bare = checkWorkbook(await sampleGrid());
    const result = await checkWith(PREVIOUS_PATH, BUDGET_PATH);
    const added = result.findings.filter((f) => !bare.findings.some((b) => key(b) === key(f)));
    // 353.15% against 587.63 ÷ 166.40 = 353.14% (domain.md §8), and 死亡抚恤's 100% on no budget (not in the budget tables).
    expect(added.filter((f) => f.rule === "narrative/budget-rate").map((f) => [f.severity, f.actual])).toEqual([["rounding", "353.15%"]]);
    expect(added.filter((f) => f.rule === "narrative/zero-base").map((f) => f.actual)).toEqual(["100%"]);
    // 20808 抚恤 (with its one 项 死亡抚恤) is new in 2024.
    expect(added.filter((f) => f.rule === "previous/new-item").map((f) => f.message)).toEqual([expect.stringContaining("20808 抚恤")]);
    expect(added.filter((f) => !["narrative/budget-rate", "narrative/zero-base", "previous/new-item"].includes(f.rule))).toEqual([]);
  });

  it("names the previous workbook's cells as 上年:Sheet!A1 in related", async () => {
    const previous = recognizeWorkbook(await gridOf(PREVIOUS_PATH));
    const reception = previous.public["07"]!.rows.find((r) => r.key === "reception")!.cells.actual!;
    const grid = await sampleGrid();
    const inputs = referenceInputsOf({ previous: await gridOf(PREVIOUS_PATH) })!;
    const reference = recognizeWorkbook(grid, inputs).reference!;
    const entry = reference.entries.find((e) => e.item === "公务接待费")!;
    expect(entry.figures.上年决算数!.sheet).toBe(`上年:${reception.sheet}`);
    expect(entry.figures.上年决算数!.address).toBe(reception.address);
  });

  it("reads last year's workbook in another layout just the same", async () => {
    // The companions are read by the engine's own recognisers: the same figures, whatever the layout.
    const { previousTables } = await import("../../fixtures/previous/build-previous");
    const { buildSampleWorkbook } = await import("../../fixtures/build-sample");
    const { gridFromXlsx } = await import("../../../src/xlsx/read");
    const bytes = await buildSampleWorkbook({ tables: previousTables(), yearLine: "2023年度", publicOnly: true, codeInThreeColumns: true, textAmounts: true }).xlsx.writeBuffer();
    const other = await gridFromXlsx(new Uint8Array(bytes), "上年-三栏编码.xlsx");
    const a = await checkWith(PREVIOUS_PATH, BUDGET_PATH);
    const b = await checkWith(other, BUDGET_PATH);
    expect(b.findings.map(key)).toEqual(a.findings.map(key));
  });
});
