// Reading the performance sheets' cells: label text, figure cells (with their merges), and the value that sits
// to the right of a label ("执行率 | | 92.81%"). Nothing here relies on fixed addresses.
import { formatShape, parseCell } from "../amount";
import { cellAddress, getCell, GridCell, isCellError, MergeArea, mergeAt, SheetGrid } from "../grid";
import { memoizeText } from "../memo";
import { FigureCell } from "../tables";

/**
 * One sheet as the performance recognisers read it, for one recognition: merges looked up by row and each cell's
 * label normalised once. The recognisers visit every cell of every sheet several times (titles, labels, header
 * words), and grid.mergeAt scans all of a sheet's merges on each call.
 */
export class SheetReader {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private byRow: (MergeArea[] | undefined)[] | undefined;
  private readonly labels: (string[] | undefined)[] = [];

  constructor(readonly grid: SheetGrid) {
    this.name = grid.name;
    this.rowCount = grid.rowCount;
    this.colCount = grid.colCount;
  }

  /** Merges by the rows they cover, indexed when first needed (most sheets hold no performance table). */
  private get mergesByRow(): (MergeArea[] | undefined)[] {
    if (this.byRow) return this.byRow;
    const byRow: (MergeArea[] | undefined)[] = [];
    // Rows past the sheet's end (a malformed merge reaching row 1,048,576) are looked up the slow way instead.
    for (const merge of this.grid.merges) {
      const bottom = Math.min(merge.bottom, this.rowCount);
      for (let row = Math.max(merge.top, 1); row <= bottom; row++) (byRow[row] ??= []).push(merge);
    }
    this.byRow = byRow;
    return byRow;
  }

  /** The merged area that covers (row, col): the first listed, as grid.mergeAt gives it. */
  mergeAt(row: number, col: number): MergeArea | undefined {
    if (row < 1 || row > this.rowCount || !Number.isInteger(row)) return mergeAt(this.grid, row, col);
    const merges = this.mergesByRow[row];
    if (!merges) return undefined;
    for (const merge of merges) if (col >= merge.left && col <= merge.right) return merge;
    return undefined;
  }

  cell(row: number, col: number): GridCell | undefined {
    return getCell(this.grid, row, col);
  }

  /** The text shown at (row, col), merged areas included, trimmed. */
  textAt(row: number, col: number): string {
    const merge = this.mergeAt(row, col);
    return cellText(merge ? getCell(this.grid, merge.top, merge.left) : getCell(this.grid, row, col)).trim();
  }

  labelAt(row: number, col: number): string {
    if (row < 1 || col < 1 || !Number.isInteger(row) || !Number.isInteger(col)) return normalizeLabel(this.textAt(row, col));
    const labels = (this.labels[row] ??= []);
    let label = labels[col];
    if (label === undefined) {
      label = normalizeLabel(this.textAt(row, col));
      labels[col] = label;
    }
    return label;
  }

  /** True for the cell that holds a value: a cell outside any merge, or the top-left cell of one. */
  isAnchor(row: number, col: number): boolean {
    const merge = this.mergeAt(row, col);
    return !merge || (merge.top === row && merge.left === col);
  }
}

/** The text a cell shows, for labels and names (figures are read by parseCell, never through this). */
export function cellText(cell: GridCell | undefined): string {
  if (!cell) return "";
  if (cell.text !== undefined && cell.text !== "") return cell.text;
  const value = cell.value;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value !== null && isCellError(value)) return value.error;
  return "";
}

