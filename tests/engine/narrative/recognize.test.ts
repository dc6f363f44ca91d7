import { sheetFromRows } from "../../../src/engine/grid";
import { narrativeFromSheet, recognizeNarrative } from "../../../src/engine/narrative/recognize";
import { recognizeReference } from "../../../src/engine/narrative/reference";
import { NARRATIVE } from "../../fixtures/sample-data";

describe("recognising the narrative", () => {
  it("finds a sheet named 情况说明, one paragraph per cell, and gives each its section", () => {
    const grid = { name: "t", sheets: [sheetFromRows("Sheet1", [["无关"]]), sheetFromRows("情况说明", NARRATIVE.map((p) => [p]))] };
    const narrative = recognizeNarrative(grid)!;
    expect(narrative.sheet).toBe("情况说明");
    expect(narrative.kind).toBe("narrative");
    expect(narrative.paragraphs).toHaveLength(NARRATIVE.length);
    const sectionOf = (text: string) => narrative.paragraphs.find((p) => p.text.includes(text))!.section;
    expect(sectionOf("（一）收入总计")).toBe("overall");
    expect(sectionOf("2024 年度财政拨款支出 2259.73")).toBe("fiscal");
    expect(sectionOf("行政运行（项）")).toBe("gpb");
    expect(sectionOf("公务接待费 0.42 万元，占")).toBe("threePublic");
    expect(sectionOf("人员经费 1374.42")).toBe("basic");
    expect(sectionOf("机关运行经费支出")).toBe("other");
    expect(sectionOf("自评平均分为 89.25")).toBe("perf");
  });

  it("finds a narrative by its text when the sheet has another name, and splits a cell's lines", () => {
    const text = NARRATIVE.slice(0, 12).join("\n");
    const narrative = recognizeNarrative({ name: "t", sheets: [sheetFromRows("Sheet3", [[null, text]])] })!;
    expect(narrative.cells).toHaveLength(1);
    expect(narrative.cells[0].address).toBe("B1");
    expect(narrative.paragraphs).toHaveLength(12);
    const line = narrative.paragraphs[2];
    expect(text.slice(line.start, line.end)).toBe(NARRATIVE[2]);
  });

  it("does not take a table or a sheet of short labels for a narrative", () => {
    const table = sheetFromRows("表1", [["项目", "金额"], ["收入总计", 2259.73], ["金额单位：万元"]]);
    expect(recognizeNarrative({ name: "t", sheets: [table] })).toBeUndefined();
    expect(recognizeNarrative({ name: "t", sheets: [sheetFromRows("情况说明", NARRATIVE.map((p) => [p]))] }, new Set(["情况说明"]))).toBeUndefined();
  });

  it("treats headings as headings", () => {
    const narrative = narrativeFromSheet(sheetFromRows("情况说明", NARRATIVE.map((p) => [p])));
    const headings = narrative.paragraphs.filter((p) => p.heading).map((p) => p.text.replace(/\s/g, "").slice(0, 4));
    expect(headings).toEqual(["一、收入", "二、财政", "(一)总", "(二)一", "（三）政", "（四）国", "三、财政", "四、一般", "五、其他", "（一）机", "（二）政", "（三）国", "(四)预"]);
  });
});

describe("recognising 参考数据", () => {
  it("reads items, codes and figures by header, blank cells as unknown", () => {
    const sheet = sheetFromRows("参考数据", [
      ["参考数据"],
      ["金额单位：万元"],
      ["项目", "科目编码", "上年决算数", "年初预算数", "本年决算数"],
      ["合计", null, null, 1796.72],
      ["行政运行", "2013101", null, "1076.23"],
      ["机关运行经费", null, "259.47", null, "291.59"],
    ]);
    const reference = recognizeReference({ name: "t", sheets: [sheet] })!;
    expect(reference.entries.map((e) => `${e.item}|${e.code ?? ""}|${Object.keys(e.figures).join(",")}`)).toEqual([
      "合计||年初预算数",
      "行政运行|2013101|年初预算数",
      "机关运行经费||上年决算数,本年决算数",
    ]);
    expect(reference.entries[0].figures.年初预算数!.address).toBe("D4");
    expect(reference.entries[0].figures.年初预算数!.amount!.value.toString()).toBe("1796.72");
  });

  it("finds nothing without a header row", () => {
    expect(recognizeReference({ name: "t", sheets: [sheetFromRows("参考数据", [["随便写点什么"]])] })).toBeUndefined();
  });
});
