// The narrative of the sample workbook through the whole engine (real recognisers, every rule): exactly the
// narrative cases of domain.md §8, info lines for the sentences nothing can check, no error.
import { checkWorkbook } from "../../../src/engine";
import { Finding } from "../../../src/engine/finding";
import { sheetFromRows } from "../../../src/engine/grid";
import { NARRATIVE } from "../../fixtures/sample-data";
import { sampleGrid } from "./fixture";
import { SAMPLE_BUDGETS, rowOf } from "./sample-tables";

const brief = (f: Finding) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell} ${f.expected ?? "-"} ${f.actual ?? "-"}`;
const narrativeFindings = (findings: Finding[]) => findings.filter((f) => f.table === "narrative");

describe("the sample workbook's 情况说明", () => {
  it("is recognised as the narrative", async () => {
    const result = checkWorkbook(await sampleGrid());
    expect(result.tables.filter((t) => t.kind === "narrative")).toEqual([{ kind: "narrative", sheet: "情况说明", range: `A1:A${NARRATIVE.length}` }]);
  });

  it("gives exactly the §8 narrative cases, info for what cannot be checked, and no error", async () => {
    const result = checkWorkbook(await sampleGrid());
    const findings = narrativeFindings(result.findings);
    expect(findings.filter((f) => f.severity !== "info").map(brief)).toEqual([
      `warning narrative/zero-base 情况说明!A${rowOf("因公出国（境）费 0.00 万元，占")} - 0.00%`,
      `rounding narrative/change-rate 情况说明!A${rowOf("增长 21.50%")} 20.00% 21.50%`,
      `rounding narrative/budget-rate 情况说明!A${rowOf("完成预算的 94.59%")} 94.58% 94.59%`,
      `rounding narrative/budget-rate 情况说明!A${rowOf("完成预算的 57.56%")} 57.55% 57.56%`,
    ]);
    const infos = findings.filter((f) => f.severity === "info");
    expect(infos.every((f) => f.rule === "narrative/unverifiable")).toBe(true);
    expect(infos.filter((f) => f.message.startsWith("无法核对：缺少年初预算数")).map((f) => f.actual)).toEqual([
      "125.77%",
      "102.56%",
      "353.15%",
      "103.77%",
      "353.14%",
      "91.24%",
      "70.27%",
      "89.8%",
      "163.75%",
      "100%",
      "69%",
      "78.43%",
      "70%",
      "103.57%",
    ]);
    // One line per figure nothing can check, and one per 持平 sentence (no figure) that needs 上年决算数.
    const unverifiable = (result.claims ?? []).filter((c) => c.outcome === "unverifiable");
    expect(unverifiable.length).toBeGreaterThan(14);
    expect(infos.filter((f) => f.messageId === "figure" || f.messageId === "figureReference")).toHaveLength(unverifiable.length);
    expect(infos.filter((f) => f.messageId === "flatReference").map((f) => f.cell)).toEqual([`A${rowOf("今年结转结余持平")}`, `A${rowOf("因公出国（境）费与上年持平")}`]);
    expect(infos).toHaveLength(unverifiable.length + 2);
  });

  it("checks the 125.77%, 102.56% and 353.15% sentences once a 参考数据 sheet holds the year-start budgets", async () => {
    const grid = await sampleGrid();
    grid.sheets.push(sheetFromRows("参考数据", SAMPLE_BUDGETS));
    const before = narrativeFindings(checkWorkbook(await sampleGrid()).findings).filter((f) => f.severity === "info");
    const findings = narrativeFindings(checkWorkbook(grid).findings);
    const row = `情况说明!A${rowOf("完成年初预算的 125.77%")}`;
    expect(findings.filter((f) => `${f.sheet}!${f.cell}` === row && f.severity !== "info").map(brief)).toEqual([`rounding narrative/budget-rate ${row} 353.14% 353.15%`]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.filter((f) => f.severity === "info")).toHaveLength(before.length - 3);
  });
});
