// The cell-level rules of SpreadsheetML the reader applies (ECMA-376 Part 1, §18.8.30 number formats, §18.17 dates,
// §18.3.1.4 cell references, §22.4.2.4 escaped characters): what a stored value means, not how a program wrote it.

/** ST_Xstring: the _xHHHH_ escapes of characters XML cannot hold undone (§22.4.2.4). */
export function decodeEscapedText(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_escape, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A number format that shows a date or a time: y m d h s (or b, the Buddhist year) outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "").replace(/\\./g, "");
  return bare.match(/[ymdhMsb]+/) !== null;
}

/** A serial date (days since 1899-12-30, or 1904-01-01) as a Date in UTC, to the millisecond. */
export function excelToDate(serial: number, date1904: boolean): Date {
  const days = serial - 25569 + (date1904 ? 1462 : 0);
  return new Date(Math.round(days * 24 * 3600 * 1000));
}

/**
 * The built-in number formats (§18.8.30), with the zh-CN ids 5–8, 27–36 and 50–58 a Chinese Excel writes: a date
 * stored under id 31 must read as a date, not as the figure 45291.
 */
export const BUILT_IN_NUMBER_FORMATS: ReadonlyMap<number, string> = new Map([
  [0, "General"],
  [1, "0"],
  [2, "0.00"],
  [3, "#,##0"],
  [4, "#,##0.00"],
  [9, "0%"],
  [10, "0.00%"],
  [11, "0.00E+00"],
  [12, "# ?/?"],
  [13, "# ??/??"],
  [14, "mm-dd-yy"],
  [15, "d-mmm-yy"],
  [16, "d-mmm"],
  [17, "mmm-yy"],
  [18, "h:mm AM/PM"],
  [19, "h:mm:ss AM/PM"],
  [20, "h:mm"],
  [21, "h:mm:ss"],
  [22, 'm/d/yy "h":mm'],
  [37, "#,##0 ;(#,##0)"],
  [38, "#,##0 ;[Red](#,##0)"],
  [39, "#,##0.00 ;(#,##0.00)"],
  [40, "#,##0.00 ;[Red](#,##0.00)"],
  [45, "mm:ss"],
  [46, "[h]:mm:ss"],
  [47, "mmss.0"],
  [48, "##0.0E+0"],
  [49, "@"],
  [5, '"¥"#,##0;"¥"\\-#,##0'],
  [6, '"¥"#,##0;[Red]"¥"\\-#,##0'],
  [7, '"¥"#,##0.00;"¥"\\-#,##0.00'],
  [8, '"¥"#,##0.00;[Red]"¥"\\-#,##0.00'],
  [27, 'yyyy"年"m"月"'],
  [28, 'm"月"d"日"'],
  [29, 'm"月"d"日"'],
  [30, "m-d-yy"],
  [31, 'yyyy"年"m"月"d"日"'],
  [32, 'h"时"mm"分"'],
  [33, 'h"时"mm"分"ss"秒"'],
  [34, '上午/下午h"时"mm"分"'],
  [35, '上午/下午h"时"mm"分"ss"秒"'],
  [36, 'yyyy"年"m"月"'],
  [50, 'yyyy"年"m"月"'],
  [51, 'm"月"d"日"'],
  [52, 'yyyy"年"m"月"'],
  [53, 'm"月"d"日"'],
  [54, 'm"月"d"日"'],
  [55, '上午/下午h"时"mm"分"'],
  [56, '上午/下午h"时"mm"分"ss"秒"'],
  [57, 'yyyy"年"m"月"'],
  [58, 'm"月"d"日"'],
]);

export const MAX_ROW = 1048576;
export const MAX_COLUMN = 16384;

/** The column number of one to three capital letters ("A" → 1, "XFD" → 16384). */
export function columnNumber(letters: string): number {
  let column = 0;
  for (let i = 0; i < letters.length; i++) column = column * 26 + letters.charCodeAt(i) - 64;
  return column;
}

/** The letters of a column number, or undefined outside 1…16384. */
export function columnLetters(column: number): string | undefined {
  if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMN) return undefined;
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export interface CellPosition {
  row: number;
  col: number;
}

/**
 * The row and column of a cell reference (ST_CellRef: "B12", one to three capitals and a row from 1), or undefined
 * for anything else, a column past XFD or a row past 1048576.
 */
export function positionOf(address: string): CellPosition | undefined {
  const length = address.length;
  let at = 0;
  let col = 0;
  for (; at < length && at < 3; at++) {
    const code = address.charCodeAt(at);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  if (at === 0 || col > MAX_COLUMN || length - at > 7 || at === length) return undefined;
  let row = 0;
  for (let i = at; i < length; i++) {
    const code = address.charCodeAt(i);
    if (code < 48 || code > 57 || (i === at && code === 48)) return undefined;
    row = row * 10 + code - 48;
  }
  return row > MAX_ROW ? undefined : { row, col };
}

/** A row number (ST_RowIndex: 1…1048576), or undefined for anything else. */
export function rowNumberOf(text: string | undefined): number | undefined {
  if (text === undefined || !/^[0-9]{1,7}$/.test(text)) return undefined;
  const row = Number(text);
  return row >= 1 && row <= MAX_ROW ? row : undefined;
}

const REFERENCE_CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * A shared formula's text (§18.3.1.40) moved from its master's cell to a follower's: relative references shift by
 * the distance, absolute ones ($) stay; a reference pushed off the sheet becomes #REF!, as Excel shows it.
 */
export function slideFormula(formula: string, from: CellPosition, to: CellPosition): string {
  return formula.replace(
    REFERENCE_CANDIDATE,
    (candidate: string, sheet: string | undefined, _sheetName: string, addressPart: string, paren: string | undefined) => {
      if (paren) return candidate;
      const match = CELL_REFERENCE.exec(addressPart);
      if (!match) return candidate;
      const [, colDollar, colText, rowDollar, rowText] = match;
      const upper = colText.toUpperCase();
      // Longer than XFD: a name, not a reference.
      if (upper.length > 3 || (upper.length === 3 && upper > "XFD")) return candidate;
      let col = columnNumber(upper);
      let row = parseInt(rowText, 10);
      if (!colDollar) col += to.col - from.col;
      if (!rowDollar) row += to.row - from.row;
      const letters = columnLetters(col);
      if (letters === undefined || row < 1 || row > MAX_ROW) return "#REF!";
      return (sheet || "") + (colDollar || "") + letters + (rowDollar || "") + row;
    }
  );
}

