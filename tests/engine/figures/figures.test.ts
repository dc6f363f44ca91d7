import { PUBLIC_RULES } from "../../../src/engine/rules/public";
import { Figures, isEmptyTable, ref } from "../../../src/engine/figures/figures";
import { RULE_IDS } from "../../../src/engine/figures/ids";
import { PublicKind } from "../../../src/engine/tables";
import { Change, sample } from "../rules/public/sample";
import { addressOf, at, run, table } from "../rules/public/tables";

/** Every derived figure of the sample that is not zero: [table, row, column]. */
function derivedFigures(): [PublicKind, string, string][] {
  const tables = sample();
  const figures = new Figures(tables);
  const found: [PublicKind, string, string][] = [];
  for (const t of Object.values(tables.public)) {
    for (const row of t!.rows) {
      for (const [column, cell] of Object.entries(row.cells)) {
        if (cell?.state !== "amount" || cell.amount!.value.isZero()) continue;
        if (figures.derivation(ref(t!.kind, row.key, column))) found.push([t!.kind, row.key, column]);
      }
    }
  }
  return found;
}

describe("derived cells of the 公开 tables", () => {
  const derived = derivedFigures();

  it("covers the totals and subtotals of every table", () => {
    const kinds = new Set(derived.map(([kind]) => kind));
    expect([...kinds].sort()).toEqual(["01", "02", "03", "04", "05", "06", "07"]);
    expect(derived).toContainEqual(["03", "total", "basic"]);
    expect(derived).toContainEqual(["06", "personnelTotal", "amount"]);
    expect(derived).toContainEqual(["07", "vehicle", "actual"]);
    expect(derived).not.toContainEqual(["03", "2013101", "basic"]);
    expect(derived).not.toContainEqual(["01", "in.gpb", "amount"]);
  });

  it.each(derived)("%s %s %s left blank: one fill offer from its owner, and no error or warning", (kind, row, column) => {
    const tables = sample([[kind, row, column, ""]]);
    const owner = new Figures(tables).ownerOf(ref(kind, row, column));
    const findings = run(PUBLIC_RULES, tables);
    const cell = addressOf(tables, kind, row, column);
    const offers = findings.filter((f) => f.fix && `${f.fix.sheet}!${f.fix.cell}` === cell);
    expect(offers.map((f) => f.rule)).toEqual([owner]);
    expect(offers[0].severity).toBe("info");
    expect(at(offers[0])).toBe(cell);
    expect(offers[0].expected).toBe(offers[0].fix!.kind === "number" ? offers[0].fix!.shown : null);
    expect(findings.filter((f) => f.severity === "error" || f.severity === "warning")).toEqual([]);
    expect(findings.filter((f) => f.fix)).toHaveLength(1);
  });

  it("gives a blank subtotal the value fill would write, level by level", () => {
    // 03: 201 and 20131 基本支出 both blank; 20131 is 1116.80 + 132.85, 201 is then 20131.
    const changes: Change[] = [
      ["03", "201", "basic", ""],
      ["03", "20131", "basic", ""],
    ];
    const tables = sample(changes);
    const figures = new Figures(tables);
    expect(figures.effective(ref("03", "20131", "basic"))?.amount?.value.toFixed(2)).toBe("1249.65");
    expect(figures.effective(ref("03", "201", "basic"))?.amount?.value.toFixed(2)).toBe("1249.65");
    // A typed figure is its own effective figure; a leaf left blank stays blank.
    expect(figures.effective(ref("03", "208", "basic"))?.amount?.value.toFixed(2)).toBe("247.92");
    expect(figures.effective(ref("03", "2013102", "basic"))?.state).toBe("blank");

    const findings = run(PUBLIC_RULES, tables);
    const offers = findings.filter((f) => f.fix).map((f) => `${f.rule} ${at(f)} ${f.expected}`);
    expect(offers.sort()).toEqual(
      [
        `${RULE_IDS.codeHierarchy} ${addressOf(tables, "03", "201", "basic")} 1249.65`,
        `${RULE_IDS.codeHierarchy} ${addressOf(tables, "03", "20131", "basic")} 1249.65`,
      ].sort()
    );
    // The 合计 still compares with its 类 as they will be: the same 尾差 as the sample, no error.
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.some((f) => f.rule === RULE_IDS.codeHierarchy && f.severity === "rounding")).toBe(true);
  });

  it("gives fill the dependency: an offer built on a blank derived cell names it", () => {
    const tables = sample([
      ["03", "201", "basic", ""],
      ["03", "20131", "basic", ""],
    ]);
    const derivedCells: string[] = [];
    const findings = run(PUBLIC_RULES, tables, (cell) => derivedCells.push(`${cell.sheet}!${cell.address}`));
    const offer201 = findings.find((f) => f.fix && at(f) === addressOf(tables, "03", "201", "basic"))!;
    expect(offer201.related).toContain(addressOf(tables, "03", "20131", "basic").split("!")[1]);
    expect(derivedCells).toContain(addressOf(tables, "03", "20131", "basic"));
    expect(derivedCells).not.toContain(addressOf(tables, "03", "2013101", "basic"));
  });

  it("makes a blank built on an unreadable figure unreadable too, so checks on it are skipped", () => {
    const tables = sample([
      ["03", "20131", "basic", ""],
      ["03", "2013101", "basic", "#REF!"],
    ]);
    expect(new Figures(tables).effective(ref("03", "201", "basic"))?.state).toBe("amount");
    expect(new Figures(tables).effective(ref("03", "20131", "basic"))?.state).toBe("invalid");
    const findings = run(PUBLIC_RULES, tables);
    expect(findings.filter((f) => f.cell === addressOf(tables, "03", "201", "basic").split("!")[1] && f.sheet === "公开03表")).toEqual([]);
  });

  it("calls a table empty when it has no figure but blanks and zeros", () => {
    expect(isEmptyTable(table("08", [["total", {}, "合计"]]))).toBe(true);
    expect(isEmptyTable(table("09", [["total", { total: "0.00" }, "合计"]], { empty: false }))).toBe(true);
    expect(isEmptyTable(table("09", [["total", { total: "1.00", basic: "1.00" }, "合计"]]))).toBe(false);
  });
});
