// Each narrative rule on the real reports (the sample's cases are in each rule's own file): passing cases (the
// report as printed, with its written-down discrepancies only) and failing ones (a figure or word changed). With
// the sample, every rule's cases come from at least two different reports.
import { Decimal } from "../../../../src/engine/decimal";
import { figureQuote, narrativeAccount } from "../../../../src/engine/narrative/accounting";
import { narrativeAmount } from "../../../../src/engine/rules/narrative/amount";
import { narrativeBudgetRate } from "../../../../src/engine/rules/narrative/budget-rate";
import { narrativeChangeRate } from "../../../../src/engine/rules/narrative/change-rate";
import { narrativeCount } from "../../../../src/engine/rules/narrative/count";
import { narrativeDirection } from "../../../../src/engine/rules/narrative/direction";
import { narrativeMissingUnit } from "../../../../src/engine/rules/narrative/missing-unit";
import { narrativeNoSpending } from "../../../../src/engine/rules/narrative/no-spending";
import { narrativePlaceholder } from "../../../../src/engine/rules/narrative/placeholder";
import { narrativeReferenceFigure } from "../../../../src/engine/rules/narrative/reference-figure";
import { narrativeShare } from "../../../../src/engine/rules/narrative/share";
import { narrativeTemplatePhrase } from "../../../../src/engine/rules/narrative/template-phrase";
import { narrativeUnverifiable } from "../../../../src/engine/rules/narrative/unverifiable";
import { narrativeZeroBase } from "../../../../src/engine/rules/narrative/zero-base";
import { REAL_IDS } from "../../../fixtures/real/fixtures";
import { writtenNarrativeFindings } from "../../narrative/real";
import { brief } from "./run";
import { editWhere, figureOf, real, runReal, wrong } from "./real-run";

const WENLV = "2025-putuo-wenlvju";
const SHENGTAI = "2025-putuo-shengtai";
const SHEHUI = "2024-putuo-shehuigongzuobu";

/** The written-down findings of a rule, in the brief form. */
const written = (id: (typeof REAL_IDS)[number], rule: string) =>
  writtenNarrativeFindings(id)
    .filter((f) => f.rule === rule)
    .map((f) => `${f.severity} ${f.cell} ${f.expected === "—" ? "-" : f.expected} ${f.actual === "—" ? "-" : f.actual}`)
    .sort();

describe("narrative/amount on the real reports", () => {
  it.each(REAL_IDS)("finds every amount of %s as its table prints it", async (id) => {
    expect(await runReal(narrativeAmount, id)).toEqual([]);
  });

  it("calls an amount that differs from its table cell an error (生态环境局 人员经费, 文旅局 一个（项）的支出决算)", async () => {
    const personnel = await figureOf(SHENGTAI, "人员经费");
    const [finding] = await runReal(narrativeAmount, SHENGTAI, [wrong(personnel)]);
    expect(finding.severity).toBe("error");
    expect(finding.expected).toBe(personnel.figure.raw);
    expect(finding.related[0]).toMatch(/基本支出决算表!/);
    const line = await figureOf(WENLV, "支出决算为");
    const errors = await runReal(narrativeAmount, WENLV, [wrong(line)]);
    expect(errors.map((f) => `${f.severity} ${f.cell} ${f.expected}`)).toEqual([`error ${line.paragraph.cell.address} ${line.figure.raw}`]);
    expect(errors[0].related[0]).toMatch(/^一般公共预算财政拨款支出决算表!C\d+$/);
  });

  it("reads 公务接待费支出决算为 X 万元 as 公务接待费, not 因公出国（境）费 (the false error of the issue)", async () => {
    const reception = await figureOf(WENLV, "公务接待费支出决算为");
    expect(reception.outcome).toBe("agrees");
    expect(reception.against[0]).toMatch(/“三公”经费支出决算表!/);
    const abroad = await figureOf(WENLV, "因公出国（境）费决算为");
    expect(abroad.against).not.toEqual(reception.against);
  });
});

