import { childLevelName, codeTree, hierarchyChildren, plainName, rowLabel } from "../../../src/engine/figures/layout";
import { sampleRows } from "../rules/public/sample";
import { table } from "../rules/public/tables";

describe("layout of the 公开 tables", () => {
  it("reads the sample's 03 code hierarchy: 合计 → 类 → 款 → 项", () => {
    const t03 = table("03", sampleRows("03"));
    expect(hierarchyChildren(t03, "total")).toEqual(["201", "208", "210", "221"]);
    expect(hierarchyChildren(t03, "208")).toEqual(["20805", "20808"]);
    expect(hierarchyChildren(t03, "21011")).toEqual(["2101101", "2101102", "2101103"]);
    expect(hierarchyChildren(t03, "2013101")).toBeUndefined();
    expect(childLevelName(t03, ["201", "208"])).toBe("各类");
    expect(childLevelName(t03, ["20805"])).toBe("各款");
    expect(childLevelName(t03, ["2080501"])).toBe("各项");
  });

  it("adds a 项 listed without its 款 into its 类, and counts a code listed twice once", () => {
    const t = table("05", [
      ["total", {}, "合计"],
      ["201", {}, "一般公共服务支出"],
      ["2013101", {}, "行政运行"],
      ["2013101", {}, "行政运行"],
    ]);
    expect(codeTree(t).children.get("201")).toEqual(["2013101"]);
    expect(childLevelName(t, ["2013101"])).toBe("各项");
  });

  it("names rows without ordinals and with their code", () => {
    expect(plainName("二十三、其他支出")).toBe("其他支出");
    expect(plainName("其中：(1) 公务用车运行维护费")).toBe("公务用车运行维护费");
    expect(plainName("1、因公出国（境）费")).toBe("因公出国（境）费");
    expect(plainName("收 入")).toBe("收入");
    const t = table("03", [
      ["total", {}, "合计"],
      ["201", {}, "201 一般公共服务支出"],
      ["208", {}, "社会保障和就业支出"],
    ]);
    expect(t.rows.map(rowLabel)).toEqual(["合计", "201 一般公共服务支出", "208 社会保障和就业支出"]);
  });
});
