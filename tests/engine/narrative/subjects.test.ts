// How a figure's subject is read (issue 11, item 3): the department and year before it, a noun after the figure,
// 元 converted exactly, a subject that names nothing left 无法核对 (never guessed into an error), a subject carried
// over only within its sentence or from the paragraph's head. The sample's own sentences, reworded.
import { Decimal } from "../../../src/engine/decimal";
import { narrativeAccount, figureQuote } from "../../../src/engine/narrative/accounting";
import { WorkbookTables } from "../../../src/engine/rule";
import { runRules } from "../../../src/engine";
import { DEFAULT_SETTINGS } from "../../../src/engine/rule";
import { NARRATIVE_RULES } from "../../../src/engine/rules/narrative";
import { NARRATIVE } from "../../fixtures/sample-data";
import { rowOf, sampleTables } from "./sample-tables";

/** The sample's narrative with one paragraph replaced. */
function withParagraph(words: string, edit: (text: string) => string): { tables: WorkbookTables; row: number } {
  const row = rowOf(words);
  const paragraphs = [...NARRATIVE];
  const next = edit(paragraphs[row - 1]);
  expect(next).not.toBe(paragraphs[row - 1]);
  paragraphs[row - 1] = next;
  return { tables: sampleTables({ paragraphs }), row };
}

function figuresAt(tables: WorkbookTables, row: number) {
  return narrativeAccount(tables).figures.filter((f) => f.paragraph.cell.address === `A${row}`);
}

const TOTAL = /收入总计 ([\d.]+) 万元/.exec(NARRATIVE.find((p) => p.includes("收入总计"))!)![1];

describe("reading a figure's subject", () => {
  it("drops the department's name and the year before it", () => {
    const { tables, row } = withParagraph("（一）收入总计", (t) => t.replace("（一）收入总计", "中共朝阳市委办公室 2024 年度收入总计"));
    const [total] = figuresAt(tables, row);
    expect(total.figure.raw).toBe(TOTAL);
    expect(total.outcome).toBe("agrees");
    expect(total.against[0]).toMatch(/^01收入支出决算总表!/);
  });

  it("reads a figure written with its noun after it (“X 万元的收入总计”)", () => {
    const { tables, row } = withParagraph("（一）收入总计", (t) => t.replace(`（一）收入总计 ${TOTAL} 万元`, `全年共取得 ${TOTAL} 万元的收入总计`));
    expect(figuresAt(tables, row)[0].outcome).toBe("agrees");
    const wrong = withParagraph("（一）收入总计", (t) => t.replace(`（一）收入总计 ${TOTAL} 万元`, `全年共取得 ${new Decimal(TOTAL).plus(37).toFixed(2)} 万元的收入总计`));
    expect(figuresAt(wrong.tables, wrong.row)[0].outcome).toBe("error");
  });

  it("converts 元 to 万元 exactly", () => {
    const yuan = new Decimal(TOTAL).times(10000).toFixed(2);
    const { tables, row } = withParagraph("（一）收入总计", (t) => t.replace(`${TOTAL} 万元`, `${yuan} 元`));
    const [total] = figuresAt(tables, row);
    expect(total.figure.unit).toBe("元");
    expect(total.outcome).toBe("agrees");
    const off = withParagraph("（一）收入总计", (t) => t.replace(`${TOTAL} 万元`, `${new Decimal(yuan).plus(370000).toFixed(2)} 元`));
    expect(figuresAt(off.tables, off.row)[0].outcome).toBe("error");
  });

  it("leaves a subject that names no table item 无法核对, with its words, and finds no error in it", () => {
    const { tables, row } = withParagraph("（一）收入总计", (t) => t.replace("收入总计", "收支两条线资金"));
    const [figure] = figuresAt(tables, row);
    expect(figure.outcome).toBe("unverifiable");
    expect(figure.reason).toBe("报表中没有“收支两条线资金”");
    expect(runRules(tables, DEFAULT_SETTINGS, NARRATIVE_RULES).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("carries a subject over only within its sentence or from the paragraph's head, never from another paragraph", () => {
    // “完成预算的 42.00%” in its own paragraph names nothing: the 公务接待费 of the paragraph before is not used.
    const row = rowOf("2. 公务接待费 0.42 万元");
    const paragraphs = [...NARRATIVE];
    const [head, rest] = paragraphs[row - 1].split("。完成预算的");
    paragraphs.splice(row - 1, 1, `${head}。`, `完成预算的${rest}`);
    const tables = sampleTables({ paragraphs });
    const rate = narrativeAccount(tables).figures.find((f) => f.paragraph.cell.address === `A${row + 1}` && f.figure.unit === "%")!;
    expect(figureQuote(rate)).toMatch(/^完成预算的/);
    expect(rate.outcome).toBe("unverifiable");
    // In the sample's own paragraph the head (公务接待费) is its subject, and it is checked.
    const own = narrativeAccount(sampleTables()).figures.find((f) => f.paragraph.cell.address === `A${row}` && figureQuote(f).startsWith("完成预算的"))!;
    expect(own.outcome).toBe("agrees");
  });

  it("reads a sentence cut between two cells as one", () => {
    const row = rowOf("1. 基本支出 1672.09");
    const paragraphs = [...NARRATIVE];
    const text = paragraphs[row - 1];
    const cut = text.indexOf("基本支出") + "基本支出".length;
    paragraphs.splice(row - 1, 1, text.slice(0, cut), text.slice(cut));
    const tables = sampleTables({ paragraphs });
    const [basic, share] = narrativeAccount(tables).figures.filter((f) => f.paragraph.cell.address === `A${row + 1}`);
    expect(basic.outcome).toBe("agrees");
    expect(basic.against[0]).toMatch(/^03支出决算表!/);
    expect(share.outcome).toBe("agrees");
  });
});

describe("a figure in 亿元", () => {
  it("is 无法核对 with the reason (too coarse for a 万元 table figure), never an error", () => {
    const yi = new Decimal(TOTAL).div(10000).toDecimalPlaces(2).toFixed(2);
    const row = rowOf("（一）收入总计");
    const paragraphs = [...NARRATIVE];
    paragraphs[row - 1] = paragraphs[row - 1].replace(`${TOTAL} 万元`, `${yi} 亿元`);
    const tables = sampleTables({ paragraphs });
    const [total] = narrativeAccount(tables).figures.filter((f) => f.paragraph.cell.address === `A${row}`);
    expect(total.figure.unit).toBe("亿元");
    expect(total.outcome).toBe("unverifiable");
    expect(total.reason).toContain("亿元");
  });
});
