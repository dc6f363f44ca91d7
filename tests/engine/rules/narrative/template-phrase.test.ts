import { narrativeTemplatePhrase } from "../../../../src/engine/rules/narrative/template-phrase";
import { editParagraph, rowOf } from "../../narrative/sample-tables";
import { brief, run } from "./run";

describe("narrative/template-phrase", () => {
  it("finds no template phrase in the sample", () => {
    expect(run(narrativeTemplatePhrase)).toEqual([]);
  });

  it("warns of a phrase that keeps both of the template's words", () => {
    const row = rowOf("今年收入总计减少");
    const paragraphs = editParagraph(row - 1, (t) => t.replace("降低 7.41%", "下降（增长）7.41%"));
    const [finding] = run(narrativeTemplatePhrase, { paragraphs });
    expect(brief(finding)).toBe(`warning A${row} - 下降（增长）`);
    expect(finding.messageId).toBe("bothWords");
    const slash = editParagraph(row - 1, (t) => t.replace("减少 180.77", "增加/减少 180.77"));
    expect(run(narrativeTemplatePhrase, { paragraphs: slash }).map(brief)).toEqual([`warning A${row} - 增加/减少`]);
  });
});