describe("narrative/share on the real reports", () => {
  it("finds the one share of 文旅局 that is wrong (6.08% for 6.09%) and none in 生态环境局", async () => {
    expect((await runReal(narrativeShare, WENLV)).map(brief)).toEqual(written(WENLV, "narrative/share"));
    expect(await runReal(narrativeShare, SHENGTAI)).toEqual([]);
  });

  it("reads “占 P%” as a share of the sentence's head: 本年支出合计, the 一般公共预算 total, the “三公” total", async () => {
    const { tables } = await real(SHENGTAI);
    const figures = narrativeAccount(tables).figures;
    // The first bare “占 P%” of the paragraphs that open with 本年支出合计…其中, …主要用于以下方面, “三公”…决算中.
    for (const words of ["其中：基本支出", "主要用于以下方面", "决算中，"]) {
      const share = figures.find((a) => a.paragraph.text.replace(/\s/g, "").includes(words) && /^占\s*\d/.test(figureQuote(a)));
      expect(share?.outcome).toBe("agrees");
      const errors = await runReal(narrativeShare, SHENGTAI, [wrong(share!)]);
      expect(errors.map((f) => `${f.severity} ${f.cell}`)).toEqual([`error ${share!.paragraph.cell.address}`]);
    }
  });
});

describe("narrative/budget-rate on the real reports", () => {
  it("finds 文旅局's 28.15% for 2.64 ÷ 9.38 a 尾差, and none in 生态环境局", async () => {
    expect((await runReal(narrativeBudgetRate, WENLV)).map(brief)).toEqual(written(WENLV, "narrative/budget-rate"));
    expect(await runReal(narrativeBudgetRate, SHENGTAI)).toEqual([]);
  });

  it("checks 完成全年预算数的 P% from the sentence's own 全年预算 and 支出决算 (社会工作部)", async () => {
    const rate = await figureOf(SHEHUI, "完成全年预算数的");
    expect(rate.outcome).toBe("agrees");
    const errors = await runReal(narrativeBudgetRate, SHEHUI, [wrong(rate)]);
    expect(errors.map((f) => `${f.severity} ${f.cell}`)).toEqual([`error ${rate.paragraph.cell.address}`]);
    expect(errors[0].messageId).toBe("mismatch");
  });
});

describe("narrative/change-rate on the real reports", () => {
  it("finds 生态环境局's 2.60% for 2.59% a 尾差, and none in 文旅局", async () => {
    expect((await runReal(narrativeChangeRate, SHENGTAI)).map(brief)).toEqual(written(SHENGTAI, "narrative/change-rate"));
    expect(await runReal(narrativeChangeRate, WENLV)).toEqual([]);
  });

  it("checks “增加 D 万元，增长 P%” from the sentence and the table alone, without 参考数据 (文旅局 收入支出总计)", async () => {
    const rate = await figureOf(WENLV, "增长", "%");
    expect(rate.outcome).toBe("agrees");
    const [finding] = await runReal(narrativeChangeRate, WENLV, [wrong(rate)]);
    expect(finding.severity).toBe("error");
    expect(finding.detail).toMatch(/^上年数 = /);
  });
});

describe("narrative/direction on the real reports", () => {
  it.each(REAL_IDS)("finds every 决算数大于/小于/持平预算数 of %s standing with its paragraph's budget and actual", async (id) => {
    expect(await runReal(narrativeDirection, id)).toEqual([]);
  });

  it("calls a comparison word turned round an error (文旅局 a （项）, 生态环境局 the “三公” total)", async () => {
    const edit = await editWhere(WENLV, "决算数小于预算数的主要原因：局机关", (t) => t.replace("决算数小于预算数", "决算数大于预算数"));
    const [finding] = await runReal(narrativeDirection, WENLV, [edit]);
    expect(`${finding.severity} ${finding.cell} ${finding.expected} ${finding.actual}`).toBe(`error ${edit.cell} 小于 大于`);
    const total = await editWhere(SHENGTAI, "“三公”经费支出决算数小于预算数", (t) => t.replace("“三公”经费支出决算数小于预算数", "“三公”经费支出决算数大于预算数"));
    expect((await runReal(narrativeDirection, SHENGTAI, [total])).map((f) => `${f.severity} ${f.cell}`)).toEqual([`error ${total.cell}`]);
  });

  it("does not read “决算数小于预算数” against an item whose budget and actual are both 0.00 (the false error of the issue)", async () => {
    // 生态环境局: 公务接待费 0.00 of 0.50 and 因公出国（境）费 0.00 of 0.00 precede the “三公” total's comparison.
    const reception = await figureOf(SHENGTAI, "公务接待费支出决算为");
    expect(reception.figure.amount!.value.isZero()).toBe(true);
    expect(await runReal(narrativeDirection, SHENGTAI)).toEqual([]);
  });
});

