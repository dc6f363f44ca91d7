// The sample's 情况说明 against its own tables: exactly the narrative cases of domain.md §8 (the rounding cases and the
// zero-budget warning), info lines for what cannot be checked, no error; with 参考数据's year-start budgets the
// 125.77%, 102.56% and 353.15% sentences are checked. Then one figure, one percentage and one direction word changed.
import { runRules } from "../../../../src/engine";
import { Finding } from "../../../../src/engine/finding";
import { DEFAULT_SETTINGS } from "../../../../src/engine/rule";
import { NARRATIVE_RULES } from "../../../../src/engine/rules/narrative";
import { SAMPLE_BUDGETS, editParagraph, rowOf, sampleTables } from "../../narrative/sample-tables";

function findings(options: Parameters<typeof sampleTables>[0] = {}): Finding[] {
  return runRules(sampleTables(options), DEFAULT_SETTINGS, NARRATIVE_RULES);
}

const brief = (f: Finding) => `${f.severity} ${f.rule} ${f.cell} ${f.expected ?? "-"} ${f.actual ?? "-"}`;

const NOT_CHECKABLE = [
  // 完成年初预算的 P% of each （项）: their 年初预算数 are in no table.
  "103.77%",
  "353.14%",
  "91.24%",
  "70.27%",
  "89.8%",
  "163.75%",
  "100%",
  "69%",
  "78.43%",
  "70%",
  "103.57%",
];

describe("the sample narrative (domain.md §8)", () => {
  it("yields exactly the §8 rounding cases and the zero-budget warning, and no error", () => {
    const result = findings().filter((f) => f.severity !== "info");
    expect(result.map(brief).sort()).toEqual(
      [
        `warning narrative/zero-base A${rowOf("因公出国（境）费 0.00 万元，占")} - 0.00%`,
        `rounding narrative/change-rate A${rowOf("增长 21.50%")} 20.00% 21.50%`,
        `rounding narrative/budget-rate A${rowOf("完成预算的 94.59%")} 94.58% 94.59%`,
        `rounding narrative/budget-rate A${rowOf("完成预算的 57.56%")} 57.55% 57.56%`,
      ].sort()
    );
  });

  it("says once each which figures cannot be checked and what they lack", () => {
    const infos = findings().filter((f) => f.severity === "info");
    expect(infos.every((f) => f.rule === "narrative/unverifiable" && f.message.startsWith("无法核对："))).toBe(true);
    expect(new Set(infos.map((f) => f.messageId))).toEqual(new Set(["figure", "figureReference", "flatReference"]));
    const budgets = infos.filter((f) => f.message.startsWith("无法核对：缺少年初预算数"));
    expect(budgets.map((f) => f.actual)).toEqual(["125.77%", "102.56%", "353.15%", ...NOT_CHECKABLE]);
    expect(budgets[0].message).toContain("财政拨款支出");
    expect(budgets[0].cell).toBe(`A${rowOf("完成年初预算的 125.77%")}`);
    // Of the rest, only the two 持平 sentences lack a figure 参考数据 could give; 机关运行经费 291.59 is checked by
    // its own sentence (增加 32.12 万元，增长 12.38%).
    const others = infos.filter((f) => !budgets.includes(f) && f.messageId !== "figure").map((f) => `${f.messageId} ${f.cell} ${f.message.split("——")[0]}`);
    expect(others).toEqual([
      `flatReference A${rowOf("今年结转结余持平")} 无法核对：缺少上年决算数（年末结转和结余）`,
      `flatReference A${rowOf("因公出国（境）费与上年持平")} 无法核对：缺少上年决算数（因公出国（境）费）`,
    ]);
    expect(infos.some((f) => f.cell === `A${rowOf("机关运行经费支出 291.59")}`)).toBe(false);
  });

  it("checks the 完成年初预算 sentences once 参考数据 gives the year-start budgets: 353.15% is a 尾差", () => {
    const result = findings({ reference: SAMPLE_BUDGETS });
    const row = `A${rowOf("完成年初预算的 125.77%")}`;
    expect(result.filter((f) => f.cell === row && f.severity !== "info").map(brief)).toEqual([`rounding narrative/budget-rate ${row} 353.14% 353.15%`]);
    const rounding = result.find((f) => f.cell === row)!;
    expect(rounding.related).toEqual(["05一般公共预算财政拨款支出决算表!E6", "08政府性基金预算财政拨款收入支出决算表!G6", "09国有资本经营预算财政拨款支出决算表!E6", "参考数据!D4"]);
    expect(rounding.messageId).toBe("rounding");
    expect(rounding.message).toContain("“项目支出完成年初预算的 353.15%”");
    expect(result.filter((f) => f.severity === "info")).toHaveLength(findings().filter((f) => f.severity === "info").length - 3);
  });

  it("reports a changed figure as an error at its narrative cell, with expected and actual", () => {
    const paragraphs = editParagraph(rowOf("1. 基本支出 1672.09") - 1, (t) => t.replace("基本支出 1672.09", "基本支出 1672.90"));
    const errors = findings({ paragraphs }).filter((f) => f.severity === "error");
    expect(errors.map(brief)).toEqual([`error narrative/amount A13 1672.09 1672.90`]);
    expect(errors[0].related).toEqual(["03支出决算表!D6"]);
    expect(errors[0].messageId).toBe("mismatch");
    expect(errors[0].message).toBe("“1. 基本支出 1672.90 万元”与支出决算表（公开03表）不符：基本支出应为 1672.09，实为 1672.90");
  });

  it("reports a changed percentage as an error at its narrative cell", () => {
    const paragraphs = editParagraph(rowOf("占支出总计的 74.00%") - 1, (t) => t.replace("74.00%", "75.00%"));
    const errors = findings({ paragraphs }).filter((f) => f.severity === "error");
    expect(errors.map(brief)).toEqual([`error narrative/share A13 74.00% 75.00%`]);
    expect(errors[0].detail).toBe("1672.09 ÷ 2259.73 = 74.00%");
    expect(errors[0].messageId).toBe("mismatch");
    expect(errors[0].related).toEqual(["03支出决算表!D6", "01收入支出决算总表!C25"]);
  });

  it("reports a direction word turned round (降低 → 增长) as an error at its narrative cell", () => {
    const paragraphs = editParagraph(rowOf("今年收入总计减少") - 1, (t) => t.replace("降低 7.41%", "增长 7.41%"));
    const errors = findings({ paragraphs }).filter((f) => f.severity === "error");
    expect(errors.map(brief)).toEqual([`error narrative/direction A11 降低 7.41% 增长 7.41%`]);
    expect(errors[0].messageId).toBe("wordsDisagree");
    expect(errors[0].message).toContain("金额说“减少”，比率却说“增长”");
  });
});
