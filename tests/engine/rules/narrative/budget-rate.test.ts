import { narrativeBudgetRate } from "../../../../src/engine/rules/narrative/budget-rate";
import { SAMPLE_BUDGETS, editParagraph, rowOf } from "../../narrative/sample-tables";
import { brief, run } from "./run";

describe("narrative/budget-rate", () => {
  it("checks the “三公” rates against table 07 and the projects' rates from their sentences (94.59%, 57.56% are 尾差)", () => {
    expect(run(narrativeBudgetRate).map(brief)).toEqual([
      `rounding A${rowOf("完成预算的 94.59%")} 94.58% 94.59%`,
      `rounding A${rowOf("完成预算的 57.56%")} 57.55% 57.56%`,
    ]);
  });

  it("reports a wrong “三公” rate as an error", () => {
    const row = rowOf("完成预算的98.98%");
    const paragraphs = editParagraph(row - 1, (t) => t.replace("98.98%", "97.98%"));
    const finding = run(narrativeBudgetRate, { paragraphs }).find((f) => f.cell === `A${row}`)!;
    expect(brief(finding)).toBe(`error A${row} 98.98% 97.98%`);
    expect(finding.related).toEqual(["07财政拨款“三公”经费支出决算表!D6", "07财政拨款“三公”经费支出决算表!C6"]);
    expect(finding.messageId).toBe("mismatch");
  });

  it("checks 完成年初预算的 P% against 参考数据: 125.77% and 102.56% exact, a changed one an error", () => {
    const row = rowOf("完成年初预算的 125.77%");
    expect(run(narrativeBudgetRate, { reference: SAMPLE_BUDGETS }).filter((f) => f.cell === `A${row}`).map(brief)).toEqual([
      `rounding A${row} 353.14% 353.15%`,
    ]);
    const paragraphs = editParagraph(row - 1, (t) => t.replace("102.56%", "120.56%"));
    const changed = run(narrativeBudgetRate, { reference: SAMPLE_BUDGETS, paragraphs }).filter((f) => f.cell === `A${row}`);
    expect(changed.map(brief)).toEqual([`error A${row} 102.56% 120.56%`, `rounding A${row} 353.14% 353.15%`]);
  });

  it("finds a （项）'s 年初预算数 in 参考数据 by its 科目编码", () => {
    const reference = [
      ["项目", "科目编码", "年初预算数"],
      ["行政运行", "2013101", "1076.23"],
      ["一般行政管理事务", "2013102", "186.40"],
    ];
    const result = run(narrativeBudgetRate, { reference });
    const row = rowOf("一般行政管理事务（项）587.63");
    expect(result.filter((f) => f.cell === `A${row}`).map(brief)).toEqual([`error A${row} 315.25% 353.14%`]);
    expect(result.some((f) => f.cell === `A${rowOf("行政运行（项）1116.80")}`)).toBe(false);
  });

  it("checks a sentence that states its own budget from the sentence alone", () => {
    const row = rowOf("行政运行（项）1116.80");
    const sentence = (rate: string) => (t: string) =>
      t.replace("完成年初预算的 103.77%", `年初预算为 1076.23 万元，支出决算为 1116.80 万元，完成年初预算的 ${rate}`);
    expect(run(narrativeBudgetRate, { paragraphs: editParagraph(row - 1, sentence("103.77%")) }).filter((f) => f.cell === `A${row}`)).toEqual([]);
    expect(run(narrativeBudgetRate, { paragraphs: editParagraph(row - 1, sentence("107.37%")) }).filter((f) => f.cell === `A${row}`).map(brief)).toEqual([
      `error A${row} 103.77% 107.37%`,
    ]);
  });
});
