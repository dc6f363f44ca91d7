// One worksheet part straight to the Grid's cells, merges and protection, giving what exceljs (4.4) would: its
// worksheet-xform, row-xform and cell-xform reading, the reconciling with shared strings, styles and hyperlinks,
// the merging, and read.ts's sheetGridOf on top. What exceljs would refuse, or treat in a way this reader does not
// follow, is declined.
import { CellValue, GridCell, MergeArea } from "../../engine/grid";
import {
  CellPosition,
  Declined,
  excelToDate,
  exceljsInteger,
  exceljsNumber,
  isDateFormat,
  positionOf,
  rowNumberOf,
  slideFormula,
  xmlDecode,
} from "./exceljs-rules";
import { CellFormat, expectLeaf, readDocument, readList, readRun, Relationship, StyleTable } from "./parts";
import { XML_CLOSE, XML_OPEN, XmlReader } from "./xml";

export interface WorksheetContext {
  /** Shown shared strings; undefined without a shared strings part (exceljs then keeps the index as the value). */
  sharedStrings: (string | null)[] | undefined;
  /** undefined without a styles part. */
  styles: StyleTable | undefined;
  date1904: boolean;
  /** The worksheet's relationships part, if it has one. */
  relationships: Map<string, Relationship> | undefined;
}

export interface WorksheetContent {
  protected: boolean;
  rowCount: number;
  colCount: number;
  cells: (GridCell | undefined)[][];
  merges: MergeArea[];
}

/** The elements exceljs's worksheet reader hands to a reader of their own. */
const WORKSHEET_ELEMENTS = new Set([
  "worksheet", "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "autoFilter",
  "mergeCells", "rowBreaks", "hyperlinks", "pageMargins", "dataValidations", "pageSetup", "headerFooter",
  "printOptions", "picture", "drawing", "sheetProtection", "tableParts", "conditionalFormatting", "extLst",
]);

/** A shared formula's follower without text of its own: its formula is the master's, moved to its address. */
interface SharedFollower {
  cell: GridCell;
  position: CellPosition;
  master: CellPosition;
}

interface Hyperlink {
  ref: string | undefined;
  relationshipId: string | undefined;
}

/** What a cell element holds, before exceljs's typing of it. */
interface CellContent {
  formulaText: string | undefined;
  formulaType: string | undefined;
  sharedIndex: string | undefined;
  sharedRef: string | undefined;
  valueText: string | undefined;
  /** A <v> element was there, even an empty one (a formula's cached empty string). */
  hasValue: boolean;
  runs: string[] | undefined;
}

function shownValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  // An invalid Date (a date format on something not a number) shows nothing, as in read.ts.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  return value as CellValue;
}

export function readWorksheet(xml: string, context: WorksheetContext): WorksheetContent {
  const reading = new WorksheetReading(context);
  readDocument(xml, "worksheet", (reader) => reading.readElement(reader));
  return reading.finish();
}

class WorksheetReading {
  private readonly context: WorksheetContext;
  private readonly cells: (GridCell | undefined)[][] = [];
  private sheetDataSeen = false;
  private mergeRefs: (string | undefined)[] = [];
  private hyperlinks: Hyperlink[] = [];
  private isProtected = false;
  /** Shared formula masters by their si, as exceljs registers them in document order. */
  private readonly sharedMasters = new Map<string, CellPosition>();
  private readonly followers: SharedFollower[] = [];
  private readonly content: CellContent = {
    formulaText: undefined,
    formulaType: undefined,
    sharedIndex: undefined,
    sharedRef: undefined,
    valueText: undefined,
    hasValue: false,
    runs: undefined,
  };

  constructor(context: WorksheetContext) {
    this.context = context;
  }

  readElement(reader: XmlReader): void {
    switch (reader.name) {
      case "sheetData":
        this.readSheetData(reader);
        break;
      case "mergeCells":
        this.mergeRefs = [];
        readList(reader, "mergeCell", () => {
          this.mergeRefs.push(reader.attribute("ref"));
          expectLeaf(reader);
        });
        break;
      case "hyperlinks":
        this.hyperlinks = [];
        readList(reader, "hyperlink", () => {
          this.hyperlinks.push({ ref: reader.attribute("ref"), relationshipId: reader.attribute("r:id") });
          expectLeaf(reader);
        });
        break;
      case "sheetProtection":
        this.isProtected = reader.attribute("sheet") === "1";
        expectLeaf(reader);
        break;
      case "cols":
        readList(reader, "col", () => {
          const style = reader.attribute("style");
          if (style) this.cellFormat(exceljsInteger(style));
          expectLeaf(reader);
        });
        break;
      case "sheetViews":
        // exceljs's sheet view reader throws on a selection or pane outside a <sheetView>.
        readList(reader, "sheetView", () => reader.skipElement(WORKSHEET_ELEMENTS));
        break;
      case "sheetPr":
      case "dimension":
      case "sheetFormatPr":
      case "autoFilter":
      case "rowBreaks":
      case "pageMargins":
      case "pageSetup":
      case "headerFooter":
      case "printOptions":
        reader.skipElement(WORKSHEET_ELEMENTS);
        break;
      case "dataValidations":
      case "conditionalFormatting":
      case "extLst":
      case "picture":
      case "drawing":
      case "tableParts":
        throw new Declined(`a worksheet with <${reader.name}>`);
    }
  }

