// Text taken from the workbook (sheet names, messages quoting cells, narrative sentences) must never become a formula
// when the add-in writes it back. Excel turns a typed text starting with =, +, - or @ into a formula; a leading
// apostrophe makes it a plain text again (Excel stores the apostrophe as the cell's quote prefix, not as a character).

const FORMULA_START = /^[=+\-@]/;

/** The text as a value that Excel keeps as text. */
export function safeCellText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A sheet name as a formula reference writes it: always quoted, an apostrophe doubled ('It''s'). */
export function quoteSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** A text as a string literal inside a formula: quotes doubled. */
function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * =HYPERLINK("#'表 名'!C9","表 名!C9"): a link to a cell of this workbook. Built only from a sheet name and a cell
 * address, both quoted, so nothing in them can break out of the string literals.
 */
export function hyperlinkFormula(sheet: string, cell: string): string {
  if (!/^\$?[A-Z]{1,3}\$?\d+$/i.test(cell)) throw new Error(`不是单元格地址：${cell}`);
  const target = `#${quoteSheetName(sheet)}!${cell.toUpperCase()}`;
  return `=HYPERLINK(${formulaString(target)},${formulaString(`${sheet}!${cell.toUpperCase()}`)})`;
}
