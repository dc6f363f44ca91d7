// The narrative rules never stop on odd text or missing tables: whatever the paragraphs hold, every rule completes
// (a rule that throws would become a "未能完成核对" finding).
import fc from "fast-check";
import { runRules } from "../../../../src/engine";
import { NARRATIVE_RULES } from "../../../../src/engine/rules/narrative";
import { DEFAULT_SETTINGS } from "../../../../src/engine/rule";
import { NARRATIVE } from "../../../fixtures/sample-data";
import { sampleTables } from "../../narrative/sample-tables";

const PIECES = [...NARRATIVE.flatMap((p) => p.split(/(?<=[，。；：])/)), "XX", "××%", "X.XX", "___", "（增长）", "持平", "\n", "完成预算的", "占", "的", "万元", "%", "0", "1.5"];

describe("narrative rules on odd input", () => {
  it("complete on any mix of the sample's clauses, placeholders and stray words", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), { minLength: 1, maxLength: 6 }), (paragraphs) => {
        const findings = runRules(sampleTables({ paragraphs: paragraphs.map((p) => p.join("")) }), DEFAULT_SETTINGS, NARRATIVE_RULES);
        expect(findings.filter((f) => f.message.includes("未能完成核对"))).toEqual([]);
      }),
      { numRuns: 150 }
    );
  });

  it("find no error in sentences whose table is missing, and say which table each figure lacks", () => {
    const findings = runRules(sampleTables({ without: ["01", "03", "04", "05", "06", "07", "08", "09"] }), DEFAULT_SETTINGS, NARRATIVE_RULES);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    const total = findings.filter((f) => f.message.includes("收入总计 2259.73"));
    expect(total.map((f) => `${f.severity} ${f.message.split("——")[0]}`)).toEqual([
      "info 无法核对：工作簿中没有收入支出决算总表（公开01表），收入总计无从核对",
    ]);
    // What the sentences prove on their own is still checked: the change rates and the 绩效 rates.
    expect(findings.filter((f) => f.severity === "rounding").map((f) => `${f.rule} ${f.actual}`)).toEqual([
      "narrative/budget-rate 94.59%",
      "narrative/budget-rate 57.56%",
      "narrative/change-rate 21.50%",
    ]);
  });
});