  /**
   * The cell format exceljs looks a style index up in (none for 0), for a row, a column or a cell; it throws where
   * the styles part, or its cell formats, or the font, fill or border a format names, is missing.
   */
  private cellFormat(styleId: number): CellFormat | undefined {
    if (!styleId) return undefined;
    const formats = this.context.styles?.cellFormats;
    if (!formats) throw new Declined("a style index without cell formats to look it up in");
    const format = styleId >= 0 && styleId < formats.length ? formats[styleId] : undefined;
    if (format?.unreadable) throw new Declined("a cell format whose font, fill or border list is missing");
    return format;
  }

  private readSheetData(reader: XmlReader): void {
    if (this.sheetDataSeen) throw new Declined("two <sheetData>");
    this.sheetDataSeen = true;
    if (reader.selfClosing) {
      reader.next();
      return;
    }
    const depth = reader.depth;
    let previousRow = 0;
    for (;;) {
      const event = reader.next();
      if (event === XML_OPEN) {
        if (reader.name !== "row") throw new Declined(`<${reader.name}> in <sheetData>`);
        const rowNumber = rowNumberOf(reader.attribute("r"));
        // exceljs keeps only the last of two rows of one number; rows in order rule that out.
        if (rowNumber === undefined || rowNumber <= previousRow) throw new Declined("a row number out of order");
        previousRow = rowNumber;
        const rowStyle = reader.attribute("s");
        if (rowStyle) this.cellFormat(exceljsInteger(rowStyle));
        this.readRow(reader, rowNumber);
      } else if (event === XML_CLOSE && reader.depth === depth) {
        return;
      }
    }
  }

  private readRow(reader: XmlReader, rowNumber: number): void {
    if (reader.selfClosing) {
      reader.next();
      return;
    }
    const depth = reader.depth;
    let previousCol = 0;
    for (;;) {
      const event = reader.next();
      if (event === XML_OPEN) {
        if (reader.name !== "c") throw new Declined(`<${reader.name}> in a row`);
        const address = reader.attribute("r");
        const position = address === undefined ? undefined : positionOf(address);
        // A cell of another row, or twice the same cell, is placed by exceljs in ways this reader does not follow.
        if (!position || position.row !== rowNumber || position.col <= previousCol) {
          throw new Declined(`a cell address ${address} out of place`);
        }
        previousCol = position.col;
        this.readCell(reader, position);
      } else if (event === XML_CLOSE && reader.depth === depth) {
        return;
      }
    }
  }

  private readCellContent(reader: XmlReader): CellContent {
    const content = this.content;
    content.formulaText = undefined;
    content.formulaType = undefined;
    content.sharedIndex = undefined;
    content.sharedRef = undefined;
    content.valueText = undefined;
    content.hasValue = false;
    content.runs = undefined;
    if (reader.selfClosing) {
      reader.next();
      return content;
    }
    const depth = reader.depth;
    let formulas = 0;
    let values = 0;
    for (;;) {
      const event = reader.next();
      if (event === XML_CLOSE && reader.depth === depth) return content;
      if (event !== XML_OPEN) continue;
      switch (reader.name) {
        case "f":
          if (++formulas > 1) throw new Declined("a cell with two formulas");
          content.formulaType = reader.attribute("t");
          content.sharedIndex = reader.attribute("si");
          content.sharedRef = reader.attribute("ref");
          content.formulaText = reader.readText();
          break;
        case "v":
          if (++values > 1) throw new Declined("a cell with two values");
          content.hasValue = true;
          content.valueText = reader.readText();
          break;
        case "is":
          if (++values > 1) throw new Declined("a cell with two values");
          this.readInlineString(reader, content);
          break;
        default:
          throw new Declined(`<${reader.name}> in a cell`);
      }
    }
  }

