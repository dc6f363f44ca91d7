import { itemPhrase, scanFigures, sentenceSpans } from "../../../src/engine/narrative/text";
import { showAmount } from "../../../src/engine/amount";

const shown = (text: string) => scanFigures(text).map((f) => `${f.placeholder ? f.raw : showAmount(f.amount!)}|${f.unit}`);

describe("narrative text", () => {
  it("reads figures with their units, skipping years, dates and list numbers", () => {
    expect(shown("1. 财政拨款收入 2259.73 万元，占收入总计的 100.00%。")).toEqual(["2259.73|万元", "100.00%|%"]);
    expect(shown("2024 年度财政拨款支出 2,259.73万元")).toEqual(["2259.73|万元"]);
    expect(shown("(3) 截至 2024 年 12 月 31 日，共有车辆 16 辆")).toEqual(["16|辆"]);
    expect(shown("国内公务接待累计 5 批次、14 人、0.42 万元；出国 2 人次")).toEqual(["5|批次", "14|人", "0.42|万元", "2|人次"]);
    expect(shown("完成年初预算的 89.8%")).toEqual(["89.8%|%"]);
  });

  it("reads full-width digits and keeps offsets into the original text", () => {
    const text = "收入总计２２５９．７３万元";
    const [figure] = scanFigures(text);
    expect(text.slice(figure.start, figure.end)).toBe("２２５９．７３");
    expect(showAmount(figure.amount!)).toBe("2259.73");
  });

  it("reads the placeholders templates leave: XX, ××, X.XX, ___", () => {
    const figures = scanFigures("收入总计 XX 万元，占 ××%，增加 X.XX 万元，降低 ___%");
    expect(figures.map((f) => `${f.raw}|${f.unit}|${f.placeholder}`)).toEqual(["XX|万元|true", "××|%|true", "X.XX|万元|true", "___|%|true"]);
  });

  it("names the item a lead names, without numbering, year or lead-in words", () => {
    expect(itemPhrase("1. 财政拨款收入 ")).toBe("财政拨款收入");
    expect(itemPhrase("（一）收入总计 ")).toBe("收入总计");
    expect(itemPhrase("其中：一般公共预算财政拨款收入")).toBe("一般公共预算财政拨款收入");
    expect(itemPhrase("2024 年度财政拨款安排的“三公”经费支出")).toBe("财政拨款安排的三公经费支出");
    expect(itemPhrase("项目全年预算数为")).toBe("项目全年预算数");
  });

  it("splits sentences after 。 and line breaks", () => {
    const text = "甲 1 万元。乙 2 万元；丙\n丁";
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(["甲 1 万元。", "乙 2 万元；丙\n", "丁"]);
  });
});
