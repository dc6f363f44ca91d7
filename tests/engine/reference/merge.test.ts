// The merged 参考数据: every item finds its own figure (no name of one item takes another's), the typed sheet wins.
import { Decimal } from "../../../src/engine/decimal";
import { CATALOGUE, functionalItem } from "../../../src/engine/narrative/items";
import { referenceCell } from "../../../src/engine/narrative/sources";
import { ReferenceData } from "../../../src/engine/narrative/types";
import { sumCell } from "../../../src/engine/reference/cells";
import { mergeReference } from "../../../src/engine/reference/merge";
import { FigureCell } from "../../../src/engine/tables";

let n = 0;
function cell(value: string, sheet = "上年:表"): FigureCell {
  n++;
  return { sheet, row: n, col: 1, address: `A${n}`, state: "amount", amount: { value: new Decimal(value), decimals: 2, percent: false }, formula: false, numFmt: "0.00" };
}

describe("mergeReference", () => {
  it("lets each catalogue item and each functional row find its own figure, by name or code", () => {
    const items = [...CATALOGUE.values()].filter((i) => i.table);
    const rows = [
      functionalItem({ key: "2013101", code: "2013101", name: "行政运行", row: 1, cells: {} }),
      functionalItem({ key: "229", code: "229", name: "其他支出", row: 2, cells: {} }),
    ];
    const figures = [...items, ...rows].map((item) => ({ item, cell: cell("1.00") }));
    const { reference } = mergeReference(undefined, [{ column: "上年决算数", figures }]);
    for (const { item, cell: own } of figures) expect([item.id, referenceCell(reference, item, "上年决算数")]).toEqual([item.id, own]);
  });

  it("keeps a typed figure, and lists a different one from the workbook as a conflict", () => {
    const reception = CATALOGUE.get("3p.reception")!;
    const vehicle = CATALOGUE.get("3p.vehicle")!;
    const typed: ReferenceData = {
      sheet: "参考数据",
      entries: [
        { item: "公务接待费", row: 2, figures: { 上年决算数: cell("0.40", "参考数据") } },
        { item: "公务用车购置及运行费", row: 3, figures: { 上年决算数: cell("57.91", "参考数据") } },
      ],
    };
    const fromWorkbook = [
      { item: reception, cell: cell("0.35") },
      { item: vehicle, cell: cell("57.91") },
    ];
    const { reference, conflicts } = mergeReference(typed, [{ column: "上年决算数", figures: fromWorkbook }]);
    expect(referenceCell(reference, reception, "上年决算数")).toBe(typed.entries[0].figures.上年决算数);
    expect(conflicts.map((c) => [c.item, c.typed.amount!.value.toFixed(2), c.derived.amount!.value.toFixed(2)])).toEqual([["公务接待费", "0.40", "0.35"]]);
  });
});

describe("sumCell", () => {
  it("sums several cells into one, keeping their rounding, at the first that holds a figure", () => {
    const blank: FigureCell = { ...cell("0"), state: "blank", amount: undefined };
    const sum = sumCell([blank, cell("1.25"), cell("2.50")], "上年:")!;
    expect(sum.amount!.value.toFixed(2)).toBe("3.75");
    expect(sum.address).not.toBe(blank.address);
    expect(sum.sheet.startsWith("上年:")).toBe(true);
    expect(sum.roundingRadius!.toString()).toBe("0.01");
  });

  it("gives nothing for no cell or for one that is not a figure", () => {
    expect(sumCell([], "上年:")).toBeUndefined();
    expect(sumCell([{ ...cell("1"), state: "invalid", amount: undefined }], "上年:")).toBeUndefined();
  });
});
