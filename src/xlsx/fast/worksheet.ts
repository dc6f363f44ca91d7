// One worksheet part (ECMA-376 Part 1, §18.3) straight to the Grid's cells, merges and protection. Only three
// elements bear on them: <sheetData> (the cells), <mergeCells> and <sheetProtection>; everything else a worksheet may
// hold (views, columns, conditional formats, data validations, drawings, comments' anchors, tables, extensions) is
// passed over unread. The cost follows the cells the part holds: a cell in XFD1048576 is one cell, not a range.
import { CellValue, GridCell, MergeArea } from "../../engine/grid";
import {
  CellPosition,
  columnLetters,
  decodeEscapedText,
  excelToDate,
  isDateFormat,
  MAX_COLUMN,
  positionOf,
  rowNumberOf,
  slideFormula,
} from "./format";
import { localName } from "./package";
import { isTrue, readElementText, readStringItem, StyleTable } from "./parts";
import { XML_CLOSE, XML_END, XML_OPEN, XmlReader } from "./xml";

interface WorksheetContext {
  /** The shared strings; undefined when the workbook has no shared strings part. */
  sharedStrings: string[] | undefined;
  styles: StyleTable | undefined;
  date1904: boolean;
}

interface WorksheetContent {
  protected: boolean;
  rowCount: number;
  colCount: number;
  /** Sparse: a row without cells is a hole, not an empty array (cells[r - 1]?.[c - 1]). */
  cells: (GridCell | undefined)[][];
  merges: MergeArea[];
}

/** A cell the format says cannot be (a shared string the workbook lacks, a cell past XFD): the file is damaged. */
export class CellProblem extends Error {
  readonly address: string;

  constructor(address: string, message: string) {
    super(message);
    this.name = "CellProblem";
    this.address = address;
  }
}

/** A shared formula's follower (§18.3.1.40): its formula is its master's, moved to its own cell. */
interface SharedFollower {
  cell: GridCell;
  position: CellPosition;
  index: string;
}

const addressOf = (position: CellPosition) => `${columnLetters(position.col) ?? "?"}${position.row}`;

export function readWorksheet(xml: string, context: WorksheetContext): WorksheetContent {
  return new WorksheetReading(context).read(xml);
}

class WorksheetReading {
  private readonly context: WorksheetContext;
  private readonly cells: (GridCell | undefined)[][] = [];
  /** The indexes of the rows that hold cells, so that finishing costs the rows that exist, not the used range. */
  private readonly rowIndexes: number[] = [];
  private readonly mergeRefs: string[] = [];
  private isProtected = false;
  private readonly sharedMasters = new Map<string, { position: CellPosition; formula: string }>();
  private readonly followers: SharedFollower[] = [];
  /** isDateFormat by format, not by number: a sheet's thousands of figures share a handful of formats. */
  private readonly dateFormats = new Map<string, boolean>();

  constructor(context: WorksheetContext) {
    this.context = context;
  }

  read(xml: string): WorksheetContent {
    const reader = new XmlReader(xml);
    for (let event = reader.next(); event !== XML_END; event = reader.next()) {
      if (event !== XML_OPEN || reader.depth !== 2) continue;
      switch (localName(reader.name)) {
        case "sheetData":
          this.readSheetData(reader);
          break;
        case "mergeCells":
          this.readMergeCells(reader);
          break;
        case "sheetProtection":
          this.isProtected = isTrue(reader.attribute("sheet"));
          reader.skipElement();
          break;
        default:
          reader.skipElement();
      }
    }
    return this.finish();
  }

  private readMergeCells(reader: XmlReader): void {
    if (reader.selfClosing) return void reader.next();
    const depth = reader.depth;
    for (;;) {
      const event = reader.next();
      if (event === XML_OPEN && localName(reader.name) === "mergeCell") {
        const ref = reader.attribute("ref");
        if (ref !== undefined) this.mergeRefs.push(ref);
      } else if (event === XML_CLOSE && reader.depth === depth) {
        return;
      }
    }
  }

  /** Rows in any order; a row without r follows the one before it, a cell without r the cell before it (§18.3.1.73). */
  private readSheetData(reader: XmlReader): void {
    if (reader.selfClosing) return void reader.next();
    const depth = reader.depth;
    let rowNumber = 0;
    for (;;) {
      const event = reader.next();
      if (event === XML_OPEN) {
        if (localName(reader.name) !== "row") {
          reader.skipElement();
          continue;
        }
        const stated = reader.attribute("r");
        const next = stated === undefined ? rowNumber + 1 : rowNumberOf(stated.trim());
        if (next === undefined || next > 1048576) throw new CellProblem(`行 ${stated}`, "a row number off the sheet");
        rowNumber = next;
        this.readRow(reader, rowNumber);
      } else if (event === XML_CLOSE && reader.depth === depth) {
        return;
      }
    }
  }

