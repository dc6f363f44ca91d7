import { narrativePlaceholder } from "../../../../src/engine/rules/narrative/placeholder";
import { editParagraph, rowOf } from "../../narrative/sample-tables";
import { NARRATIVE } from "../../../fixtures/sample-data";
import { run } from "./run";

describe("narrative/placeholder", () => {
  it("finds no placeholder in the sample", () => {
    expect(run(narrativePlaceholder)).toEqual([]);
  });

  it("offers one text fix per cell with every computable placeholder filled", () => {
    const row = rowOf("1. 基本支出 1672.09");
    const paragraphs = editParagraph(row - 1, (t) => t.replace("1672.09", "XX").replace("74.00%", "××%").replace("资本性支出 2.00", "资本性支出 X.XX"));
    const [finding, ...rest] = run(narrativePlaceholder, { paragraphs });
    expect(rest).toEqual([]);
    expect(finding.severity).toBe("info");
    expect(finding.cell).toBe(`A${row}`);
    expect(finding.fix).toEqual({ kind: "text", sheet: "情况说明", cell: `A${row}`, text: NARRATIVE[row - 1], shown: NARRATIVE[row - 1] });
    expect(finding.expected).toBe(NARRATIVE[row - 1]);
    expect(finding.messageId).toBe("fillable");
    expect(finding.message).toContain("3 处占位符");
  });

  it("fills a change rate from the stated change, and leaves what no table holds for the user", () => {
    const row = rowOf("今年收入总计减少");
    const paragraphs = editParagraph(row - 1, (t) => t.replace("7.41%", "XX%").replace("主要原因：本年度减少朝阳市档案馆、朝阳市史志办公室 2 个单位", "主要原因：XX"));
    const [finding] = run(narrativePlaceholder, { paragraphs });
    expect(finding.fix?.kind === "text" && finding.fix.text).toBe(NARRATIVE[row - 1].replace("主要原因：本年度减少朝阳市档案馆、朝阳市史志办公室 2 个单位", "主要原因：XX"));
    expect(finding.messageId).toBe("fillableAndByHand");
    expect(finding.message).toContain("另有 1 处");
  });

  it("does not fill a rate on a zero base, nor a count", () => {
    const row = rowOf("因公出国（境）费 0.00 万元，占");
    const paragraphs = editParagraph(row - 1, (t) => t.replace("完成预算的 0.00%", "完成预算的 XX%").replace("团组 0 个", "团组 XX 个"));
    const [finding] = run(narrativePlaceholder, { paragraphs });
    expect(finding.fix).toBeUndefined();
    expect(finding.messageId).toBe("byHand");
    expect(finding.message).toBe(
      "2 处占位符需手工填写：“完成预算的 XX%”（基数为 0，比率无从计算）；“出国（境）团组 XX 个，累计 0 人次”（数量不在报表中，需手工填写）"
    );
  });
});
