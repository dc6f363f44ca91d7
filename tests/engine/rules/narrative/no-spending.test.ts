import { narrativeNoSpending } from "../../../../src/engine/rules/narrative/no-spending";
import { editParagraph, rowOf } from "../../narrative/sample-tables";
import { brief, run } from "./run";

describe("narrative/no-spending", () => {
  it("accepts the sample's 无政府性基金… and 无国有资本经营… (08 and 09 are empty)", () => {
    expect(run(narrativeNoSpending)).toEqual([]);
  });

  it("reports 无… when the table holds an amount", () => {
    const row = rowOf("无政府性基金预算财政拨款支出");
    const paragraphs = editParagraph(row - 1, () => "本部门2024年度无一般公共预算财政拨款支出。");
    const [finding] = run(narrativeNoSpending, { paragraphs });
    expect(brief(finding)).toBe(`error A${row} 2259.73 0.00`);
    expect(finding.messageId).toBe("tableHasAmount");
    expect(finding.related).toEqual(["05一般公共预算财政拨款支出决算表!C6"]);
  });
});
