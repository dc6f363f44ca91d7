import { formatGrouped, formatShape, parseCell, parseFigureText, showAmount } from "../../src/engine/amount";
import { Decimal } from "../../src/engine/decimal";

function shown(text: string, minDecimals = 0): string {
  const parsed = parseFigureText(text, { minDecimals });
  if (parsed.kind !== "amount") return parsed.kind;
  return showAmount(parsed.amount);
}

describe("parseFigureText", () => {
  it.each([
    ["2,259.73", "2259.73"],
    ["1 234.50", "1234.50"],
    ["２２５９．７３", "2259.73"],
    ["(1.23)", "-1.23"],
    ["（1.23）", "-1.23"],
    ["-5.10", "-5.10"],
    [" 66.99 ", "66.99"],
    ["98.00%", "98.00%"],
    ["100%", "100%"],
    ["2259.73万元", "2259.73"],
  ])("reads %s as %s", (text, expected) => {
    expect(shown(text)).toBe(expected);
  });

  it("reads a dash as zero and a blank as blank", () => {
    expect(shown("-", 2)).toBe("0.00");
    expect(shown("—", 2)).toBe("0.00");
    expect(parseFigureText("   ").kind).toBe("blank");
  });

  it("rejects words and malformed numbers", () => {
    expect(parseFigureText("管理规范").kind).toBe("invalid");
    expect(parseFigureText("1,23.4").kind).toBe("invalid");
    expect(parseFigureText("12..3").kind).toBe("invalid");
  });

  it("keeps the percent value as a ratio with the shown precision", () => {
    const parsed = parseFigureText("94.59%");
    expect(parsed.kind).toBe("amount");
    if (parsed.kind === "amount") {
      expect(parsed.amount.value.toString()).toBe("0.9459");
      expect(parsed.amount.decimals).toBe(4);
    }
  });
});

describe("parseCell", () => {
  it("rounds a number as its format shows it", () => {
    const parsed = parseCell({ value: 1672.0946, numFmt: "#,##0.00" });
    expect(parsed.kind === "amount" && showAmount(parsed.amount)).toBe("1672.09");
  });

  it("reads a percentage format", () => {
    const parsed = parseCell({ value: 0.9829, numFmt: "0.00%" });
    expect(parsed.kind === "amount" && showAmount(parsed.amount)).toBe("98.29%");
  });

  it("gives General numbers at least the table's decimals", () => {
    const parsed = parseCell({ value: 2259.7, numFmt: "General" }, { minDecimals: 2 });
    expect(parsed.kind === "amount" && showAmount(parsed.amount)).toBe("2259.70");
    const score = parseCell({ value: 0.496, numFmt: "General" });
    expect(score.kind === "amount" && showAmount(score.amount)).toBe("0.496");
  });

  it("reports errors, formulas without results and dates", () => {
    expect(parseCell({ value: { error: "#REF!" }, numFmt: "General" })).toEqual({ kind: "invalid", reason: "单元格为错误值 #REF!" });
    expect(parseCell({ value: null, numFmt: "0.00", formula: "SUM(A1:A2)" }).kind).toBe("invalid");
    expect(parseCell({ value: new Date(2024, 0, 1), numFmt: "yyyy-mm-dd" }).kind).toBe("invalid");
    expect(parseCell(undefined).kind).toBe("blank");
  });

  it("reads a formula whose result is the empty string as a blank, as the sheet shows it", () => {
    expect(parseCell({ value: "", numFmt: "0.00", formula: 'IF(B5=0,"",C5/B5)' })).toEqual({ kind: "blank" });
    expect(parseCell({ value: null, numFmt: "0.00", formula: 'IF(B5=0,"",C5/B5)' })).toEqual({
      kind: "invalid",
      reason: "公式没有计算结果",
    });
  });
});

describe("formats", () => {
  it("reads decimals from number formats", () => {
    expect(formatShape("#,##0.00")).toEqual({ decimals: 2, percent: false, general: false });
    expect(formatShape("0%")).toEqual({ decimals: 0, percent: true, general: false });
    expect(formatShape('#,##0.00_);[Red](#,##0.00)')).toEqual({ decimals: 2, percent: false, general: false });
    expect(formatShape("General").general).toBe(true);
  });

  it("groups thousands for people", () => {
    expect(formatGrouped(new Decimal("1672.1"), 2)).toBe("1,672.10");
    expect(formatGrouped(new Decimal("-1234567.5"), 2)).toBe("-1,234,567.50");
  });
});
