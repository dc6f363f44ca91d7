import { ExcelHostError, toExcelHostError } from "../../src/excel/errors";
import { officeError } from "./fake-excel";

describe("toExcelHostError", () => {
  it("turns Excel's refusals into one Chinese sentence with what to do", () => {
    expect(toExcelHostError(officeError("AccessDenied", "The cell or chart you're trying to change is protected."), "write", "三公").message).toBe(
      "工作表“三公”受保护，请取消保护后重试"
    );
    expect(toExcelHostError(officeError("AccessDenied", "protected"), "write").message).toBe("工作表受保护，请取消保护后重试");
    expect(toExcelHostError(officeError("InvalidOperationInCellEditMode", "edit mode"), "read").message).toBe(
      "Excel 正处于单元格编辑状态，无法读取工作簿：请先按 Enter 或 Esc 结束编辑后重试"
    );
    expect(toExcelHostError(officeError("ApiNotFound", "The API you are trying to use could not be found."), "highlight").message).toMatch(
      /^当前的 Excel 版本不支持本加载项所需的功能/
    );
    // Reads and writes are already batched and halved under the limit: the message no longer asks to delete empty rows.
    expect(toExcelHostError(officeError("ResponsePayloadSizeLimitExceeded", "x"), "read").message).toBe(
      "读取工作簿失败：单个单元格或一行的数据超过了 Excel 一次传输的上限（网页版 Excel 为 5 MB），请在桌面版 Excel 中重试"
    );
    expect(toExcelHostError(officeError("ItemNotFound", "x"), "undo").message).toBe(
      "撤销填充失败：找不到对应的工作表或单元格，工作簿可能已被修改，请重新校验"
    );
  });

  it("keeps Excel's words for a code it does not know, and passes its own errors through", () => {
    const unknown = toExcelHostError(officeError("PivotTableRangeConflict", "Pivot conflict."), "write");
    expect(unknown).toBeInstanceOf(ExcelHostError);
    expect(unknown.code).toBe("PivotTableRangeConflict");
    expect(unknown.message).toBe("填写单元格失败（Excel：Pivot conflict.），请重试");
    const own = new ExcelHostError("CellNotBlank", "已有内容");
    expect(toExcelHostError(own, "write")).toBe(own);
    expect(toExcelHostError("boom", "select").message).toBe("定位单元格失败（Excel：boom），请重试");
  });
});