  /** <is>: plain text runs are joined as they are (no _xHHHH_ decoding there), rich text runs as rich text. */
  private readInlineString(reader: XmlReader, content: CellContent): void {
    if (reader.selfClosing) {
      reader.next();
      return;
    }
    const depth = reader.depth;
    for (;;) {
      const event = reader.next();
      if (event === XML_CLOSE && reader.depth === depth) return;
      if (event !== XML_OPEN) continue;
      if (reader.name === "t" && !content.runs) {
        const text = reader.readText();
        if (text !== undefined) content.valueText = content.valueText === undefined ? text : content.valueText + text;
      } else if (reader.name === "r" && content.valueText === undefined) {
        (content.runs ??= []).push(readRun(reader) ?? "");
      } else {
        throw new Declined(`<${reader.name}> in an inline string, or text and runs mixed`);
      }
    }
  }

  private readCell(reader: XmlReader, position: CellPosition): void {
    const type = reader.attribute("t");
    const styleText = reader.attribute("s");
    const styleId = styleText ? exceljsInteger(styleText) : undefined;
    const content = this.readCellContent(reader);

    // The style exceljs attaches to a cell: only with a styles part, and only one its cell formats hold.
    const format = styleId && this.context.styles ? this.cellFormat(styleId) : undefined;
    const numFmt = format?.numFmt;
    const dated = format !== undefined && isDateFormat(numFmt);
    const shownFormat = numFmt || "General";

    if (content.formulaText || content.formulaType) {
      this.placeFormulaCell(position, content, type, shownFormat, dated);
      return;
    }
    if (content.valueText === undefined && !content.runs) return; // a blank cell, styled or not
    const shown = shownValue(this.valueOf(content, type, dated));
    if (shown === null || shown === "") return;
    this.place(position, { value: shown, numFmt: shownFormat });
  }

  /** cell-xform's typing of a constant, then its reconciling with shared strings and date formats. */
  private valueOf(content: CellContent, type: string | undefined, dated: boolean): unknown {
    const text = content.valueText as string;
    if (content.runs) {
      if (type !== "inlineStr") throw new Declined("rich text in a cell that is not an inline string");
      return content.runs.join("");
    }
    switch (type) {
      case "s": {
        const index = exceljsInteger(text);
        const strings = this.context.sharedStrings;
        if (!strings) return index;
        // exceljs throws on an index its table does not hold.
        if (!(index >= 0 && index < strings.length)) throw new Declined("a shared string index out of range");
        return strings[index];
      }
      case "str":
        return xmlDecode(text);
      case "inlineStr":
        return text;
      case "b":
        return exceljsInteger(text) !== 0;
      case "e":
        return { error: text };
      default: {
        const number = exceljsNumber(text);
        return dated ? excelToDate(number, this.context.date1904) : number;
      }
    }
  }

  private placeFormulaCell(
    position: CellPosition,
    content: CellContent,
    type: string | undefined,
    shownFormat: string,
    dated: boolean
  ): void {
    if (content.runs) throw new Declined("rich text in a formula cell");
    const text = content.valueText;
    let result: unknown;
    if (text) {
      if (type === "str") result = xmlDecode(text);
      else if (type === "b") result = exceljsInteger(text) !== 0;
      else if (type === "e") result = { error: text };
      else result = exceljsNumber(text);
    } else if (content.hasValue && type === "str") {
      // Excel writes <v></v> for a formula whose result is the empty string (=IF(B5=0,"",C5/B5)): the cell shows
      // blank, it is not a formula without a result. exceljs drops this result (its Grid has null here); the one
      // place where this reader knows more than exceljs, and says so (tests/xlsx/fast-grid.test.ts).
      result = "";
    }
    if (result !== undefined && result !== "" && dated) result = excelToDate(result, this.context.date1904);
    const cell: GridCell = { value: shownValue(result), numFmt: shownFormat, formula: content.formulaText };
    if (content.formulaType === "shared") {
      const index = content.sharedIndex;
      // exceljs keys shared formulas by si in a plain object; only plain numbers are sure to behave.
      if (index === undefined || !/^[0-9]+$/.test(index)) throw new Declined("a shared formula without a plain index");
      if (content.sharedRef) {
        this.sharedMasters.set(index, position);
      } else if (!content.formulaText) {
        // A follower read before its master stays without a formula, as in exceljs.
        const master = this.sharedMasters.get(index);
        if (master) this.followers.push({ cell, position, master });
      }
    }
    this.place(position, cell);
  }

  private place(position: CellPosition, cell: GridCell): void {
    (this.cells[position.row - 1] ??= [])[position.col - 1] = cell;
  }

