import { OfficeMockObject } from "office-addin-mock";
import { planFill } from "../../src/engine/fill";
import { checkWorkbook } from "../../src/engine";
import { ExcelHost } from "../../src/excel/host";
import { FakeExcel, officeError } from "./fake-excel";
import { table03Sheet, table07Sheet } from "./sample-sheets";

/** The Office global as office-addin-mock builds it: only the requirement-set check the host asks. */
function officeWith(supported: string): { context: { requirements: { isSetSupported(name: string, version: string): boolean } } } {
  return new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => name === "ExcelApi" && Number(version.split(".")[1]) <= Number(supported.split(".")[1]),
      },
    },
  }) as never;
}

function hostOver(fake: FakeExcel, supported = "1.17"): ExcelHost {
  const office = officeWith(supported);
  return new ExcelHost({ run: fake.run, supports: (version) => office.context.requirements.isSetSupported("ExcelApi", version) });
}

describe("ExcelHost", () => {
  it("reads, fills what the engine plans, and undoes it: the sample's table 03 with blank totals", async () => {
    const fake = new FakeExcel([table03Sheet("03支出决算表", ["D8", "E8", "C9"]), table07Sheet()]);
    const host = hostOver(fake);
    const grid = await host.readGrid();
    const plan = planFill(grid);
    expect(plan.edits.map((edit) => `${edit.sheet}!${edit.cell}=${edit.shown}`).sort()).toEqual([
      "03支出决算表!C9=1837.28",
      "03支出决算表!D8=1672.10",
      "03支出决算表!E8=587.63",
    ]);
    const before = fake.syncCount;
    await host.fill(plan.edits);
    expect(fake.syncCount - before).toBe(2);
    // Each cell gets the value and the number format the engine chose for it.
    const formatOf = (cell: string) => {
      const edit = plan.edits.find((e) => e.cell === cell);
      return edit?.kind === "number" ? edit.numFmt : undefined;
    };
    expect(fake.cell("03支出决算表", "D8")).toMatchObject({ value: 1672.1, numFmt: formatOf("D8") });
    expect(fake.cell("03支出决算表", "C9")).toMatchObject({ value: 1837.28, numFmt: formatOf("C9") });
    // Checked again, the filled workbook has nothing left to fill.
    const again = checkWorkbook(await host.readGrid());
    expect(again.findings.filter((finding) => finding.fix).map((f) => `${f.cell} ${f.message}`)).toEqual([]);

    expect(host.canUndo).toBe(true);
    expect(await host.undo()).toEqual({ restored: 3, skipped: [] });
    expect(host.canUndo).toBe(false);
    expect(fake.cell("03支出决算表", "D8")?.value).toBe("");
    expect(planFill(await host.readGrid()).edits).toHaveLength(3);
  });

  it("highlights, then clears exactly what it highlighted", async () => {
    const sheet = table03Sheet();
    sheet.rows![8][2] = { value: 1837.28, numFmt: "#,##0.00", fill: "#FFFF00" };
    const fake = new FakeExcel([sheet]);
    const host = hostOver(fake);
    await host.highlight([
      { sheet: "03支出决算表", cell: "C9", tone: "error" },
      { sheet: "03支出决算表", cell: "D8", tone: "rounding" },
    ]);
    expect(host.highlighted).toBe(true);
    await host.highlight([{ sheet: "03支出决算表", cell: "E8", tone: "warning" }]);
    expect(fake.cell("03支出决算表", "E8")?.fill.color).toBe("#FFEB9C");
    expect(await host.clearHighlight()).toEqual({ restored: 3, keptByUser: 0 });
    expect(host.highlighted).toBe(false);
    expect(fake.cell("03支出决算表", "C9")?.fill).toMatchObject({ color: "#FFFF00", pattern: "Solid" });
    expect(fake.cell("03支出决算表", "D8")?.fill.pattern).toBe("None");
    expect(fake.cell("03支出决算表", "E8")?.fill.pattern).toBe("None");
  });

  it("turns Excel's errors into messages: cell edit mode, a protected sheet, a missing sheet", async () => {
    const fake = new FakeExcel([table03Sheet(), { ...table07Sheet(), protected: true }]);
    const host = hostOver(fake);
    fake.failSync(1, officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."));
    await expect(host.readGrid()).rejects.toMatchObject({
      name: "ExcelHostError",
      message: "Excel 正处于单元格编辑状态，无法读取工作簿：请先按 Enter 或 Esc 结束编辑后重试",
    });
    await expect(host.select("03支出决算表", "D8")).resolves.toBeUndefined();
    expect(fake.selection).toEqual({ sheet: "03支出决算表", address: "D8" });
    // Excel itself refusing a write on a protected sheet (AccessDenied) names the sheet too.
    fake.failSync(2, officeError("AccessDenied", "The cell or chart you're trying to change is protected and therefore read-only."));
    const edit = { sheet: "07三公经费", cell: "B6", kind: "text" as const, text: "0.00", shown: "0.00" };
    fake.sheet("07三公经费").protected = false;
    await expect(host.fill([edit])).rejects.toThrow("工作表“07三公经费”受保护，请取消保护后重试");
    await expect(host.select("已删除的表", "A1")).rejects.toThrow("定位单元格失败：找不到对应的工作表或单元格，工作簿可能已被修改，请重新校验");
  });

  it("says the Excel version is too old instead of failing half-way", async () => {
    const fake = new FakeExcel([table03Sheet()]);
    await expect(hostOver(fake, "1.8").readGrid()).rejects.toThrow(/^当前的 Excel 版本不支持本加载项所需的功能/);
    expect(fake.syncCount).toBe(0);
  });

  it("reads without merged areas on ExcelApi 1.9–1.12", async () => {
    const fake = new FakeExcel([table03Sheet()]);
    const grid = await hostOver(fake, "1.12").readGrid();
    expect(grid.sheets[0].merges).toEqual([]);
    expect(fake.syncCount).toBe(3);
  });
});
