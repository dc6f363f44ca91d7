// Excel's errors arrive as OfficeExtension.Error objects with an English code and message. The pane shows one Chinese
// sentence instead: what happened and what the user can do about it.

/** An Excel operation that failed, with a message meant for the accountant. */
export class ExcelHostError extends Error {
  /** The Office error code ("AccessDenied", "InvalidOperationInCellEditMode", …), or our own ("ProtectedSheet"). */
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = "ExcelHostError";
    this.code = code;
  }
}

/** What the pane was doing when Excel refused; names the action in the message. */
export type ExcelAction = "read" | "write" | "undo" | "select" | "highlight" | "report" | "reference";

const ACTION_LABEL: Record<ExcelAction, string> = {
  read: "读取工作簿",
  write: "填写单元格",
  undo: "撤销填充",
  select: "定位单元格",
  highlight: "设置高亮",
  report: "导出审核结果",
  reference: "添加参考数据表",
};

interface OfficeErrorShape {
  code?: unknown;
  message?: unknown;
  debugInfo?: { code?: unknown; errorLocation?: unknown };
}

function officeCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const shaped = error as OfficeErrorShape;
  if (typeof shaped.code === "string" && shaped.code !== "") return shaped.code;
  if (typeof shaped.debugInfo?.code === "string") return shaped.debugInfo.code;
  return undefined;
}

/** The sheet named in a protected-sheet message ("工作表“三公”"), when the caller knows which one it was. */
function sheetPart(sheet: string | undefined): string {
  return sheet ? `工作表“${sheet}”` : "工作表";
}

function protectedSheetMessage(sheet: string): string {
  return `${sheetPart(sheet)}受保护，请取消保护后重试`;
}

export const UNSUPPORTED_MESSAGE = "当前的 Excel 版本不支持本加载项所需的功能，请更新到 Microsoft 365 或 Excel 2021 及以上版本后重试";

/**
 * Turns whatever Excel threw into an ExcelHostError with a Chinese sentence. `sheet` names the sheet the failed
 * batch was writing to, when there was one, so a protection error can say which sheet to unprotect.
 */
export function toExcelHostError(error: unknown, action: ExcelAction, sheet?: string): ExcelHostError {
  if (error instanceof ExcelHostError) return error;
  const code = officeCode(error) ?? "Unknown";
  const doing = ACTION_LABEL[action];
  switch (code) {
    case "AccessDenied":
    case "ProtectedSheet":
      return new ExcelHostError(code, protectedSheetMessage(sheet ?? ""));
    case "InvalidOperationInCellEditMode":
      return new ExcelHostError(code, `Excel 正处于单元格编辑状态，无法${doing}：请先按 Enter 或 Esc 结束编辑后重试`);
    case "ApiNotFound":
    case "NotImplemented":
    case "UnsupportedOperation":
    case "UnsupportedFeature":
      return new ExcelHostError(code, UNSUPPORTED_MESSAGE);
    case "ItemNotFound":
      return new ExcelHostError(code, `${doing}失败：找不到对应的工作表或单元格，工作簿可能已被修改，请重新校验`);
    case "ResponsePayloadSizeLimitExceeded":
    case "RequestPayloadSizeLimitExceeded":
    case "RangeExceedsLimit":
    case "OperationCellsExceedLimit":
      // Reads and writes are already sent in batches under the limit and halved when Excel refuses one: what is left
      // is a single cell or row beyond it.
      return new ExcelHostError(code, `${doing}失败：单个单元格或一行的数据超过了 Excel 一次传输的上限（网页版 Excel 为 5 MB），请在桌面版 Excel 中重试`);
    case "Conflict":
    case "InactiveWorkbook":
      return new ExcelHostError(code, `${doing}失败：工作簿正被其他操作占用，请稍后重试`);
    case "RequestAborted":
      return new ExcelHostError(code, `${doing}被中断，请重试`);
    case "MergedRangeConflict":
      return new ExcelHostError(code, `${doing}失败：目标单元格位于合并单元格内`);
    default: {
      // Keep Excel's own words for the rare codes we do not translate: better than hiding what went wrong.
      const detail = error instanceof Error ? error.message : typeof error === "string" ? error : "";
      return new ExcelHostError(code, `${doing}失败${detail ? `（Excel：${detail}）` : ""}，请重试`);
    }
  }
}
