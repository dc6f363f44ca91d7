/// <reference types="office-js" />
// 导出审核报告: a new sheet 审核结果 listing every finding, each with a link to its cell and an empty column the
// accountant fills in (the finance system's 出错说明). Values only: every text taken from the workbook is written as a
// text, never as a formula; the one formula is the HYPERLINK built here from a quoted sheet name and a cell address.
import { Finding, SEVERITY_LABEL, SEVERITY_ORDER, Summary } from "../engine/finding";
import { DEFAULT_WRITE_BUDGET } from "./batches";
import { hyperlinkFormula, safeCellText } from "./cell-text";
import { ExcelHostError } from "./errors";

const REPORT_SHEET_NAME = "审核结果";

export const REPORT_HEADER = ["序号", "表", "单元格", "类别", "说明", "应为", "实为", "说明/出错原因"];

export interface ReportSheetInput {
  workbook: string;
  findings: Finding[];
  summary: Summary;
  /** When the check ran, as the user reads it ("2025-03-01 14:05"). */
  checkedAt: string;
  /** The table a finding belongs to, as people name it ("支出决算表（公开03表）"). */
  tableLabel: (finding: Finding) => string;
}

/** 审核结果, or 审核结果(2), (3)… when the user kept an earlier report (it may hold their 出错原因 notes). */
export function freeSheetName(existing: string[], base: string = REPORT_SHEET_NAME): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}(${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function summaryText(summary: Summary): string {
  return SEVERITY_ORDER.map((severity) => `${SEVERITY_LABEL[severity]} ${summary[severity]}`).join(" · ");
}

/** The rows above the table: title, workbook, time, counts, a blank line. */
function preamble(input: ReportSheetInput): string[][] {
  return [
    ["决算助手 审核结果", ""],
    ["工作簿", input.workbook],
    ["校验时间", input.checkedAt],
    ["结果", summaryText(input.summary)],
    ["", ""],
  ];
}

/** Number formats by column: 序号 a number, the link a formula (General), every other column text. */
const COLUMN_FORMATS = ["0", "@", "General", "@", "@", "@", "@", "@"];

/** Estimated request bytes of one finding's row: eight cells, a message of some 60 Chinese characters, the link. */
const BYTES_PER_REPORT_ROW = 1200;

export const PROTECTED_WORKBOOK_MESSAGE = `工作簿的结构受保护，无法添加工作表“${REPORT_SHEET_NAME}”：请在 审阅 → 保护工作簿 中取消保护后重试`;

/**
 * Adds the report sheet and fills it; returns its name. Two syncs (the sheet names and the workbook's protection,
 * then everything else); a report of thousands of findings sends its rows in batches under Excel's request limit.
 */
export async function writeReportSheet(context: Excel.RequestContext, input: ReportSheetInput, options: { byteBudget?: number } = {}): Promise<string> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  context.workbook.protection.load("protected");
  await context.sync();
  if (context.workbook.protection.protected) throw new ExcelHostError("ProtectedWorkbook", PROTECTED_WORKBOOK_MESSAGE);
  const name = freeSheetName(worksheets.items.map((sheet) => sheet.name));
  const sheet = worksheets.add(name);

  const top = preamble(input);
  const topRange = sheet.getRange(`A1:B${top.length}`);
  topRange.numberFormat = top.map(() => ["@", "@"]);
  topRange.values = top.map((row) => row.map(safeCellText));
  sheet.getRange("A1").format.font.bold = true;

  const headerRow = top.length + 1;
  const header = sheet.getRange(`A${headerRow}:H${headerRow}`);
  header.values = [REPORT_HEADER];
  header.format.font.bold = true;

  // Rows in batches of the request budget; all but the last batch are sent on their own.
  const rowsPerBatch = Math.max(1, Math.floor((options.byteBudget ?? DEFAULT_WRITE_BUDGET) / BYTES_PER_REPORT_ROW));
  for (let offset = 0; offset < input.findings.length; offset += rowsPerBatch) {
    if (offset > 0) await context.sync();
    const findings = input.findings.slice(offset, offset + rowsPerBatch);
    const first = headerRow + 1 + offset;
    const last = first + findings.length - 1;
    const body = sheet.getRange(`A${first}:H${last}`);
    body.numberFormat = findings.map(() => COLUMN_FORMATS);
    body.values = findings.map((finding, index) => [
      offset + index + 1,
      safeCellText(input.tableLabel(finding)),
      "",
      SEVERITY_LABEL[finding.severity],
      safeCellText(finding.message),
      safeCellText(finding.expected ?? ""),
      safeCellText(finding.actual ?? ""),
      "",
    ]);
    sheet.getRange(`C${first}:C${last}`).formulas = findings.map((finding) => [hyperlinkFormula(finding.sheet, finding.cell)]);
  }
  sheet.getRange("A:H").format.autofitColumns();
  // Messages are long: a wide, wrapping 说明 column, and room for the accountant's own notes.
  const messageColumn = sheet.getRange("E:E").format;
  messageColumn.columnWidth = 320;
  messageColumn.wrapText = true;
  sheet.getRange("H:H").format.columnWidth = 200;
  sheet.activate();
  await context.sync();
  return name;
}
