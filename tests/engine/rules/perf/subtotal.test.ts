import { invalidFigure } from "../../../../src/engine/rules/common/invalid-figure";
import { subtotal } from "../../../../src/engine/rules/perf/subtotal";
import { addressOf, project1, project2, project3, valueRightOf, withCell } from "../../perf/sample-sheets";
import { runPerf } from "./run";

const check = (sheets: Parameters<typeof runPerf>[0]) => runPerf(sheets, [invalidFigure, subtotal]);

describe("perf/subtotal", () => {
  it("passes 小计 90 = Σ 得分", () => {
    expect(check([project1(), project2()])).toEqual([]);
  });

  it("reports the 招商引资 sheet's 小计 90 against Σ 得分 76.7", () => {
    const sheet = project3();
    const [finding] = check([sheet]);
    expect(finding).toMatchObject({ severity: "error", messageId: "sumMismatch", cell: valueRightOf(sheet, "指标自评得分小计"), expected: "76.7", actual: "90" });
    expect(finding.related).toContain(addressOf(sheet, "完成招商指标考核", "得分"));
  });

  it("does not give thirty half-units of tolerance to typed scores", () => {
    const sheet = project1();
    const [finding] = check([withCell(sheet, valueRightOf(sheet, "指标自评得分小计"), 90.1)]);
    expect(finding).toMatchObject({ severity: "error", messageId: "sumMismatch" });
  });

  it("takes a blank score as the value fill will write, and fills a blank 小计", () => {
    const sheet = project1();
    const score = addressOf(sheet, "购买打印纸等办公用品", "得分");
    expect(check([withCell(sheet, score, undefined)])).toEqual([]);
    const [fill] = check([withCell(sheet, valueRightOf(sheet, "指标自评得分小计"), undefined)]);
    expect(fill).toMatchObject({ severity: "info", messageId: "fillable", expected: "90" });
    expect(fill.fix).toMatchObject({ shown: "90", numFmt: "0" });
  });

  it("skips a total over an unreadable score", () => {
    const sheet = project1();
    const score = addressOf(sheet, "购买打印纸等办公用品", "得分");
    expect(check([withCell(sheet, score, "#N/A")]).map((f) => f.rule)).toEqual(["input/invalid-figure"]);
  });
});
