import { narrativeDirection } from "../../../../src/engine/rules/narrative/direction";
import { editParagraph, rowOf } from "../../narrative/sample-tables";
import { brief, run } from "./run";

const PRIOR = (item: string, figure: string) => [
  ["项目", "上年决算数"],
  [item, figure],
];

describe("narrative/direction", () => {
  it("passes the sample's words (减少…降低, 增加…增长, 小于 and 持平 预算数)", () => {
    expect(run(narrativeDirection)).toEqual([]);
  });

  it("reports a change whose amount and rate words disagree", () => {
    const row = rowOf("比上年减少 0.93 万元");
    const paragraphs = editParagraph(row - 1, (t) => t.replace("降低 1.61%", "增长 1.61%"));
    const [finding] = run(narrativeDirection, { paragraphs });
    expect(brief(finding)).toBe(`error A${row} 降低 1.61% 增长 1.61%`);
    expect(finding.messageId).toBe("wordsDisagree");
  });

  it("reports words that contradict 参考数据's 上年决算数", () => {
    const row = rowOf("今年收入总计减少");
    expect(run(narrativeDirection, { reference: PRIOR("收入总计", "2440.50") })).toEqual([]);
    const [finding] = run(narrativeDirection, { reference: PRIOR("收入总计", "2078.96") });
    expect(brief(finding)).toBe(`error A${row} 增加 减少`);
    // The message states the change 参考数据 implies.
    expect(finding.messageId).toBe("priorMoved");
    expect(finding.message).toContain("本年比上年增加 180.77 万元");
  });

  it("reports 持平 when 参考数据 says the figure moved", () => {
    const row = rowOf("因公出国（境）费与上年持平");
    expect(run(narrativeDirection, { reference: PRIOR("因公出国（境）费", "0.00") })).toEqual([]);
    const [finding] = run(narrativeDirection, { reference: PRIOR("因公出国（境）费", "3.20") });
    expect(brief(finding)).toBe(`error A${row} 减少 3.20 万元 持平`);
    expect(finding.messageId).toBe("notFlat");
  });

  it("reports 决算数大于预算数 when 07 shows less spent than budgeted", () => {
    const row = rowOf("2. 公务接待费 0.42");
    const paragraphs = editParagraph(row - 1, (t) => t.replace("决算数小于预算数", "决算数大于预算数"));
    const [finding] = run(narrativeDirection, { paragraphs });
    expect(brief(finding)).toBe(`error A${row} 小于 大于`);
    expect(finding.messageId).toBe("comparison");
    expect(finding.message).toBe("“决算数大于预算数”：公务接待费决算数 0.42，预算数 1.00，决算数应小于预算数");
  });
});
