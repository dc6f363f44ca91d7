// juesuan narrative: the standard 情况说明 written from the sample's tables. Every figure it prints must be the one
// the sample's own text prints in the same place; what no table holds is left as XX.
import { recognizeWorkbook } from "../../../src/engine/recognize";
import { runRules } from "../../../src/engine";
import { sheetFromRows } from "../../../src/engine/grid";
import { draftNarrative } from "../../../src/engine/narrative/draft";
import { narrativeFromSheet } from "../../../src/engine/narrative/recognize";
import { clauseStart, normalizePhrase, scanFigures } from "../../../src/engine/narrative/text";
import { DEFAULT_SETTINGS, WorkbookTables } from "../../../src/engine/rule";
import { NARRATIVE_RULES } from "../../../src/engine/rules/narrative";
import { NARRATIVE } from "../../fixtures/sample-data";
import { sampleGrid } from "./fixture";
import { SAMPLE_BUDGETS } from "./sample-tables";

/** "占收入总计的|100.00|%": a figure with the words that name it, numbering and spaces aside. */
function figureKeys(paragraph: string): string[] {
  return scanFigures(paragraph)
    .filter((f) => !f.placeholder)
    .map((f) => {
      const lead = normalizePhrase(paragraph.slice(clauseStart(paragraph, f.start), f.start)).replace(/^(?:\(\d+\)|\d+\.)/, "").replace(/^\d{4}年度?/, "");
      return `${lead}|${f.raw}|${f.unit}`;
    });
}

const SAMPLE_PARTS_ONE_TO_FOUR = NARRATIVE.slice(0, NARRATIVE.indexOf("五、其他重要事项的情况说明"));
const SAMPLE_KEYS = new Set(SAMPLE_PARTS_ONE_TO_FOUR.flatMap(figureKeys));

async function tables(withReference = false): Promise<WorkbookTables> {
  const grid = await sampleGrid();
  if (withReference) grid.sheets.push(sheetFromRows("参考数据", REFERENCE));
  return recognizeWorkbook(grid);
}

const REFERENCE = [
  ...SAMPLE_BUDGETS,
  ["收入总计", null, "2440.50"],
  ["支出总计", null, "2440.50"],
  ["年末结转和结余", null, "0"],
  ["财政拨款支出", null, "2438.24"],
  ["因公出国（境）费", null, "0"],
  ["公务用车购置及运行费", null, "57.91"],
];

describe("drafting the narrative from the tables", () => {
  it("writes parts 一 to 四 in the sample's wording, every figure as the sample prints it", async () => {
    const draft = draftNarrative(await tables());
    expect(draft[0]).toBe("一、收入支出决算总体情况说明");
    expect(draft).toContain("（一）收入总计 2259.73 万元，包括：");
    expect(draft).toContain(NARRATIVE[NARRATIVE.indexOf("（一）收入总计 2259.73 万元，包括：") + 1]);
    expect(draft).toContain("本部门2024年度无政府性基金预算财政拨款支出。");
    const keys = draft.flatMap(figureKeys);
    expect(keys.filter((key) => !SAMPLE_KEYS.has(key))).toEqual([]);
    // Every amount, share and “三公” rate of the sample is there: 与上年相比 and 年初预算 figures need 参考数据.
    expect(keys.length).toBeGreaterThanOrEqual(75);
    for (const key of ["占支出总计的|74.00|%", "完成预算的|98.98|%", "占“三公”经费支出的|99.27|%".replace(/[“”]/g, ""), "人员经费|1374.42|万元", "一般公共服务支出(类)党委办公厅(室)及相关机构事务(款)行政运行(项)|1116.80|万元"]) {
      expect(keys).toContain(key);
    }
  });

  it("computes the 与上年相比 and 年初预算 figures when 参考数据 holds them", async () => {
    const draft = draftNarrative(await tables(true)).join("\n");
    expect(draft).toContain("与上年相比，今年收入总计减少 180.77 万元，降低 7.41%");
    expect(draft).toContain("财政拨款支出减少 178.51 万元，降低 7.32%");
    expect(draft).toContain("完成年初预算的 125.77%，其中：基本支出完成年初预算的 102.56%，项目支出完成年初预算的 353.14%");
    expect(draft).toContain("与上年相比，今年结转结余持平");
    expect(draft).toContain("2024年因公出国（境）费与上年持平");
    expect(draft).toContain("比上年减少 0.93 万元，降低 1.61%");
  });

  it("reads back with no error: only the template's choices and the zero-budget rate are flagged", async () => {
    const base = await tables();
    const narrative = narrativeFromSheet(sheetFromRows("情况说明", draftNarrative(base).map((p) => [p])));
    const findings = runRules({ ...base, narrative }, DEFAULT_SETTINGS, NARRATIVE_RULES);
    expect(findings.filter((f) => f.severity === "error" || f.severity === "rounding")).toEqual([]);
    const warnings = findings.filter((f) => f.severity === "warning");
    expect(new Set(warnings.map((f) => f.rule))).toEqual(new Set(["narrative/zero-base", "narrative/template-phrase"]));
  });
});
