import { narrativeMissingUnit } from "../../../../src/engine/rules/narrative/missing-unit";
import { editParagraph, rowOf } from "../../narrative/sample-tables";
import { brief, run } from "./run";

describe("narrative/missing-unit", () => {
  it("finds every figure of the sample with its unit", () => {
    expect(run(narrativeMissingUnit)).toEqual([]);
  });

  it("warns of a percentage without % and an amount without 万元", () => {
    const row = rowOf("1. 财政拨款收入 2259.73");
    const paragraphs = editParagraph(row - 1, (t) => t.replace("100.00%", "100.00").replace("财政拨款收入 2259.73 万元", "财政拨款收入 2259.73"));
    const findings = run(narrativeMissingUnit, { paragraphs });
    expect(findings.map(brief)).toEqual([`warning A${row} 2259.73 万元 2259.73`, `warning A${row} 100.00% 100.00`]);
    expect(findings.map((f) => f.messageId)).toEqual(["missingUnit", "missingUnit"]);
  });
});
