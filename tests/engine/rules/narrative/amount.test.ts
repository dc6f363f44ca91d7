import { narrativeAmount } from "../../../../src/engine/rules/narrative/amount";
import { editParagraph, rowOf } from "../../narrative/sample-tables";
import { brief, run } from "./run";

describe("narrative/amount", () => {
  it("passes every amount of the sample: totals, parts, （项）, “三公”, 人员经费, 绩效", () => {
    expect(run(narrativeAmount)).toEqual([]);
  });

  it("reports a total that differs from 01 as an error", () => {
    const paragraphs = editParagraph(rowOf("（一）收入总计") - 1, (t) => t.replace("2259.73", "2295.73"));
    const [finding, ...rest] = run(narrativeAmount, { paragraphs });
    expect(rest).toEqual([]);
    expect(brief(finding)).toBe("error A2 2259.73 2295.73");
    expect(finding.messageId).toBe("mismatch");
    expect(finding.related).toEqual(["01收入支出决算总表!C17"]);
    expect(finding.table).toBe("narrative");
    expect(finding.sheet).toBe("情况说明");
  });

  it("finds a （类）（款）（项） sentence's row of table 05 by its names", () => {
    const paragraphs = editParagraph(rowOf("事业单位医疗（项）8.11") - 1, (t) => t.replace("8.11万元", "8.71万元"));
    const [finding] = run(narrativeAmount, { paragraphs });
    expect(brief(finding)).toBe(`error A${rowOf("事业单位医疗（项）8.11")} 8.11 8.71`);
    expect(finding.related).toEqual(["05一般公共预算财政拨款支出决算表!C22"]);
    // The message quotes the sentence's own words, so the accountant finds it.
    expect(finding).toMatchObject({ messageId: "mismatch" });
    expect(finding.message).toContain("“事业单位医疗（项）8.71万元”");
  });

  it("calls a difference within rounding a 尾差 (卫生健康支出 66.98 against 05's 66.99)", () => {
    const paragraphs = editParagraph(rowOf("3. 卫生健康支出 66.99") - 1, (t) => t.replace("66.99", "66.98"));
    const findings = run(narrativeAmount, { paragraphs });
    expect(findings.map(brief)).toEqual([`rounding A${rowOf("3. 卫生健康支出")} 66.99 66.98`]);
    expect(findings[0].messageId).toBe("rounding");
  });

  it("reads 基本支出 as table 03's column in part 一 and as the 财政拨款 figure in part 二", () => {
    const overall = editParagraph(rowOf("1. 基本支出 1672.09") - 1, (t) => t.replace("1672.09", "1672.99"));
    expect(run(narrativeAmount, { paragraphs: overall })[0].related).toEqual(["03支出决算表!D6"]);
    const fiscal = editParagraph(rowOf("2024 年度财政拨款支出 2259.73") - 1, (t) => t.replace("基本支出 1672.09", "基本支出 1627.09"));
    expect(run(narrativeAmount, { paragraphs: fiscal })[0].related).toEqual([
      "05一般公共预算财政拨款支出决算表!D6",
      "08政府性基金预算财政拨款收入支出决算表!F6",
      "09国有资本经营预算财政拨款支出决算表!D6",
    ]);
  });

  it("calls 外事接待 more than the whole 公务接待费 an error (a part cannot exceed its whole)", () => {
    const paragraphs = editParagraph(rowOf("外事接待累计") - 1, (t) => t.replace("0 人、0.00 万元", "0 人、0.50 万元"));
    const [finding] = run(narrativeAmount, { paragraphs });
    expect(brief(finding)).toBe(`error A${rowOf("外事接待累计")} 0.42 0.50`);
    expect(finding.messageId).toBe("exceedsWhole");
  });

  it("checks the 绩效 paragraph's project count, 涉及资金 and 自评平均分 against the performance sheets", () => {
    const row = rowOf("共涉及预算支出项目 3 个");
    const paragraphs = editParagraph(row - 1, (t) =>
      t.replace("项目 3 个(", "项目 4 个(").replace("涉及资金 279.23", "涉及资金 297.23").replace("89.25 分", "89.52 分")
    );
    expect(run(narrativeAmount, { paragraphs }).map(brief)).toEqual([
      `error A${row} 3 4`,
      `error A${row} 279.23 297.23`,
      `error A${row} 89.25 89.52`,
    ]);
  });

  it("checks a project's 自评得分, 全年预算数 and 全年执行数 against its sheet, found by name", () => {
    const row = rowOf("招商引资项目自评综述");
    const paragraphs = editParagraph(row - 1, (t) => t.replace("得分 69 分", "得分 96 分").replace("执行数为 11.51", "执行数为 15.11"));
    const result = run(narrativeAmount, { paragraphs });
    expect(result.map(brief)).toEqual([`error A${row} 69 96`, `error A${row} 11.51 15.11`]);
    expect(result[0].related).toEqual(["项目绩效自评表-招商引资专项经费!V20"]);
  });

  it("checks 机关运行经费 once 参考数据 gives its 本年决算数", () => {
    const reference = [
      ["项目", "本年决算数"],
      ["机关运行经费", "291.59"],
    ];
    expect(run(narrativeAmount, { reference })).toEqual([]);
    const wrong = [reference[0], ["机关运行经费", "281.59"]];
    expect(run(narrativeAmount, { reference: wrong }).map(brief)).toEqual([`error A${rowOf("机关运行经费支出 291.59")} 281.59 291.59`]);
  });
});

describe("narrative/amount, other wordings", () => {
  it("reads “一般公共预算财政拨款支出决算为 X 万元” as the item's amount", () => {
    const row = rowOf("2024 年度一般公共预算财政拨款支出 2259.73");
    const wording = (figure: string) => editParagraph(row - 1, () => `2024年度一般公共预算财政拨款支出决算为${figure}万元。`);
    expect(run(narrativeAmount, { paragraphs: wording("2259.73") })).toEqual([]);
    expect(run(narrativeAmount, { paragraphs: wording("2259.37") }).map(brief)).toEqual([`error A${row} 2259.73 2259.37`]);
  });

  it("does not take a stated 年初预算 for the item's actual amount", () => {
    const row = rowOf("2024 年度财政拨款支出 2259.73");
    const paragraphs = editParagraph(row - 1, (t) => t.replace("其中：基本支出 1672.09 万元", "其中：基本支出 1672.09 万元，基本支出年初预算为 1630.32 万元"));
    expect(run(narrativeAmount, { paragraphs })).toEqual([]);
  });
});
