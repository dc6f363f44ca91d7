import { codeHierarchy } from "../../../../src/engine/rules/public/code-hierarchy";
import { sample } from "./sample";
import { addressOf, at, names, run, table, workbook } from "./tables";

describe("sum/code-hierarchy", () => {
  it("finds the sample's 尾差: 基本支出 类 rows 1672.10 vs 合计 1672.09, in 03 and in 05", () => {
    const tables = sample();
    const findings = run(codeHierarchy, tables);
    expect(findings.map((f) => `${f.severity} ${at(f)} ${f.expected}/${f.actual}`)).toEqual([
      `rounding ${addressOf(tables, "03", "total", "basic")} 1672.10/1672.09`,
      `rounding ${addressOf(tables, "05", "total", "basic")} 1672.10/1672.09`,
    ]);
    expect(findings.map((f) => f.messageId)).toEqual(["rounding", "rounding"]);
    // The wording names the identity: the 合计 row's 基本支出 against the 类 rows.
    expect(findings[0].message).toContain("合计行基本支出应等于各类之和");
    expect(findings[0].detail).toBe("1249.65 + 247.92 + 66.99 + 107.54 = 1672.10");
  });

  it("calls swapped digits in a 项 an error on its 款 (1116.80 → 1161.80)", () => {
    const tables = sample([["03", "2013101", "basic", "1,161.80"]]);
    const errors = run(codeHierarchy, tables).filter((f) => f.severity === "error");
    expect(errors.map((f) => at(f))).toEqual([addressOf(tables, "03", "20131", "basic")]);
    expect(errors[0]).toMatchObject({ messageId: "mismatch", expected: "1294.65", actual: "1249.65" });
    expect(errors[0].message).toContain("“20131 党委办公厅（室）及相关机构事务”基本支出应等于其下各项之和");
    expect(names(errors[0], addressOf(tables, "03", "2013101", "basic"))).toBe(true);
  });

  it("calls a changed 类 an error against its 款 and against 合计", () => {
    const tables = sample([["02", "208", "fiscal", "274.92"]]);
    const errors = run(codeHierarchy, tables).filter((f) => f.severity === "error");
    const changed = addressOf(tables, "02", "208", "fiscal");
    expect(errors.map((f) => at(f)).sort()).toEqual([changed, addressOf(tables, "02", "total", "fiscal")].sort());
    for (const error of errors) expect(names(error, changed)).toBe(true);
    expect(errors.map((f) => f.messageId)).toEqual(["mismatch", "mismatch"]);
    // The changed 类's finding is the one against its 款 (the other is 合计's, against the 类 rows).
    expect(errors.find((f) => at(f) === changed)!.message).toContain("应等于其下各款之和");
  });

  it("calls a changed 合计 an error", () => {
    const tables = sample([["05", "total", "project", "578.63"]]);
    const errors = run(codeHierarchy, tables).filter((f) => f.severity === "error");
    expect(errors.map((f) => `${at(f)} ${f.expected}/${f.actual}`)).toEqual([`${addressOf(tables, "05", "total", "project")} 587.63/578.63`]);
  });

  it("keeps a 0.01 tail over many parts a 尾差, a 0.03 gap over few parts an error", () => {
    const tail = run(codeHierarchy, sample([["02", "2101102", "fiscal", "8.12"]])).filter((f) => f.table === "02");
    expect(tail.map((f) => f.severity)).toEqual(["rounding"]);
    const gap = run(codeHierarchy, sample([["02", "2101102", "fiscal", "8.14"]])).filter((f) => f.table === "02");
    expect(gap.map((f) => f.severity)).toEqual(["error"]);
    // A 类 with a single 款: one 0.03 off is an error too.
    const single = run(codeHierarchy, sample([["03", "22102", "basic", "107.57"]])).filter((f) => f.severity === "error");
    expect(single.map((f) => at(f))).toContain(addressOf(sample(), "03", "221", "basic"));
  });

  it("offers to fill blank 款, 类 and 合计 rows, each with the value fill writes", () => {
    const tables = sample([
      ["05", "20805", "basic", ""],
      ["05", "208", "basic", ""],
    ]);
    const fills = run(codeHierarchy, tables).filter((f) => f.messageId === "fillable");
    expect(fills.map((f) => `${at(f)} ${f.expected}`).sort()).toEqual(
      [`${addressOf(tables, "05", "20805", "basic")} 192.95`, `${addressOf(tables, "05", "208", "basic")} 247.92`].sort()
    );
    for (const fill of fills) expect(fill.fix).toMatchObject({ kind: "number", numFmt: "#,##0.00" });
  });

  it("leaves the total column's blanks to the row total: no second fill offer", () => {
    const tables = sample([["03", "201", "total", ""]]);
    expect(run(codeHierarchy, tables).filter((f) => f.messageId === "fillable")).toEqual([]);
  });

  it("treats a row with no children as a leaf, and adds a 项 listed without its 款 into its 类", () => {
    const tables = workbook(
      table("09", [
        ["total", { total: "30.00", basic: "30.00" }, "合计"],
        ["223", { total: "30.00", basic: "30.00" }, "国有资本经营预算支出"],
        ["2230101", { total: "20.00", basic: "20.00" }, "某项"],
        ["2230102", { total: "10.00", basic: "10.00" }, "另一项"],
        ["229", { total: "", basic: "" }, "其他支出"],
      ])
    );
    expect(run(codeHierarchy, tables)).toEqual([]);
    const broken = workbook(
      table("09", [
        ["total", { total: "30.00", basic: "30.00" }, "合计"],
        ["223", { total: "30.00", basic: "30.00" }, "国有资本经营预算支出"],
        ["2230101", { total: "20.00", basic: "20.00" }, "某项"],
      ])
    );
    expect(run(codeHierarchy, broken).map((f) => `${f.severity} ${f.expected}`)).toEqual(["error 20.00", "error 20.00"]);
  });

  it("skips a table that is absent or empty", () => {
    expect(run(codeHierarchy, sample([], ["01", "08", "09"]))).toEqual([]);
  });
});
