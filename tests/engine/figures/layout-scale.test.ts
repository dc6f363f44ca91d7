// Row lookups and the code tree on long tables. Found by the bad-input corpus (tests/corpus): a 10,000-row 03
// table took about 14 s to check because every figure lookup scanned all rows and the code tree compared every
// pair of codes; with the row index and prefix lookups it takes well under a second.
import { Decimal } from "../../../src/engine/decimal";
import { codeHierarchy } from "../../../src/engine/rules/public/code-hierarchy";
import { codeOf, codeTree, rowByKey } from "../../../src/engine/figures/layout";
import { t05RowTotal } from "../../../src/engine/rules/public/t05-row-total";
import { findRow, PublicTable } from "../../../src/engine/tables";
import { sample } from "../rules/public/sample";
import { addressOf, at, run, RowSpec, table, workbook } from "../rules/public/tables";

/** The code tree as its definition states it: a row's parent is the listed row with the longest proper prefix. */
function parentByDefinition(t: PublicTable, code: string): string | undefined {
  let parent: string | undefined;
  for (const row of t.rows) {
    const other = codeOf(row);
    if (other && other.length < code.length && code.startsWith(other) && (!parent || other.length > parent.length)) parent = other;
  }
  return parent;
}

/** 2 类 × 20 款 × 99 项 of table 05, every 款, 类 and 合计 the exact sum of its parts; 4,003 rows. */
function longTable05(): RowSpec[] {
  const rows: RowSpec[] = [];
  const format = (value: Decimal) => value.toFixed(2);
  let grand = new Decimal(0);
  let seed = 7;
  for (const classCode of ["201", "208"]) {
    const classIndex = rows.push([classCode]) - 1;
    let classSum = new Decimal(0);
    for (let k = 1; k <= 20; k++) {
      const sectionCode = `${classCode}${String(k).padStart(2, "0")}`;
      const sectionIndex = rows.push([sectionCode]) - 1;
      let sectionSum = new Decimal(0);
      for (let x = 1; x <= 99; x++) {
        seed = (seed * 48271) % 2147483647;
        const basic = new Decimal((seed % 9999) + 1).dividedBy(100);
        rows.push([`${sectionCode}${String(x).padStart(2, "0")}`, { total: format(basic), basic: format(basic) }, `第${k}款第${x}项`]);
        sectionSum = sectionSum.plus(basic);
      }
      rows[sectionIndex] = [sectionCode, { total: format(sectionSum), basic: format(sectionSum) }, `第${k}款`];
      classSum = classSum.plus(sectionSum);
    }
    rows[classIndex] = [classCode, { total: format(classSum), basic: format(classSum) }, classCode === "201" ? "一般公共服务支出" : "社会保障和就业支出"];
    grand = grand.plus(classSum);
  }
  return [["total", { total: format(grand), basic: format(grand) }, "合计"], ...rows];
}

describe("row lookups and the code tree on long tables", () => {
  it("finds the same row as findRow for every key, the first one when a key is listed twice", () => {
    const t03 = sample().public["03"]!;
    for (const row of t03.rows) expect(rowByKey(t03, row.key)).toBe(findRow(t03, row.key));
    expect(rowByKey(t03, "9999999")).toBeUndefined();
    const twice = table("05", [["total"], ["201", { total: "1.00" }], ["201", { total: "2.00" }]]);
    expect(rowByKey(twice, "201")).toBe(twice.rows[1]);
  });

  it("builds the tree its definition gives, with 项 listed without their 款 and codes listed twice", () => {
    const rows: RowSpec[] = [["total"], ["201"], ["20131"], ["2013101"], ["2013102"], ["2013201"], ["208"], ["2080501"], ["20805"], ["2080505"], ["2013101"]];
    const t = table("05", rows);
    const tree = codeTree(t);
    const parentOf = new Map<string, string>();
    for (const [parent, children] of tree.children) for (const child of children) parentOf.set(child, parent);
    for (const row of t.rows.slice(1)) expect(parentOf.get(row.key)).toBe(parentByDefinition(t, row.key));
    expect(tree.topLevel).toEqual(["201", "208"]);
    expect(tree.children.get("201")).toEqual(["20131", "2013201"]);
    // A 款 listed after its 项 still takes them.
    expect(tree.children.get("208")).toEqual(["20805"]);
    expect(tree.children.get("20805")).toEqual(["2080501", "2080505"]);
  });

  it("checks a 4,003-row table: exact as built, one changed 项 an error on its 款 and its row total", () => {
    const rows = longTable05();
    expect(rows).toHaveLength(4003);
    const clean = workbook(table("05", rows));
    const tree = codeTree(clean.public["05"]!);
    expect(tree.children.get("20807")).toHaveLength(99);
    expect(run([codeHierarchy, t05RowTotal], clean)).toEqual([]);

    const changed = rows.map(([key, figures, name]): RowSpec => (key === "2080742" ? [key, { ...figures, basic: "0.01" }, name] : [key, figures, name]));
    const tables = workbook(table("05", changed));
    const errors = run([codeHierarchy, t05RowTotal], tables).filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.rule} ${at(f)}`).sort()).toEqual(
      [`sum/code-hierarchy ${addressOf(tables, "05", "20807", "basic")}`, `t05/row-total ${addressOf(tables, "05", "2080742", "total")}`].sort()
    );
  });
});
