import { narrativeUnverifiable } from "../../../../src/engine/rules/narrative/unverifiable";
import { SAMPLE_BUDGETS, rowOf } from "../../narrative/sample-tables";
import { run } from "./run";

describe("narrative/unverifiable", () => {
  it("says once per figure what it lacks", () => {
    const result = run(narrativeUnverifiable);
    const row = `A${rowOf("行政运行（项）1116.80")}`;
    const line = result.filter((f) => f.cell === row);
    expect(line).toHaveLength(1);
    expect(line[0].severity).toBe("info");
    expect(line[0].actual).toBe("103.77%");
    expect(line[0].messageId).toBe("figureReference");
    expect(line[0].message).toBe("无法核对：缺少年初预算数（行政运行）——“完成年初预算的 103.77%”中的 103.77%，可在“参考数据”表中填写后再核对");
  });

  it("is silent on a sentence once 参考数据 gives what it lacks", () => {
    const row = `A${rowOf("完成年初预算的 125.77%")}`;
    const budgets = (f: { cell: string; messageId?: string }) => f.cell === row && f.messageId === "figureReference";
    expect(run(narrativeUnverifiable).filter(budgets)).toHaveLength(3);
    expect(run(narrativeUnverifiable, { reference: SAMPLE_BUDGETS }).filter(budgets)).toEqual([]);
    const priors = [
      ["项目", "上年决算数"],
      ["年末结转和结余", "0"],
    ];
    expect(run(narrativeUnverifiable, { reference: priors }).some((f) => f.cell === `A${rowOf("今年结转结余持平")}`)).toBe(false);
  });

  it("names a figure the tables do not hold, and one whose subject names no table item, without guessing", () => {
    const result = run(narrativeUnverifiable);
    const cars = result.filter((f) => f.cell === `A${rowOf("共有车辆")}`);
    expect(cars.length).toBeGreaterThan(3);
    expect(cars.every((f) => f.messageId === "figure" && f.message.startsWith("无法核对：报表中没有这一数量"))).toBe(true);
    const purchase = result.find((f) => f.cell === `A${rowOf("政府采购支出总额")}`)!;
    expect(purchase.messageId).toBe("figure");
    expect(purchase.message).toContain("报表中没有“政府采购支出总额”");
  });
});
