import { narrativeChangeRate } from "../../../../src/engine/rules/narrative/change-rate";
import { editParagraph, rowOf } from "../../narrative/sample-tables";
import { brief, run } from "./run";

describe("narrative/change-rate", () => {
  it("checks every 与上年相比 rate from its sentence alone; 21.50% (0.07 on 0.42) is a 尾差", () => {
    const [finding, ...rest] = run(narrativeChangeRate);
    expect(rest).toEqual([]);
    expect(brief(finding)).toBe(`rounding A${rowOf("增长 21.50%")} 20.00% 21.50%`);
    expect(finding.detail).toBe("上年数 = 0.42 − 0.07 = 0.35；0.07 ÷ 0.35 = 20.00%");
    expect(finding.messageId).toBe("rateRounding");
  });

  it("reports a wrong rate as an error", () => {
    const row = rowOf("财政拨款支出减少 178.51");
    const paragraphs = editParagraph(row - 1, (t) => t.replace("降低 7.32%", "降低 7.23%"));
    const [finding] = run(narrativeChangeRate, { paragraphs }).filter((f) => f.cell === `A${row}`);
    expect(brief(finding)).toBe(`error A${row} 7.32% 7.23%`);
    expect(finding.detail).toBe("上年数 = 2259.73 + 178.51 = 2438.24；178.51 ÷ 2438.24 = 7.32%");
    expect(finding.messageId).toBe("rateMismatch");
  });

  it("checks 机关运行经费's rate from the figure the sentence states (no table holds it)", () => {
    const row = rowOf("机关运行经费支出 291.59");
    const paragraphs = editParagraph(row - 1, (t) => t.replace("12.38%", "11.01%"));
    expect(run(narrativeChangeRate, { paragraphs }).filter((f) => f.cell === `A${row}`).map(brief)).toEqual([`error A${row} 12.38% 11.01%`]);
  });

  it("checks the change itself against 参考数据's 上年决算数", () => {
    const row = rowOf("今年收入总计减少");
    const good = [
      ["项目", "上年决算数"],
      ["收入总计", "2440.50"],
    ];
    expect(run(narrativeChangeRate, { reference: good }).filter((f) => f.cell === `A${row}`)).toEqual([]);
    const bad = [good[0], ["收入总计", "2444.50"]];
    const [finding] = run(narrativeChangeRate, { reference: bad }).filter((f) => f.cell === `A${row}`);
    expect(brief(finding)).toBe(`error A${row} 184.77 180.77`);
    expect(finding.related).toEqual(["01收入支出决算总表!C17", "参考数据!B2"]);
    expect(finding.messageId).toBe("amountMismatch");
  });

  it("checks a rate given without its change against 参考数据", () => {
    const row = rowOf("今年收入总计减少");
    const paragraphs = editParagraph(row - 1, (t) => t.replace("减少 180.77 万元，降低 7.41%", "降低 7.14%"));
    const reference = [
      ["项目", "上年决算数"],
      ["收入总计", "2440.50"],
    ];
    expect(run(narrativeChangeRate, { paragraphs, reference }).filter((f) => f.cell === `A${row}`).map(brief)).toEqual([`error A${row} 7.41% 7.14%`]);
  });
});
