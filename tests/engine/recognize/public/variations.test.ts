// Every layout variation of domain.md §1 must recognise to the same rows, keys and figures as the plain layout.
import { PUBLIC_KINDS, PublicKind } from "../../../../src/engine/tables";
import { projection, recognizeSheets } from "./helpers";
import { Layout, sampleWorkbook } from "./sample-sheets";

function recognizeAll(layout: Layout) {
  const result = recognizeSheets(...sampleWorkbook(layout).sheets);
  const byKind = new Map(result.tables.map((t) => [t.kind, t]));
  return { byKind, notes: result.notes };
}

const plain = recognizeAll({});

const VARIATIONS: [string, Layout][] = [
  ["code and name in one cell", { codes: "combined" }],
  ["类 | 款 | 项 columns, 合计 first", { codes: "split" }],
  ["类 | 款 | 项 columns, 合计 last", { codes: "split", totalAt: "last" }],
  ["类 | 款 | 项 columns, 合计 on the label row", { codes: "split", totalAt: "labelRow" }],
  ["类 | 款 | 项 showing only the lowest part", { codes: "splitCarry" }],
  ["合计 last", { totalAt: "last" }],
  ["no 栏次 row", { columnNumbers: false }],
  ["no 行次 column", { rowNumbers: false }],
  ["no 栏次 row and no 行次 column", { columnNumbers: false, rowNumbers: false }],
  ["header words split by spaces and line breaks", { splitWords: true }],
  ["extra blank rows and columns", { offset: { rows: 3, cols: 2 } }],
  ["amounts as text", { textAmounts: true }],
  ["codes as numbers", { numericCodes: true }],
  ["codes as numbers in 类 | 款 | 项", { numericCodes: true, codes: "split" }],
  ["no marker and no 部门 line", { marker: false, department: false }],
  ["06 codes split 类 | 款", { economic: "split" }],
  ["06 codes split 类 | 款 as numbers", { economic: "split", numericCodes: true }],
  ["07 as one row", { threeCostsAsRow: true }],
  [
    "everything at once",
    {
      codes: "split",
      totalAt: "labelRow",
      columnNumbers: false,
      rowNumbers: false,
      splitWords: true,
      offset: { rows: 2, cols: 3 },
      textAmounts: true,
      numericCodes: true,
      marker: false,
      department: false,
      economic: "split",
      threeCostsAsRow: true,
    },
  ],
];

describe("layout variations give the plain layout's tables", () => {
  it("recognises all nine tables of the plain layout without notes", () => {
    expect([...plain.byKind.keys()].sort()).toEqual(PUBLIC_KINDS);
    expect(plain.notes).toEqual([]);
  });

  describe.each(VARIATIONS)("%s", (_name, layout) => {
    const variant = recognizeAll(layout);

    it("says nothing", () => {
      expect(variant.notes).toEqual([]);
    });

    it.each(PUBLIC_KINDS.map((k) => [k]))("table %s", (kind: PublicKind) => {
      const table = variant.byKind.get(kind);
      expect(table).toBeDefined();
      expect(projection(table!)).toEqual(projection(plain.byKind.get(kind)!));
    });
  });

  it("keeps the department and year only when the sheet shows them", () => {
    const bare = recognizeAll({ marker: false, department: false });
    expect(bare.byKind.get("03")!.department).toBeUndefined();
    expect(bare.byKind.get("03")!.year).toBe("2024");
    expect(plain.byKind.get("03")!.department).toBe("中共辽宁省朝阳市委办公室");
  });

  it("moves every address with the table", () => {
    const moved = recognizeAll({ offset: { rows: 3, cols: 2 } });
    const before = plain.byKind.get("03")!.rows[0].cells.basic!;
    const after = moved.byKind.get("03")!.rows[0].cells.basic!;
    expect(before.address).toBe("D9");
    expect(after.address).toBe("F13");
    expect(moved.byKind.get("03")!.range).toBe("C4:J36");
  });

  it("reads 06 codes cut to 4 digits from their names", () => {
    const cut = recognizeAll({ economic: "cut" });
    expect(cut.notes).toEqual([]);
    const expected = projection(plain.byKind.get("06")!);
    // 3120 其他资本性补助 names no official code: a blank row that cannot be placed is left out.
    expected.rows = expected.rows.filter((r) => r.key !== "31206");
    expect(projection(cut.byKind.get("06")!)).toEqual(expected);
  });
});