  finish(): WorksheetContent {
    const touchedRows = new Set<number>();
    this.applyHyperlinks(touchedRows);
    const merges = this.applyMerges(touchedRows);
    this.translateSharedFormulas();

    const cells = this.cells;
    // Rows that lost cells are trimmed to what exceljs's walk would have built: no trailing holes, no empty arrays.
    for (const index of touchedRows) {
      const row = cells[index];
      let last = row.length - 1;
      while (last >= 0 && row[last] === undefined) last--;
      if (last < 0) delete cells[index];
      else row.length = last + 1;
    }
    let rowCount = 0;
    let colCount = 0;
    for (let index = 0; index < cells.length; index++) {
      const row = cells[index];
      if (!row) continue;
      rowCount = index + 1;
      if (row.length > colCount) colCount = row.length;
    }
    for (const merge of merges) {
      if (merge.bottom > rowCount) rowCount = merge.bottom;
      if (merge.right > colCount) colCount = merge.right;
    }
    if (cells.length > rowCount) cells.length = rowCount;
    for (let index = 0; index < rowCount; index++) cells[index] ??= [];
    merges.sort((a, b) => a.top - b.top || a.left - b.left);
    return { protected: this.isProtected, rowCount, colCount, cells, merges };
  }

  /**
   * A hyperlink turns its cell into exceljs's hyperlink type, shown as its text: for a constant the same value,
   * for a formula its cached result without the formula.
   */
  private applyHyperlinks(touchedRows: Set<number>): void {
    const targets = new Map<string, string | undefined>();
    for (const link of this.hyperlinks) {
      if (!link.relationshipId) continue;
      const relationship = this.context.relationships?.get(link.relationshipId);
      if (!relationship) throw new Declined("a hyperlink without its relationship");
      targets.set(String(link.ref), relationship.Target);
    }
    for (const [address, target] of targets) {
      const position = target ? positionOf(address) : undefined;
      if (!position) continue;
      const row = this.cells[position.row - 1];
      const cell = row?.[position.col - 1];
      if (!cell || !("formula" in cell)) continue;
      if (cell.value === null || cell.value === "") {
        delete row[position.col - 1];
        touchedRows.add(position.row - 1);
      } else {
        row[position.col - 1] = { value: cell.value, numFmt: cell.numFmt };
      }
    }
  }

  /** exceljs merges every area in turn (throwing on an overlap); the areas' other cells then show nothing. */
  private applyMerges(touchedRows: Set<number>): MergeArea[] {
    const areas: MergeArea[] = [];
    for (const ref of this.mergeRefs) {
      const area = ref === undefined ? undefined : areaOf(ref);
      if (!area) throw new Declined(`a merged area "${ref}" this reader does not follow`);
      for (const earlier of areas) {
        if (earlier.bottom >= area.top && earlier.top <= area.bottom && earlier.right >= area.left && earlier.left <= area.right) {
          throw new Declined("overlapping merged areas");
        }
      }
      areas.push(area);
    }
    const merges = areas.filter((area) => area.bottom > area.top || area.right > area.left);
    const cells = this.cells;
    for (const area of merges) {
      const lastRow = Math.min(area.bottom, cells.length);
      for (let rowNumber = area.top; rowNumber <= lastRow; rowNumber++) {
        const row = cells[rowNumber - 1];
        if (!row) continue;
        const lastCol = Math.min(area.right, row.length);
        for (let col = area.left; col <= lastCol; col++) {
          if ((rowNumber === area.top && col === area.left) || row[col - 1] === undefined) continue;
          delete row[col - 1];
          touchedRows.add(rowNumber - 1);
        }
      }
    }
    return merges;
  }

  /** What exceljs's formula getter gives a follower; it throws where the master no longer holds a formula. */
  private translateSharedFormulas(): void {
    for (const follower of this.followers) {
      const { position, master } = follower;
      // Merged over or turned into a hyperlink: exceljs never asks for its formula.
      if (this.cells[position.row - 1]?.[position.col - 1] !== follower.cell) continue;
      const masterCell = this.cells[master.row - 1]?.[master.col - 1];
      if (!masterCell || !("formula" in masterCell) || !masterCell.formula) {
        throw new Declined("a shared formula whose master holds no formula");
      }
      follower.cell.formula = slideFormula(masterCell.formula, master, position);
    }
  }
}

/** A merged area as Excel writes it: "A1:C2" (or a single "A1"), corners in either order. */
function areaOf(ref: string): MergeArea | undefined {
  const colon = ref.indexOf(":");
  const first = positionOf(colon < 0 ? ref : ref.slice(0, colon));
  const second = colon < 0 ? first : positionOf(ref.slice(colon + 1));
  if (!first || !second) return undefined;
  return {
    top: Math.min(first.row, second.row),
    left: Math.min(first.col, second.col),
    bottom: Math.max(first.row, second.row),
    right: Math.max(first.col, second.col),
  };
}
