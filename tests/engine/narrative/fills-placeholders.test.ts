import { fillsPlaceholders } from "../../../src/engine/narrative/fill";

describe("fillsPlaceholders: may a host write a narrative fill over a non-blank cell?", () => {
  const before = "1. 基本支出 XX 万元，占支出总计的 ××%。其中：资本性支出 X.XX 万元（见表6）。";

  it("accepts the text with placeholders replaced by figures, some or all", () => {
    expect(fillsPlaceholders(before, "1. 基本支出 1672.09 万元，占支出总计的 74.00%。其中：资本性支出 2.00 万元（见表6）。")).toBe(true);
    expect(fillsPlaceholders(before, "1. 基本支出 1,672.09 万元，占支出总计的 ××%。其中：资本性支出 X.XX 万元（见表6）。")).toBe(true);
  });

  it("refuses any other change, and a cell without placeholders", () => {
    expect(fillsPlaceholders(before, before)).toBe(false);
    expect(fillsPlaceholders(before, "1. 基本支出 1672.09 万元，占支出总计的 74.00%。其中：资本性支出 2.00 万元。")).toBe(false);
    expect(fillsPlaceholders(before, "1. 基本支出 很多 万元，占支出总计的 74.00%。其中：资本性支出 2.00 万元（见表6）。")).toBe(false);
    expect(fillsPlaceholders("收入总计 2259.73 万元", "收入总计 2259.37 万元")).toBe(false);
  });
});