  private readRow(reader: XmlReader, rowNumber: number): void {
    if (reader.selfClosing) return void reader.next();
    const depth = reader.depth;
    let col = 0;
    for (;;) {
      const event = reader.next();
      if (event === XML_OPEN) {
        if (localName(reader.name) !== "c") {
          reader.skipElement();
          continue;
        }
        const address = reader.attribute("r");
        let position: CellPosition | undefined;
        if (address === undefined) {
          if (col + 1 > MAX_COLUMN) throw new CellProblem(`第 ${rowNumber} 行`, "a cell past column XFD");
          position = { row: rowNumber, col: col + 1 };
        } else {
          // As Excel writes it ("B12") at once; trimmed, lower-case or with $ only when need be.
          position = positionOf(address) ?? positionOf(address.trim().toUpperCase().replace(/\$/g, ""));
          if (!position) throw new CellProblem(address, "a cell reference off the sheet");
        }
        col = position.col;
        this.readCell(reader, position);
      } else if (event === XML_CLOSE && reader.depth === depth) {
        return;
      }
    }
  }

  private readCell(reader: XmlReader, position: CellPosition): void {
    const type = reader.attribute("t") ?? "n";
    const styleText = reader.attribute("s");
    let formula: string | undefined;
    let formulaType: string | undefined;
    let sharedIndex: string | undefined;
    let sharedRef: string | undefined;
    let valueText: string | undefined;
    let inlineText: string | undefined;
    if (reader.selfClosing) {
      reader.next();
    } else {
      const depth = reader.depth;
      for (;;) {
        const event = reader.next();
        if (event === XML_CLOSE && reader.depth === depth) break;
        if (event !== XML_OPEN) continue;
        switch (localName(reader.name)) {
          case "f":
            formulaType = reader.attribute("t");
            sharedIndex = reader.attribute("si");
            sharedRef = reader.attribute("ref");
            formula = readElementText(reader);
            break;
          case "v":
            valueText = readElementText(reader);
            break;
          case "is":
            inlineText = readStringItem(reader);
            break;
          default:
            reader.skipElement();
        }
      }
    }

    const numFmt = this.numberFormat(styleText);
    if (formula !== undefined) {
      const value = this.formulaResult(valueText, type, numFmt, position);
      const cell: GridCell = { value, numFmt, formula };
      if (formulaType === "shared" && sharedIndex !== undefined) {
        // The master is the cell with the range (ref); a text elsewhere is that cell's own formula.
        if (formula !== "" && (sharedRef !== undefined || !this.sharedMasters.has(sharedIndex))) {
          this.sharedMasters.set(sharedIndex, { position, formula });
        }
        else this.followers.push({ cell, position, index: sharedIndex });
      }
      this.place(position, cell);
      return;
    }
    let value: CellValue;
    if (type === "inlineStr") value = inlineText ?? (valueText === undefined ? null : decodeEscapedText(valueText));
    else if (valueText === undefined) value = null;
    else value = this.constant(valueText, type, numFmt, position);
    // A blank cell (styled or not) and an empty string show nothing.
    if (value === null || value === "") {
      this.remove(position);
      return;
    }
    this.place(position, { value, numFmt });
  }

  /** The number format of a cell's style index; General without one, or for an index the styles do not hold. */
  private numberFormat(styleText: string | undefined): string {
    if (!styleText) return "General";
    const formats = this.context.styles?.numberFormats;
    const index = Number(styleText);
    return formats && Number.isInteger(index) && index >= 0 && index < formats.length ? formats[index] : "General";
  }

  /** A stored constant by its type (§18.18.11 ST_CellType). */
  private constant(text: string, type: string, numFmt: string, position: CellPosition): CellValue {
    switch (type) {
      case "s": {
        const index = Number(text.trim());
        const strings = this.context.sharedStrings;
        if (!strings || !Number.isInteger(index) || index < 0 || index >= strings.length) {
          throw new CellProblem(addressOf(position), "a shared string the workbook does not hold");
        }
        return strings[index];
      }
      case "str":
        return text;
      case "b":
        return isTrue(text.trim());
      case "e":
        return { error: text.trim() };
      case "d": {
        const date = new Date(text.trim());
        return Number.isNaN(date.getTime()) ? text : date;
      }
      default:
        return this.number(text, numFmt);
    }
  }

