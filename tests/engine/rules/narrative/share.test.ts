import { narrativeShare } from "../../../../src/engine/rules/narrative/share";
import { editParagraph, rowOf } from "../../narrative/sample-tables";
import { brief, run } from "./run";

describe("narrative/share", () => {
  it("passes every share of the sample (收入总计, 支出总计, “三公”经费)", () => {
    expect(run(narrativeShare)).toEqual([]);
  });

  it("reports a wrong share as an error, with the arithmetic", () => {
    const row = rowOf("2. 公务接待费 0.42 万元");
    const paragraphs = editParagraph(row - 1, (t) => t.replace("0.73%", "0.37%"));
    const [finding] = run(narrativeShare, { paragraphs });
    expect(brief(finding)).toBe(`error A${row} 0.73% 0.37%`);
    expect(finding.detail).toBe("0.42 ÷ 57.40 = 0.73%");
    expect(finding.messageId).toBe("mismatch");
    expect(finding.message).toBe("“占“三公”经费支出的 0.37%”：公务接待费的占比应为 0.73%，实为 0.37%");
  });

  it("calls a share that rounding explains a 尾差 (73.99% for 1672.09 ÷ 2259.73 = 73.995%)", () => {
    const paragraphs = editParagraph(rowOf("占支出总计的 74.00%") - 1, (t) => t.replace("74.00%", "73.99%"));
    const findings = run(narrativeShare, { paragraphs });
    expect(findings.map(brief)).toEqual(["rounding A13 74.00% 73.99%"]);
    expect(findings[0].messageId).toBe("rounding");
  });

  it("takes the numerator named before 占 when the sentence names one", () => {
    const paragraphs = editParagraph(rowOf("2. 项目支出 587.63") - 1, () => "2. 项目支出占支出总计的 26.01%。");
    expect(run(narrativeShare, { paragraphs }).map(brief)).toEqual(["error A14 26.00% 26.01%"]);
  });
});