/** Label text made comparable: no spaces or line breaks, half-width brackets and colons. */
const normalizeLabel = memoizeText((text: string): string =>
  text
    .replace(/[\s\u00A0\u3000\u200B-\u200D\uFEFF]/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/：/g, ":")
    .replace(/[“”"]/g, "")
);

/** The text shown at (row, col), merged areas included, trimmed. */
export function textAt(sheet: SheetReader, row: number, col: number): string {
  return sheet.textAt(row, col);
}

export function labelAt(sheet: SheetReader, row: number, col: number): string {
  return sheet.labelAt(row, col);
}

/** True for the cell that holds a value: a cell outside any merge, or the top-left cell of one. */
export function isAnchor(sheet: SheetReader, row: number, col: number): boolean {
  return sheet.isAnchor(row, col);
}

export interface FigureOptions {
  /** A 万元 amount: a General number shows at least two decimals (1434.3 stands for 1434.30). */
  money?: boolean;
  /** One figure per table row: a merge across several rows cannot belong to this row alone. */
  perRow?: boolean;
}

/** The figure at (row, col) as a FigureCell; a merged cell reads (and is addressed) at its top-left cell. */
export function figureAt(sheet: SheetReader, row: number, col: number, options: FigureOptions = {}): FigureCell {
  const merge = sheet.mergeAt(row, col);
  const top = merge ? merge.top : row;
  const left = merge ? merge.left : col;
  const cell = sheet.cell(top, left);
  // Built in one literal (no spread of a shared base): thousands of these are made per workbook.
  const figure = (state: FigureCell["state"]): FigureCell => ({
    sheet: sheet.name,
    row: top,
    col: left,
    address: cellAddress(top, left),
    formula: !!cell?.formula,
    numFmt: cell?.numFmt ?? "General",
    state,
  });
  if (options.perRow && merge && merge.bottom > merge.top) {
    const invalid = figure("invalid");
    invalid.problem = `单元格与第 ${merge.top}–${merge.bottom} 行合并，合并单元格中的数字无法逐行对应到指标`;
    return invalid;
  }
  const parsed = parseCell(cell, options.money ? MONEY : PLAIN);
  const result = figure(parsed.kind);
  if (parsed.kind === "amount") result.amount = parsed.amount;
  else if (parsed.kind === "invalid") result.problem = parsed.reason;
  return result;
}

const MONEY = { minDecimals: 2 };
const PLAIN = {};

/**
 * The column of the value that belongs to the label at (row, labelCol): the first non-empty cell to its right,
 * unless another label comes first. A blank value sits in the first of the empty cells that is formatted as a
 * figure (clearing a cell keeps its format), else right after the label and its merge.
 */
export function valueColumnRightOf(sheet: SheetReader, row: number, labelCol: number, isLabel: (label: string) => boolean): number {
  const labelMerge = sheet.mergeAt(row, labelCol);
  const first = (labelMerge ? labelMerge.right : labelCol) + 1;
  let formatted: number | undefined;
  let col = first;
  while (col <= sheet.colCount) {
    const merge = sheet.mergeAt(row, col);
    const anchor = merge ? merge.left : col;
    const label = labelAt(sheet, row, col);
    if (label !== "") return isLabel(label) ? formatted ?? first : anchor;
    if (formatted === undefined && !formatShape(sheet.cell(merge ? merge.top : row, anchor)?.numFmt).general) formatted = anchor;
    col = (merge ? merge.right : col) + 1;
  }
  return formatted ?? first;
}

interface LabelHit {
  row: number;
  col: number;
  label: string;
}

/** The first cell in rows [top, bottom] (row by row, left to right) whose normalised text passes `test`. */
export function findLabel(sheet: SheetReader, top: number, bottom: number, test: (label: string) => boolean): LabelHit | undefined {
  for (let row = top; row <= bottom; row++) {
    for (let col = 1; col <= sheet.colCount; col++) {
      if (!isAnchor(sheet, row, col)) continue;
      const label = labelAt(sheet, row, col);
      if (label !== "" && test(label)) return { row, col, label };
    }
  }
  return undefined;
}

/** The text value to the right of a label (a name, a department). */
export function textRightOf(sheet: SheetReader, hit: LabelHit, isLabel: (label: string) => boolean): string {
  const col = valueColumnRightOf(sheet, hit.row, hit.col, isLabel);
  return textAt(sheet, hit.row, col);
}

/** True when every cell of the row is empty. */
export function isBlankRow(sheet: SheetReader, row: number): boolean {
  for (let col = 1; col <= sheet.colCount; col++) if (textAt(sheet, row, col) !== "") return false;
  return true;
}
