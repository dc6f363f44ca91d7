import { gridFromXlsx } from "../../../../src/xlsx/read";
import { buildSampleWorkbook } from "../../../fixtures/build-sample";
import { PREVIOUS_PATH, checkWith, sampleGrid } from "../../reference/helpers";
import { at, cellIn, where } from "./support";

const RULE = "previous/new-item";

describe(RULE, () => {
  it("says once, at this year's row, that 20808 抚恤 (and its 项 死亡抚恤) is new since 2023", async () => {
    const result = await checkWith(PREVIOUS_PATH);
    const row = cellIn(await sampleGrid(), "05", "20808", "total");
    expect(result.findings.filter((f) => f.rule === RULE).map((f) => [f.severity, where(f)])).toEqual([["info", at(row)]]);
  });

  it("says nothing when last year's tables list every code of this year's", async () => {
    const bytes = await buildSampleWorkbook({ publicOnly: true, yearLine: "2023年度" }).xlsx.writeBuffer();
    const sameCodes = await gridFromXlsx(new Uint8Array(bytes), "上年.xlsx");
    const result = await checkWith(sameCodes);
    expect(result.findings.filter((f) => f.rule === RULE)).toEqual([]);
  });
});
