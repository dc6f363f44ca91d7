import { sheetFromRows } from "../../../../src/engine/grid";
import { readMeta } from "../../../../src/engine/recognize/public/meta";
import { SheetView } from "../../../../src/engine/recognize/public/view";

describe("title block lines", () => {
  const meta = (rows: (string | undefined)[][]) => readMeta(new SheetView(sheetFromRows("表", rows)), 1, rows.length);

  it("reads 部门, year and unit on lines of their own", () => {
    expect(meta([["支出决算表"], ["部门：中共辽宁省朝阳市委办公室"], ["2024 年度"], ["金额单位：万元"]])).toEqual({
      department: "中共辽宁省朝阳市委办公室",
      year: "2024",
      unit: "万元",
    });
  });

  it("reads them side by side, with the department's name in the next cell", () => {
    expect(meta([["编制部门：", "朝阳市机要保密技术服务中心", "2024年度", "单位：元"]])).toEqual({
      department: "朝阳市机要保密技术服务中心",
      year: "2024",
      unit: "元",
    });
  });

  it("reads them from one cell", () => {
    expect(meta([["部门：中共朝阳市委办公室　　金额单位：万元"]])).toEqual({ department: "中共朝阳市委办公室", unit: "万元" });
  });

  it("defaults to 万元 and leaves the rest out", () => {
    expect(meta([["支出决算表"]])).toEqual({ unit: "万元" });
  });
});
