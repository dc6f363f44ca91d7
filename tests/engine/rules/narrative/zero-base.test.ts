import { narrativeZeroBase } from "../../../../src/engine/rules/narrative/zero-base";
import { editParagraph, rowOf } from "../../narrative/sample-tables";
import { brief, run } from "./run";

describe("narrative/zero-base", () => {
  it("warns of the sample's 因公出国（境）费 完成预算的 0.00% (no budget in 07), and of nothing else", () => {
    const [finding, ...rest] = run(narrativeZeroBase);
    expect(rest).toEqual([]);
    expect(brief(finding)).toBe(`warning A${rowOf("因公出国（境）费 0.00 万元，占")} - 0.00%`);
    expect(finding.messageId).toBe("zeroBudget");
    expect(finding.related).toEqual(["07财政拨款“三公”经费支出决算表!D7", "07财政拨款“三公”经费支出决算表!C7"]);
  });

  it("warns of a growth rate from nothing (the whole amount is the increase)", () => {
    const row = rowOf("比上年增加 0.07 万元");
    const paragraphs = editParagraph(row - 1, (t) => t.replace("增加 0.07 万元，增长 21.50%", "增加 0.42 万元，增长 100.00%"));
    const findings = run(narrativeZeroBase, { paragraphs }).filter((f) => f.cell === `A${row}`);
    expect(findings.map(brief)).toEqual([`warning A${row} - 100.00%`]);
    expect(findings[0].messageId).toBe("zeroPrior");
  });
});
