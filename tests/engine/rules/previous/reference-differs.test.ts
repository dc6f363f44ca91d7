// A typed 参考数据 sheet beside last year's workbook: the typed figure is used, a difference is a 提示.
import { sheetFromRows, WorkbookGrid } from "../../../../src/engine/grid";
import { PREVIOUS_PATH, checkWith, gridOf, sampleGrid } from "../../reference/helpers";
import { at, cellIn, narrativeCellWith, where } from "./support";

const RULE = "previous/reference-differs";

async function withTypedReception(figure: number): Promise<WorkbookGrid> {
  const grid = await sampleGrid();
  grid.sheets.push(sheetFromRows("参考数据", [["项目", "上年决算数"], ["公务接待费", { value: figure, numFmt: "0.00" }]]));
  return grid;
}

describe(RULE, () => {
  it("says nothing when the typed figure is last year's", async () => {
    const prior = cellIn(await gridOf(PREVIOUS_PATH), "07", "reception", "actual").amount!.value.toNumber();
    const result = await checkWith(PREVIOUS_PATH, undefined, await withTypedReception(prior));
    expect(result.findings.filter((f) => f.rule === RULE)).toEqual([]);
  });

  it("is a 提示 at the typed cell, and the typed figure is the one checked against", async () => {
    const result = await checkWith(PREVIOUS_PATH, undefined, await withTypedReception(0.4));
    const prior = cellIn(await gridOf(PREVIOUS_PATH), "07", "reception", "actual");
    const found = result.findings.filter((f) => f.rule === RULE);
    expect(found.map((f) => [f.severity, where(f), f.related, f.expected, f.actual])).toEqual([
      ["warning", "参考数据!B2", [`上年:${at(prior)}`], "0.35", "0.40"],
    ]);
    // 0.42 − 0.40 = 0.02, not the 0.07 the sentence says: checked with the typed figure.
    const sentence = narrativeCellWith(await sampleGrid(), "公务接待费比上年增加");
    expect(result.findings.filter((f) => f.rule === "narrative/change-rate" && where(f) === sentence && f.severity === "error").map((f) => f.expected)).toEqual(["0.02"]);
  });
});