describe("narrative/no-spending on the real reports", () => {
  it("accepts 无…收入和支出 where the table is empty (社会工作部 三公 / 08 / 09, 生态环境局 08 / 09)", async () => {
    expect(await runReal(narrativeNoSpending, SHEHUI)).toEqual([]);
    expect(await runReal(narrativeNoSpending, SHENGTAI)).toEqual([]);
  });

  it("calls 无政府性基金预算财政拨款收入和支出 an error where 08 holds them (文旅局)", async () => {
    const edit = await editWhere(WENLV, "无国有资本经营预算财政拨款收入和支出", (t) => t.replace("无国有资本经营预算", "无政府性基金预算"));
    const findings = await runReal(narrativeNoSpending, WENLV, [edit]);
    // The 收入 is in 01; 08's 合计 row prints no 本年支出, so the 支出 half has no figure to contradict it.
    expect(findings.map((f) => `${f.severity} ${f.cell}`)).toEqual([`error ${edit.cell}`]);
    expect(findings[0].messageId).toBe("tableHasAmount");
    // The 收入 half is the one 01 contradicts.
    expect(findings[0].message).toContain("政府性基金预算财政拨款收入为");
  });
});

describe("narrative/zero-base on the real reports", () => {
  it.each(REAL_IDS)("warns of each rate on a zero base in %s, as written down", async (id) => {
    expect((await runReal(narrativeZeroBase, id)).map(brief).sort()).toEqual(written(id, "narrative/zero-base"));
  });

  it("says that 社会工作部's “完成年初预算的 95.89%” is the rate of the 全年预算", async () => {
    const rate = await figureOf(SHEHUI, "完成年初预算的");
    const finding = (await runReal(narrativeZeroBase, SHEHUI)).find((f) => f.cell === rate.paragraph.cell.address)!;
    expect(finding.messageId).toBe("zeroBudgetFullYear");
  });
});

describe("narrative/count on the real reports", () => {
  it.each(REAL_IDS)("finds the “三公” counts of %s plausible with their amounts", async (id) => {
    expect(await runReal(narrativeCount, id)).toEqual([]);
  });

  it("warns of groups sent abroad with no 因公出国（境）费 (文旅局)", async () => {
    const groups = await figureOf(WENLV, "团组", "个");
    const findings = await runReal(narrativeCount, WENLV, [wrong(groups)]);
    expect(findings.map((f) => `${f.severity} ${f.cell}`)).toEqual([`warning ${groups.paragraph.cell.address}`]);
  });
});

describe("narrative/template-phrase on the real reports", () => {
  it.each(REAL_IDS)("finds no template phrase left in %s", async (id) => {
    expect(await runReal(narrativeTemplatePhrase, id)).toEqual([]);
  });

  it("warns of 增加（减少） left in a sentence (生态环境局)", async () => {
    const edit = await editWhere(SHENGTAI, "收入支出总计增加", (t) => t.replace("收入支出总计增加", "收入支出总计增加（减少）"));
    expect((await runReal(narrativeTemplatePhrase, SHENGTAI, [edit])).map((f) => `${f.severity} ${f.cell} ${f.actual}`)).toEqual([`warning ${edit.cell} 增加（减少）`]);
  });
});

