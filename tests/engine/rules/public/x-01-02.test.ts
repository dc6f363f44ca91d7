import { x0102 } from "../../../../src/engine/rules/public/x-01-02";
import { sample } from "./sample";
import { addressOf, at, names, run } from "./tables";

describe("x/01-02", () => {
  it("passes the sample: 2259.73 on both tables, all of it 财政拨款", () => {
    expect(run(x0102, sample())).toEqual([]);
  });

  it("calls a changed 02 合计 an error on 01's 本年收入合计, naming the 02 cell", () => {
    const tables = sample([["02", "total", "total", "2,295.73"]]);
    const [finding, ...rest] = run(x0102, tables);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ messageId: "mismatch", severity: "error", expected: "2295.73", actual: "2259.73", table: "01" });
    expect(at(finding)).toBe(addressOf(tables, "01", "in.total", "amount"));
    expect(finding.related).toEqual([addressOf(tables, "02", "total", "total")]);
    // The wording names the other table and its row.
    expect(finding.message).toContain("本年收入合计应等于收入决算表（公开02表）合计行的本年收入合计");
  });

  it("compares 02 财政拨款收入 with the three 财政拨款 rows of 01", () => {
    const tables = sample([["01", "in.gov", "amount", "10.00"]]);
    const [finding] = run(x0102, tables);
    expect(finding).toMatchObject({ severity: "error", expected: "2269.73", actual: "2259.73", table: "02" });
    expect(at(finding)).toBe(addressOf(tables, "02", "total", "fiscal"));
    expect(names(finding, addressOf(tables, "01", "in.gov", "amount"))).toBe(true);
  });

  it("compares the other income rows one by one; a blank counts as 0", () => {
    const tables = sample([["02", "total", "business", "12.00"]]);
    const [finding] = run(x0102, tables);
    expect(finding).toMatchObject({ severity: "error", expected: "12.00", actual: "0.00" });
    expect(at(finding)).toBe(addressOf(tables, "01", "in.business", "amount"));
  });

  it("keeps a 0.01 difference between shown figures a 尾差 and a 0.03 one an error", () => {
    const other = (in01: string, in02: string) => {
      const tables = sample([
        ["01", "in.other", "amount", in01],
        ["02", "total", "other", in02],
      ]);
      return run(x0102, tables).filter((f) => at(f) === addressOf(tables, "01", "in.other", "amount"));
    };
    expect(other("1.00", "1.01").map((f) => `${f.messageId} ${f.severity}`)).toEqual(["rounding rounding"]);
    expect(other("1.00", "1.03").map((f) => `${f.messageId} ${f.severity}`)).toEqual(["mismatch error"]);
    // A blank is exactly 0: 0.01 against it is no rounding.
    expect(other("", "0.01").map((f) => `${f.messageId} ${f.severity}`)).toEqual(["mismatch error"]);
  });

  it("waits for a blank 本年收入合计 to be filled instead of comparing it as 0, and skips without 02", () => {
    expect(run(x0102, sample([["01", "in.total", "amount", ""]]))).toEqual([]);
    expect(run(x0102, sample([], ["01", "03"]))).toEqual([]);
  });
});
