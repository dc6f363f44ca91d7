import { selectCell } from "../../src/excel/select";
import { FakeExcel } from "./fake-excel";
import { table03Sheet, table07Sheet } from "./sample-sheets";

describe("selectCell", () => {
  it("activates the finding's sheet and selects its cell", async () => {
    const fake = new FakeExcel([table03Sheet(), table07Sheet()]);
    expect(fake.activeSheet).toBe("03支出决算表");
    await fake.run((context) => selectCell(context, "07三公经费", "C5"));
    expect(fake.activeSheet).toBe("07三公经费");
    expect(fake.selection).toEqual({ sheet: "07三公经费", address: "C5" });
    expect(fake.syncCount).toBe(2);
  });

  it("says how to unhide a hidden sheet instead of failing", async () => {
    const fake = new FakeExcel([table03Sheet(), { ...table07Sheet(), visibility: "Hidden" }]);
    await expect(fake.run((context) => selectCell(context, "07三公经费", "C5"))).rejects.toThrow(
      "工作表“07三公经费”已隐藏，请先取消隐藏（右键工作表标签 → 取消隐藏）再定位 C5"
    );
    expect(fake.activeSheet).toBe("03支出决算表");
    expect(fake.selection).toBeNull();
  });
});
