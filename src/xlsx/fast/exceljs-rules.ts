// What exceljs (4.4) does to the values it reads, reproduced so that the fast reader yields exactly the Grid the
// exceljs path yields. Each function names the exceljs code it mirrors. The parseFloat/parseInt conversions are
// exceljs's own and are kept as they are: no arithmetic is done on figures here, the Grid must simply hold the very
// numbers exceljs would have handed over.

/** Thrown where exceljs would throw (or do something this reader does not follow): the file goes to exceljs. */
export class Declined extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "Declined";
  }
}

/** The number exceljs makes of a cell's stored text (cell-xform: parseFloat). */
export function exceljsNumber(text: unknown): number {
  return parseFloat(text as string);
}

/** An integer attribute as exceljs reads it (parseInt(value, 10)). */
export function exceljsInteger(text: unknown): number {
  return parseInt(text as string, 10);
}

/** utils.xmlDecode: exceljs decodes the five entities a second time in t="str" values and sheet names. */
export function xmlDecode(text: string): string {
  return text.replace(/&([a-z]*);/g, (entity) => {
    switch (entity) {
      case "&lt;":
        return "<";
      case "&gt;":
        return ">";
      case "&amp;":
        return "&";
      case "&apos;":
        return "'";
      case "&quot;":
        return '"';
      default:
        return entity;
    }
  });
}

/** text-xform: the text of a shared string or a rich text run, with Excel's _xHHHH_ escapes undone. */
export function decodeEscapedText(text: string): string {
  return text.replace(/_x([0-9A-F]{4})_/g, (_escape, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** utils.isDateFmt: a number with such a format becomes a Date. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return bare.match(/[ymdhMsb]+/) !== null;
}

/** utils.excelToDate, applied by exceljs to whatever a date-formatted cell holds (a string result included). */
export function excelToDate(value: unknown, date1904: boolean): Date {
  const days = (value as number) - 25569 + (date1904 ? 1462 : 0);
  return new Date(Math.round(days * 24 * 3600 * 1000));
}

/** numfmt-xform / defaultnumformats: the built-in formats exceljs names (the locale-dependent ids it leaves out). */
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
]);

/** numfmt-xform: a custom format code with its backslash escapes removed. */
export function unescapeFormatCode(formatCode: string): string {
  return formatCode.replace(/[\\](.)/g, "$1");
}

const MAX_COLUMN = 16384;

/** col-cache.l2n for one to three capital letters. */
export function columnNumber(letters: string): number {
  let column = 0;
  for (let i = 0; i < letters.length; i++) column = column * 26 + letters.charCodeAt(i) - 64;
  return column;
}

/** col-cache.n2l, which throws outside 1…16384. */
export function columnLetters(column: number): string {
  if (column < 1 || column > MAX_COLUMN) throw new Declined(`column ${column} is out of bounds`);
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export interface CellPosition {
  row: number;
  col: number;
}

/**
 * The row and column of a cell address as Excel writes it ("B12": one to three capitals, a row from 1 without
 * leading zeros), or undefined for any other form, the only one this reader follows, or a column past XFD.
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
  return { row, col };
}

/** A row number as Excel writes it (from 1, no leading zeros), or undefined for any other form. */
export function rowNumberOf(text: string | undefined): number | undefined {
  return text !== undefined && /^[1-9][0-9]{0,6}$/.test(text) ? parseInt(text, 10) : undefined;
}

const REFERENCE_CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * utils/shared-formula slideFormula: a shared formula's master text moved from the master's address to a
 * follower's, relative references shifted; exceljs's own quirks included (it throws where a column leaves 1…16384).
 */
export function slideFormula(formula: string, from: CellPosition, to: CellPosition): string {
  return formula.replace(
    REFERENCE_CANDIDATE,
    (candidate: string, sheet: string | undefined, _sheetName: string, addressPart: string, paren: string | undefined) => {
      if (paren) return candidate;
      const match = CELL_REFERENCE.exec(addressPart);
      if (!match) return candidate;
      const [, colDollar, colText, rowDollar, rowText] = match;
      const letters = colText.toUpperCase();
      // Longer than XFD: a name, not a reference.
      if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return candidate;
      let col = columnNumber(letters);
      let row = parseInt(rowText, 10);
      if (!colDollar) col += to.col - from.col;
      if (!rowDollar) row += to.row - from.row;
      return (sheet || "") + (colDollar || "") + columnLetters(col) + (rowDollar || "") + row;
    }
  );
}

/** Whether col-cache.decodeAddress throws on a reference: only when its leading letters name a column past XFD. */
function decodeAddressThrows(value: string): boolean {
  let hasCol = false;
  let hasRow = false;
  let col = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (!hasRow && code >= 65 && code <= 90) {
      hasCol = true;
      col = col * 26 + code - 64;
    } else if (code >= 48 && code <= 57) {
      hasRow = true;
    } else if (hasRow && hasCol && code !== 36) {
      break;
    }
  }
  return hasCol && col > MAX_COLUMN;
}

/** Whether col-cache.decodeEx throws on a defined name's range (defined-name-xform's isValidRange is its negation). */
function decodeExThrows(value: string): boolean {
  const groups = /(?:(?:(?:'((?:[^']|'')*)')|([^'^ !]*))!)?(.*)/.exec(value) as RegExpExecArray;
  const reference = groups[3];
  const parts = reference.split(":");
  if (parts.length > 1) return decodeAddressThrows(parts[0]) || decodeAddressThrows(parts[1]);
  if (reference.startsWith("#")) return false;
  return decodeAddressThrows(reference);
}

/** defined-name-xform extractRanges: the ranges exceljs keeps from a defined name's text. */
export function extractRanges(text: string): string[] {
  const ranges: string[] = [];
  let quotesOpened = false;
  let last = "";
  for (const item of text.split(",")) {
    if (!item) continue;
    const quotes = (item.match(/'/g) || []).length;
    if (!quotes) {
      if (quotesOpened) last += `${item},`;
      else if (!decodeExThrows(item)) ranges.push(item);
      continue;
    }
    const quotesEven = quotes % 2 === 0;
    if (!quotesOpened && quotesEven && !decodeExThrows(item)) {
      ranges.push(item);
    } else if (quotesOpened && !quotesEven) {
      quotesOpened = false;
      if (!decodeExThrows(last + item)) ranges.push(last + item);
      last = "";
    } else {
      quotesOpened = true;
      last += `${item},`;
    }
  }
  return ranges;
}

/**
 * Why the Worksheet name setter would refuse (throw) or change (truncate, with a console warning) a sheet name,
 * given the names of the sheets created before it, lower-cased; undefined when it takes the name as it is.
 */
export function sheetNameProblem(name: string, earlierNames: ReadonlySet<string>): string | undefined {
  if (name === "") return "an empty sheet name";
  if (name === "History") return 'the sheet name "History"';
  if (/[*?:/\\[\]]/.test(name)) return "a sheet name with * ? : \\ / [ ]";
  if (/(^')|('$)/.test(name)) return "a sheet name starting or ending with '";
  if (name.length > 31) return "a sheet name longer than 31 characters";
  if (earlierNames.has(name.toLowerCase())) return "two sheets of the same name";
  return undefined;
}
