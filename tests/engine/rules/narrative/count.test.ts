import { narrativeCount } from "../../../../src/engine/rules/narrative/count";
import { editParagraph, rowOf } from "../../narrative/sample-tables";
import { brief, run } from "./run";

describe("narrative/count", () => {
  it("finds the sample's counts consistent with their amounts (0 团组 for 0.00, 5 批次 for 0.42, 0 辆 for 0.00)", () => {
    expect(run(narrativeCount)).toEqual([]);
  });

  it("warns of groups sent abroad with no 因公出国（境）费", () => {
    const row = rowOf("参加出国（境）团组 0 个");
    const paragraphs = editParagraph(row - 1, (t) => t.replace("团组 0 个，累计 0 人次", "团组 2 个，累计 6 人次"));
    const result = run(narrativeCount, { paragraphs });
    expect(result.map(brief)).toEqual([`warning A${row} - 2`, `warning A${row} - 6`]);
    expect(result.map((f) => f.messageId)).toEqual(["countWithoutAmount", "countWithoutAmount"]);
    expect(result[0].message).toBe("“出国（境）团组 2 个，累计 6 人次”：出国（境）团组数为 2，因公出国（境）费却为 0");
  });

  it("warns of 公务接待费 spent with no batch received", () => {
    const row = rowOf("国内公务接待累计 5 批次");
    const paragraphs = editParagraph(row - 1, (t) => t.replace("累计 5 批次", "累计 0 批次"));
    const result = run(narrativeCount, { paragraphs });
    expect(result.map(brief)).toEqual([`warning A${row} - 0`]);
    expect(result[0].messageId).toBe("amountWithoutCount");
  });
});