describe("narrative/missing-unit on the real reports", () => {
  it("accepts “0.40 万” for 万元 (文旅局, 生态环境局)", async () => {
    expect(await runReal(narrativeMissingUnit, WENLV)).toEqual([]);
    expect(await runReal(narrativeMissingUnit, SHENGTAI)).toEqual([]);
  });

  it("warns of an amount without its unit (生态环境局 人员经费)", async () => {
    const personnel = await figureOf(SHENGTAI, "人员经费");
    const edit = { cell: personnel.paragraph.cell.address, edit: (t: string) => t.slice(0, personnel.figure.end) + t.slice(personnel.figure.unitEnd) };
    expect((await runReal(narrativeMissingUnit, SHENGTAI, [edit])).map((f) => `${f.severity} ${f.cell} ${f.actual}`)).toEqual([`warning ${edit.cell} ${personnel.figure.raw}`]);
  });
});

describe("参考数据 on the real reports: narrative/unverifiable and narrative/reference-figure", () => {
  it("says each 年初预算 of a （项） is 无法核对, until 参考数据 gives it by 科目编码 (文旅局)", async () => {
    const { tables } = await real(WENLV);
    const budget = narrativeAccount(tables).figures.find((a) => figureQuote(a).startsWith("年初预算为") && a.outcome === "unverifiable")!;
    const line = budget.paragraph.cell.address;
    const before = (await runReal(narrativeUnverifiable, WENLV)).filter((f) => f.cell === line);
    expect(before[0].messageId).toBe("figureReference");
    expect(before.map((f) => f.message.split("——")[0])[0]).toMatch(/^无法核对：缺少年初预算数（.+（\d{7}））$/);
    const code = /（(\d{7})）/.exec(before[0].message)![1];
    const reference = [
      ["项目", "科目编码", "年初预算数"],
      ["", code, budget.figure.raw],
    ];
    expect((await runReal(narrativeUnverifiable, WENLV, [], reference)).filter((f) => f.cell === line && f.messageId === "figureReference")).toEqual([]);
    // A 年初预算数 that differs is an error of the narrative's figure.
    const other = [reference[0], ["", code, mutatedText(budget.figure.raw)]];
    const errors = await runReal(narrativeAmount, WENLV, [], other);
    expect(errors.map((f) => `${f.severity} ${f.cell} ${f.expected} ${f.actual}`)).toEqual([`error ${line} ${mutatedText(budget.figure.raw)} ${budget.figure.raw}`]);
  });

  it("names the figure and what it lacks, for every unverifiable figure of 生态环境局", async () => {
    const findings = await runReal(narrativeUnverifiable, SHENGTAI);
    expect(findings.length).toBeGreaterThan(20);
    expect(findings.every((f) => f.severity === "info" && ["figure", "figureReference"].includes(f.messageId!))).toBe(true);
    expect(findings.every((f) => /^无法核对：.+——“.+”中的 /.test(f.message))).toBe(true);
  });

  it("calls a 参考数据 figure that is not a number an error (社会工作部)", async () => {
    const reference = [
      ["项目", "年初预算数"],
      ["一般公共预算财政拨款支出", "约三百万"],
    ];
    expect((await runReal(narrativeReferenceFigure, SHEHUI, [], reference)).map((f) => `${f.severity} ${f.sheet}!${f.cell}`)).toEqual(["error 参考数据!B2"]);
    expect(await runReal(narrativeReferenceFigure, SHEHUI)).toEqual([]);
  });
});

describe("narrative/placeholder on the real reports", () => {
  it.each(REAL_IDS)("finds no placeholder in %s", async (id) => {
    expect(await runReal(narrativePlaceholder, id)).toEqual([]);
  });

  it("offers to fill an XX left for 公用经费 with the table's figure (生态环境局)", async () => {
    const publicCost = await figureOf(SHENGTAI, "公用经费");
    const edit = { cell: publicCost.paragraph.cell.address, edit: (t: string) => t.slice(0, publicCost.figure.start) + "XX" + t.slice(publicCost.figure.end) };
    const [finding] = await runReal(narrativePlaceholder, SHENGTAI, [edit]);
    expect(finding).toMatchObject({ severity: "info", messageId: "fillable" });
    expect(finding.message).toContain(`填 ${publicCost.figure.raw}`);
    expect(figureQuote(publicCost)).toContain("公用经费");
  });
});

/** A figure's text plus 37 (decimals kept). */
function mutatedText(raw: string): string {
  const decimals = (raw.split(".")[1] ?? "").length;
  return new Decimal(raw).plus(37).toFixed(decimals);
}