  /**
   * A number as stored (xsd:double): the conversion every figure passes through once, from the file's text to the
   * double it holds. Text that is no number is kept as text, for the engine to report as not a figure.
   */
  private number(text: string, numFmt: string): CellValue {
    const trimmed = text.trim();
    const number = trimmed === "" ? NaN : Number(trimmed);
    if (!Number.isFinite(number)) return text;
    if (!this.showsDate(numFmt)) return number;
    // A number no date can stand for (Excel shows ####) stays the number it is.
    const date = excelToDate(number, this.context.date1904);
    return Number.isNaN(date.getTime()) ? number : date;
  }

  private showsDate(numFmt: string): boolean {
    let date = this.dateFormats.get(numFmt);
    if (date === undefined) {
      date = isDateFormat(numFmt);
      this.dateFormats.set(numFmt, date);
    }
    return date;
  }

  /** A formula's cached result: none (null), the empty string Excel stores for ="", or a value of its type. */
  private formulaResult(text: string | undefined, type: string, numFmt: string, position: CellPosition): CellValue {
    if (text === undefined) return null;
    if (type === "str" || type === "inlineStr") return text;
    if (text === "") return type === "n" ? null : "";
    return this.constant(text, type, numFmt, position);
  }

  private place(position: CellPosition, cell: GridCell): void {
    const index = position.row - 1;
    let row = this.cells[index];
    if (!row) {
      row = this.cells[index] = [];
      this.rowIndexes.push(index);
    }
    row[position.col - 1] = cell;
  }

  /** A later blank element for a cell read before (a file that writes one cell twice): the last one holds. */
  private remove(position: CellPosition): void {
    const row = this.cells[position.row - 1];
    if (row && row[position.col - 1] !== undefined) delete row[position.col - 1];
  }

  private finish(): WorksheetContent {
    for (const follower of this.followers) {
      const master = this.sharedMasters.get(follower.index);
      if (master) follower.cell.formula = slideFormula(master.formula, master.position, follower.position);
    }
    const merges = this.applyMerges();
    const cells = this.cells;
    // Sparse throughout: holes stay holes, so a stray far cell costs one cell. Rows merges emptied are trimmed.
    let rowCount = 0;
    let colCount = 0;
    for (const index of this.rowIndexes) {
      const row = cells[index];
      let last = row.length - 1;
      while (last >= 0 && row[last] === undefined) last--;
      if (last < 0) {
        delete cells[index];
        continue;
      }
      row.length = last + 1;
      if (index + 1 > rowCount) rowCount = index + 1;
      if (row.length > colCount) colCount = row.length;
    }
    for (const merge of merges) {
      if (merge.bottom > rowCount) rowCount = merge.bottom;
      if (merge.right > colCount) colCount = merge.right;
    }
    if (cells.length > rowCount) cells.length = rowCount;
    merges.sort((a, b) => a.top - b.top || a.left - b.left);
    return { protected: this.isProtected, rowCount, colCount, cells, merges };
  }

  /** A merged area shows its top-left cell's value; what its other cells hold is not shown (§18.3.1.55). */
  private applyMerges(): MergeArea[] {
    const merges: MergeArea[] = [];
    const seen = new Set<string>();
    for (const ref of this.mergeRefs) {
      const area = areaOf(ref);
      if (!area || (area.bottom === area.top && area.right === area.left)) continue;
      const key = `${area.top}:${area.left}:${area.bottom}:${area.right}`;
      if (seen.has(key)) continue;
      seen.add(key);
      merges.push(area);
      const cells = this.cells;
      const lastRow = Math.min(area.bottom, cells.length);
      for (let rowNumber = area.top; rowNumber <= lastRow; rowNumber++) {
        const row = cells[rowNumber - 1];
        if (!row) continue;
        const lastCol = Math.min(area.right, row.length);
        for (let col = area.left; col <= lastCol; col++) {
          if (rowNumber === area.top && col === area.left) continue;
          if (row[col - 1] !== undefined) delete row[col - 1];
        }
      }
    }
    return merges;
  }
}

/** A range reference: "A1:C2" (or a single "A1"), corners in either order, $ signs allowed. */
export function areaOf(ref: string): MergeArea | undefined {
  const plain = ref.trim().toUpperCase().replace(/\$/g, "");
  const colon = plain.indexOf(":");
  const first = positionOf(colon < 0 ? plain : plain.slice(0, colon));
  const second = colon < 0 ? first : positionOf(plain.slice(colon + 1));
  if (!first || !second) return undefined;
  return {
    top: Math.min(first.row, second.row),
    left: Math.min(first.col, second.col),
    bottom: Math.max(first.row, second.row),
    right: Math.max(first.col, second.col),
  };
}
