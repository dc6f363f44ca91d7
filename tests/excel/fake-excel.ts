/// <reference types="office-js" />
// A fake Excel workbook behind a counting Excel.RequestContext, built from office-addin-mock's OfficeMockObject so that
// it keeps Office.js's proxy rules: a property reads as an error text until it was loaded AND context.sync() ran.
// On top of the mock it adds what the add-in needs and the mock leaves out: collections (worksheets.items), ranges
// cut from a stored sheet, writes that reach the sheet at sync time (values, formulas, number formats, fills, clear),
// Excel's way of turning a typed "=…" into a formula, protection errors, injected failures, and the sync count.
// It also has a real Excel's limits (see limits below): 512 merged areas per call, a byte cap on each request and
// response (5 MB on the web), "no fill" read as white with a null tint, protection that blocks locked cells and
// formatting but not unlocked cells, special cells refused on a protected sheet, cell-edit mode (a batch fails, or
// waits with delayForCellEdit), custom XML parts, and whole-row and whole-column merge addresses.
import { OfficeMockObject } from "office-addin-mock";
import { columnLetter, parseAddress } from "../../src/engine/grid";

export type FakeCellSpec =
  | null
  | undefined
  | number
  | string
  | boolean
  | {
      value?: number | string | boolean;
      numFmt?: string;
      formula?: string;
      error?: string;
      fill?: string | Partial<StoredFill>;
      /** Excel's default is locked: only an unlocked cell may be written on a protected sheet. */
      locked?: boolean;
    };

export interface FakeSheetSpec {
  name: string;
  /** Rows from A1 (or from `origin`). */
  rows?: FakeCellSpec[][];
  origin?: string;
  merges?: string[];
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  protected?: boolean;
}

export interface StoredFill {
  color: string;
  pattern: string;
  /** Excel reports null for a cell without fill. */
  tintAndShade: number | null;
  patternColor: string | null;
  patternTintAndShade: number | null;
}

export interface StoredCell {
  value: number | string | boolean | "";
  /** With its "=". */
  formula?: string;
  error?: string;
  numFmt: string;
  fill: StoredFill;
  locked?: boolean;
}

export interface StoredSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  cells: Map<string, StoredCell>;
  merges: string[];
}

/** What a real Excel reports for a cell without fill: white, pattern None, no tint. */
export const NO_FILL: StoredFill = { color: "#FFFFFF", pattern: "None", tintAndShade: null, patternColor: null, patternTintAndShade: null };
const solid = (color: string): StoredFill => ({ color: color.toUpperCase(), pattern: "Solid", tintAndShade: 0, patternColor: null, patternTintAndShade: 0 });
const keyOf = (row: number, col: number) => `${row},${col}`;
const isMockError = (value: unknown) =>
  value === "Error, property was not loaded" || value === "Error, context.sync() was not called";

/** An error shaped like OfficeExtension.Error. */
export function officeError(code: string, message: string): Error & { code: string; debugInfo: object } {
  const error = new Error(message) as Error & { code: string; debugInfo: object };
  error.name = "RichApi.Error";
  error.code = code;
  error.debugInfo = { code, message, errorLocation: "" };
  return error;
}

function storedFrom(spec: FakeCellSpec): StoredCell | undefined {
  if (spec === null || spec === undefined || spec === "") return undefined;
  if (typeof spec !== "object") return { value: spec, numFmt: "General", fill: { ...NO_FILL } };
  const cell: StoredCell = { value: spec.value ?? "", numFmt: spec.numFmt ?? "General", fill: { ...NO_FILL } };
  if (spec.formula) cell.formula = spec.formula.startsWith("=") ? spec.formula : `=${spec.formula}`;
  if (spec.error) {
    cell.error = spec.error;
    cell.value = spec.error;
  }
  if (typeof spec.fill === "string") cell.fill = solid(spec.fill);
  else if (spec.fill) cell.fill = { ...solid(spec.fill.color ?? "#FFFFFF"), ...spec.fill };
  if (spec.locked === false) cell.locked = false;
  return cell;
}

export interface Rect {
  top: number; // 0-based
  left: number;
  rows: number;
  cols: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** "C9", "A1:F3", "A:H" (whole columns), "1:2" (whole rows) as a 0-based rectangle. */
export function rectOf(address: string): Rect {
  const ref = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const columns = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(ref);
  if (columns) {
    const left = parseAddress(`${columns[1]}1`).col - 1;
    const right = parseAddress(`${columns[2]}1`).col - 1;
    return { top: 0, left, rows: MAX_ROWS, cols: right - left + 1 };
  }
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(ref);
  if (rows) {
    const top = Number(rows[1]) - 1;
    return { top, left: 0, rows: Number(rows[2]) - top, cols: MAX_COLUMNS };
  }
  const [first, last = first] = ref.split(":");
  const a = parseAddress(first);
  const b = parseAddress(last);
  return { top: a.row - 1, left: a.col - 1, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
}

function addressOf(rect: Rect): string {
  if (rect.rows === MAX_ROWS) return `${columnLetter(rect.left + 1)}:${columnLetter(rect.left + rect.cols)}`;
  if (rect.cols === MAX_COLUMNS) return `${rect.top + 1}:${rect.top + rect.rows}`;
  const first = `${columnLetter(rect.left + 1)}${rect.top + 1}`;
  const last = `${columnLetter(rect.left + rect.cols)}${rect.top + rect.rows}`;
  return rect.rows === 1 && rect.cols === 1 ? first : `${first}:${last}`;
}

/**
 * Cells (0-based row, column) as rectangles, the way a RangeAreas holds them: runs of adjacent cells in a row, and a
 * run stacked on the same run of the row above joined to it.
 */
function rectanglesOf(cells: [number, number][]): Rect[] {
  const sorted = [...cells].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const runs: Rect[] = [];
  for (const [r, c] of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === r && last.left + last.cols === c) last.cols++;
    else runs.push({ top: r, left: c, rows: 1, cols: 1 });
  }
  const open = new Map<string, Rect>(); // by "left,cols": the rectangle whose bottom row may take the next run
  const rects: Rect[] = [];
  for (const run of runs) {
    const key = `${run.left},${run.cols}`;
    const above = open.get(key);
    if (above && above.top + above.rows === run.top) above.rows++;
    else {
      rects.push(run);
      open.set(key, run);
    }
  }
  return rects;
}

function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

interface Tracked {
  mock: OfficeMockObject & Record<string, unknown>;
  /** Properties whose assignment is a write, and what to do with the assigned value. */
  writes: Record<string, (value: unknown) => void>;
  sheet: StoredSheet;
  /** Whether a write of that property is formatting (refused on a protected sheet even for unlocked cells). */
  formatting: Record<string, boolean>;
  rect: Rect | null;
  baseline: Record<string, unknown>;
}

type MockRecord = OfficeMockObject & Record<string, any>;

/** setValue is the mock's documented way to give a property a new value (its typings mark it private). */
function setMockValue(mock: OfficeMockObject, property: string, value: unknown): void {
  (mock as unknown as { setValue(name: string, value: unknown): void }).setValue(property, value);
}

/** A real Excel's limits; tests set them lower to meet them with small workbooks. */
export interface FakeExcelLimits {
  /** Bytes one request, and one response, may carry (Excel on the web: 5 MB). */
  payloadBytes: number;
  /** Merged areas one getMergedAreasOrNullObject call returns; more and the call fails. */
  mergedAreas: number;
}

export const REAL_LIMITS: FakeExcelLimits = { payloadBytes: 5 * 1024 * 1024, mergedAreas: 512 };

export interface FakeExcelOptions {
  /** The workbook's file name as Excel reports it. */
  name?: string;
  limits?: Partial<FakeExcelLimits>;
  /** Whether the workbook's structure is protected (审阅 → 保护工作簿): no sheet can be added. */
  workbookProtected?: boolean;
}

/** What a request costs besides its data: the object path and the action, roughly as Office.js serialises them. */
const BYTES_PER_ACTION = 100;
/** A loaded scalar property in a response ("rowIndex":12). */
const BYTES_PER_SCALAR = 20;
/** Properties of a Range read as one entry per cell. */
const GRID_PROPERTIES = ["values", "valueTypes", "formulas", "numberFormat"];
/** A grid larger than this is never built: its size alone exceeds any response. */
const GRID_CELLS_BUILT = 2_000_000;

export class FakeExcel {
  readonly sheets: StoredSheet[] = [];
  /** How many times context.sync() ran (a failed sync counts: it was a round trip). */
  syncCount = 0;
  /** The options of every Excel.run, in order. */
  readonly runOptions: Excel.RunOptions[] = [];
  /** The largest request and response seen, in bytes. */
  largestRequest = 0;
  largestResponse = 0;
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  workbookProtected: boolean;
  /** The workbook's custom XML parts, by id. */
  readonly customXml = new Map<string, string>();
  readonly context: Excel.RequestContext;
  readonly limits: FakeExcelLimits;

  private readonly root: MockRecord;
  private tracked: Tracked[] = [];
  private others: OfficeMockObject[] = [];
  private pendingOps: (() => void)[] = [];
  private pendingErrors: Error[] = [];
  private requestBytes = 0;
  /** Ranges and fills whose loads the next sync fulfils (the others need no sync: fewer mocks to visit). */
  private loadedSinceSync = new Set<OfficeMockObject>();
  private responseBytes = 0;
  private failures = new Map<number, Error>();
  private sheetMocks = new Map<StoredSheet, MockRecord>();
  private currentRun: Excel.RunOptions = {};
  private editing: Promise<void> | null = null;
  private endEditing: (() => void) | null = null;
  private nextXmlId = 1;

  constructor(specs: FakeSheetSpec[], options: FakeExcelOptions = {}) {
    for (const spec of specs) this.sheets.push(this.storedSheet(spec));
    this.activeSheet = this.sheets[0]?.name ?? null;
    this.limits = { ...REAL_LIMITS, ...options.limits };
    this.workbookProtected = options.workbookProtected ?? false;
    const fake = this;
    this.root = new OfficeMockObject({
      workbook: {
        name: options.name ?? "决算.xlsx",
        protection: { protected: this.workbookProtected },
        worksheets: {
          items: [],
          load(this: MockRecord, properties: string) {
            fake.loadSheetCollection(this, properties);
            return this;
          },
          getItem: (name: string) => fake.sheetMock(name, false),
          getItemOrNullObject: (name: string) => fake.sheetMock(name, true),
          add: (name: string) => fake.addSheet(name),
        },
        customXmlParts: {
          add: (xml: string) => fake.addXmlPart(xml),
          getByNamespace: (namespace: string) => fake.xmlPartsOf(namespace),
        },
      },
    }) as MockRecord;
    this.root.sync = () => this.sync();
    this.context = this.root as unknown as Excel.RequestContext;
  }

  /** Makes sync number `n` (1-based, counting from now) fail with `error`, as Excel does when it refuses a batch. */
  failSync(n: number, error: Error): void {
    this.failures.set(this.syncCount + n, error);
  }

  /** The user starts typing in a cell: batches fail (or wait, with delayForCellEdit) until stopEditing. */
  startEditing(): void {
    this.editing = new Promise((resolve) => (this.endEditing = resolve));
  }

  stopEditing(): void {
    this.endEditing?.();
    this.editing = null;
    this.endEditing = null;
  }

  /** Runs a batch the way Excel.run does: with fresh proxies, which know nothing of an earlier batch. */
  run = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options: Excel.RunOptions = {}): Promise<T> => {
    this.sheetMocks.clear();
    this.tracked = [];
    this.others = [];
    this.runOptions.push(options);
    this.currentRun = options;
    return batch(this.context);
  };

  sheet(name: string): StoredSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  cell(sheetName: string, address: string): StoredCell | undefined {
    const { row, col } = parseAddress(address);
    return this.sheet(sheetName).cells.get(keyOf(row - 1, col - 1));
  }

  /** What the user does by hand between two batches: types into a cell, or empties it (null). */
  setCell(sheetName: string, address: string, spec: FakeCellSpec): void {
    const { row, col } = parseAddress(address);
    const cell = storedFrom(spec);
    const cells = this.sheet(sheetName).cells;
    if (cell) cells.set(keyOf(row - 1, col - 1), cell);
    else cells.delete(keyOf(row - 1, col - 1));
  }

  private storedSheet(spec: FakeSheetSpec): StoredSheet {
    const sheet: StoredSheet = {
      name: spec.name,
      visibility: spec.visibility ?? "Visible",
      protected: spec.protected ?? false,
      cells: new Map(),
      merges: spec.merges ?? [],
    };
    const origin = spec.origin ? parseAddress(spec.origin) : { row: 1, col: 1 };
    (spec.rows ?? []).forEach((row, r) =>
      row.forEach((cellSpec, c) => {
        const cell = storedFrom(cellSpec);
        if (cell) sheet.cells.set(keyOf(origin.row - 1 + r, origin.col - 1 + c), cell);
      })
    );
    return sheet;
  }

  // ---- the proxies -------------------------------------------------------------------------------------------

  private loadSheetCollection(collection: MockRecord, properties: string): void {
    this.loadCollection(collection, this.sheets.map((sheet) => this.mockOfSheet(sheet)), properties);
  }

  /** collection.load("items/a,items/b"): the items become readable after the sync, each with the properties named. */
  private loadCollection(collection: MockRecord, items: MockRecord[], properties: string): void {
    setMockValue(collection, "items", items);
    OfficeMockObject.prototype.load.call(collection, "items");
    const itemProperties = properties
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p.startsWith("items/"))
      .map((p) => p.slice("items/".length));
    for (const item of items) item.load(itemProperties.join(","));
  }

  private mockOfSheet(sheet: StoredSheet): MockRecord {
    let mock = this.sheetMocks.get(sheet);
    if (!mock) {
      mock = this.newSheetMock(sheet, false);
      this.sheetMocks.set(sheet, mock);
    }
    return mock;
  }

  private newSheetMock(sheet: StoredSheet, isNull: boolean): MockRecord {
    const fake = this;
    const mock = new OfficeMockObject({
      isNullObject: isNull,
      name: sheet.name,
      visibility: sheet.visibility,
      protection: { protected: sheet.protected },
      getUsedRangeOrNullObject: () => fake.usedRange(sheet, true),
      getUsedRange: () => fake.usedRange(sheet, false),
      getRange: (address?: string) => fake.range(sheet, address === undefined ? null : rectOf(address)),
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
        fake.range(sheet, { top: row, left: col, rows, cols }),
      activate: () => {
        fake.pendingOps.push(() => {
          if (sheet.visibility !== "Visible") throw officeError("InvalidOperation", "Cannot activate a hidden sheet.");
          fake.activeSheet = sheet.name;
        });
      },
    }) as MockRecord;
    this.others.push(mock);
    return mock;
  }

  private sheetMock(name: string, orNull: boolean): MockRecord {
    const sheet = this.sheets.find((s) => s.name === name);
    if (sheet) return this.mockOfSheet(sheet);
    const ghost: StoredSheet = { name, visibility: "Visible", protected: false, cells: new Map(), merges: [] };
    if (!orNull) this.pendingErrors.push(officeError("ItemNotFound", `The requested resource doesn't exist: ${name}`));
    return this.newSheetMock(ghost, true);
  }

  private addSheet(name: string): MockRecord {
    const ghost = (): MockRecord => this.newSheetMock({ name, visibility: "Visible", protected: false, cells: new Map(), merges: [] }, true);
    if (this.workbookProtected) {
      this.pendingErrors.push(officeError("AccessDenied", "The workbook's structure is protected."));
      return ghost();
    }
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      this.pendingErrors.push(officeError("ItemAlreadyExists", "A resource with the same name or identifier already exists."));
      return ghost();
    }
    const sheet: StoredSheet = { name, visibility: "Visible", protected: false, cells: new Map(), merges: [] };
    this.sheets.push(sheet);
    return this.mockOfSheet(sheet);
  }

  /** Worksheet.getUsedRange(OrNullObject)(true): the cells with values or formulas; a blank sheet gives A1 (or a null object). */
  private usedRange(sheet: StoredSheet, orNull: boolean): MockRecord {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of sheet.cells) {
      if (cell.value === "" && !cell.formula) continue;
      const [r, c] = key.split(",").map((n) => Number(n));
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    if (bottom < 0) {
      if (!orNull) return this.range(sheet, { top: 0, left: 0, rows: 1, cols: 1 });
      const nothing = new OfficeMockObject({ isNullObject: true, rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 });
      this.others.push(nothing);
      return nothing as MockRecord;
    }
    return this.range(sheet, { top, left, rows: bottom - top + 1, cols: right - left + 1 });
  }

  /** A RangeAreas proxy over rectangles: address, areaCount, cellCount, and its areas as a collection of Ranges. */
  private rangeAreas(sheet: StoredSheet, rects: Rect[], cellCount: number): MockRecord {
    const fake = this;
    const areas = new OfficeMockObject({
      isNullObject: rects.length === 0,
      address: rects.map((area) => `${sheetRef(sheet.name)}!${addressOf(area)}`).join(","),
      areaCount: rects.length,
      cellCount,
      areas: {
        items: [],
        load(this: MockRecord, properties: string) {
          fake.loadCollection(this, rects.map((area) => fake.areaRange(sheet, area)), properties);
          return this;
        },
      },
    }) as MockRecord;
    this.others.push(areas);
    this.countLoads(areas);
    return areas;
  }

  /**
   * Range.getMergedAreasOrNullObject: the merged areas that meet the range, whole. Like Excel, it fails when there are
   * more than limits.mergedAreas of them.
   */
  private mergedAreas(sheet: StoredSheet, rect: Rect | null): MockRecord {
    const meets = (merge: Rect) =>
      rect === null ||
      (merge.top < rect.top + rect.rows && rect.top < merge.top + merge.rows && merge.left < rect.left + rect.cols && rect.left < merge.left + merge.cols);
    const rects = sheet.merges.map(rectOf).filter(meets);
    if (rects.length > this.limits.mergedAreas) {
      this.pendingErrors.push(officeError("GeneralException", `There are more than ${this.limits.mergedAreas} merged areas in the range.`));
    }
    return this.rangeAreas(sheet, rects, rects.reduce((sum, r) => sum + r.rows * r.cols, 0));
  }

  /**
   * Range.getSpecialCellsOrNullObject for Formulas and Constants (the value types narrowed as Excel's
   * SpecialCellValueType names them: "All", "Errors", "LogicalNumbers", …): a RangeAreas proxy with its address,
   * areaCount, cellCount and its areas as a collection of Range proxies. A null object when no cell matches.
   * Refused on a protected sheet, as Excel's special-cell lookup may be.
   */
  private specialCells(sheet: StoredSheet, rect: Rect | null, cellType: string, valueType: string): MockRecord {
    if (cellType !== "Formulas" && cellType !== "Constants") throw new Error(`fake-excel: special cells of type ${cellType} are not supported`);
    if (sheet.protected) this.pendingErrors.push(officeError("AccessDenied", "This operation is not allowed on a protected sheet."));
    const wanted = (cell: StoredCell): boolean => {
      if (cellType === "Formulas" ? !cell.formula : cell.formula || cell.value === "") return false;
      if (valueType === "All") return true;
      if (cell.error) return valueType.includes("Errors");
      if (typeof cell.value === "boolean") return valueType.includes("Logical");
      if (typeof cell.value === "number") return valueType.includes("Number");
      return valueType.includes("Text");
    };
    const inside = (r: number, c: number) =>
      rect === null || (r >= rect.top && r < rect.top + rect.rows && c >= rect.left && c < rect.left + rect.cols);
    const matching: [number, number][] = [];
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(",").map((n) => Number(n));
      if (inside(r, c) && wanted(cell)) matching.push([r, c]);
    }
    return this.rangeAreas(sheet, rectanglesOf(matching), matching.length);
  }

  /** A Range proxy over a rectangle (null: the whole sheet). Its cell arrays are the sheet as it is when they are loaded. */
  private range(sheet: StoredSheet, rect: Rect | null): MockRecord {
    const fake = this;
    const r = rect ?? { top: 0, left: 0, rows: MAX_ROWS, cols: MAX_COLUMNS };
    this.requestBytes += BYTES_PER_ACTION;
    const first = sheet.cells.get(keyOf(r.top, r.left));
    const fill = first?.fill ?? NO_FILL;
    const data: Record<string, unknown> = {
      isNullObject: false,
      address: rect ? `${sheetRef(sheet.name)}!${addressOf(rect)}` : sheetRef(sheet.name),
      rowIndex: r.top,
      columnIndex: r.left,
      rowCount: r.rows,
      columnCount: r.cols,
      // Filled in when loaded (a whole sheet's arrays are never built).
      values: [],
      valueTypes: [],
      formulas: [],
      numberFormat: [],
      format: {
        fill: {
          clear: () => {
            fake.requestBytes += BYTES_PER_ACTION;
            fake.pendingOps.push(() => {
              if (sheet.protected) throw officeError("AccessDenied", "The cell or chart you're trying to change is protected and therefore read-only.");
              fake.eachCell(sheet, r, (cell) => (cell.fill = { ...NO_FILL }), true);
            });
          },
        },
        protection: { locked: first?.locked ?? true },
        font: { bold: false },
        columnWidth: 0,
        wrapText: false,
        autofitColumns: () => undefined,
      },
      getMergedAreasOrNullObject: () => fake.mergedAreas(sheet, rect),
      getSpecialCellsOrNullObject: (cellType: string, valueType: string = "All") => fake.specialCells(sheet, rect, cellType, valueType),
      select: () => fake.pendingOps.push(() => (fake.selection = { sheet: sheet.name, address: addressOf(r) })),
      clear: (applyTo?: string) => {
        fake.requestBytes += BYTES_PER_ACTION;
        fake.pendingOps.push(() => {
          const contents = applyTo === undefined || applyTo === "All" || applyTo === "Contents";
          const formats = applyTo === undefined || applyTo === "All" || applyTo === "Formats";
          if (sheet.protected) fake.assertWritable(sheet, r, formats);
          fake.eachCell(sheet, r, (cell) => {
            if (contents) {
              cell.value = "";
              delete cell.formula;
              delete cell.error;
            }
            if (formats) {
              cell.numFmt = "General";
              cell.fill = { ...NO_FILL };
            }
          }, true);
        });
      },
    };
    const mock = new OfficeMockObject(data) as MockRecord;
    // Set apart: the mock's constructor takes a null for an object; Excel reports no tint as null.
    for (const [property, value] of Object.entries(fill)) setMockValue(mock.format.fill, property, value);
    this.countLoads(mock, (property) => this.cellArray(sheet, r, property), r.rows * r.cols);
    this.countLoads(mock.format.fill);
    this.countLoads(mock.format.protection);
    // In the order the add-in queues them: a number format goes on before the values it shapes.
    this.track(mock, sheet, r, {
      numberFormat: (value) => this.writeCells(sheet, r, value, "numberFormat"),
      values: (value) => this.writeCells(sheet, r, value, "values"),
      formulas: (value) => this.writeCells(sheet, r, value, "formulas"),
    }, { numberFormat: true });
    const setFill = (change: (fill: StoredFill, value: unknown) => StoredFill) => (value: unknown) =>
      this.eachCell(sheet, r, (cell) => (cell.fill = change(cell.fill, value)), true);
    this.track(mock.format.fill, sheet, r, {
      // Setting a colour makes a solid fill of it, as in Excel; the other properties shape that fill.
      color: setFill((_, value) => solid(String(value))),
      pattern: setFill((fill, value) => ({ ...fill, pattern: String(value) })),
      tintAndShade: setFill((fill, value) => ({ ...fill, tintAndShade: value as number })),
      patternColor: setFill((fill, value) => ({ ...fill, patternColor: String(value).toUpperCase() })),
      patternTintAndShade: setFill((fill, value) => ({ ...fill, patternTintAndShade: value as number })),
    }, { color: true, pattern: true, tintAndShade: true, patternColor: true, patternTintAndShade: true });
    return mock;
  }

  /**
   * A Range of a RangeAreas' areas, as the add-in reads them: its place and its cell arrays only (thousands of them
   * are read at once; the add-in never writes through them).
   */
  private areaRange(sheet: StoredSheet, r: Rect): MockRecord {
    this.requestBytes += BYTES_PER_ACTION;
    const mock = new OfficeMockObject({
      isNullObject: false,
      address: `${sheetRef(sheet.name)}!${addressOf(r)}`,
      rowIndex: r.top,
      columnIndex: r.left,
      rowCount: r.rows,
      columnCount: r.cols,
      values: [],
      valueTypes: [],
      formulas: [],
      numberFormat: [],
    }) as MockRecord;
    this.countLoads(mock, (property) => this.cellArray(sheet, r, property), r.rows * r.cols);
    return mock;
  }

  /** One of a Range's per-cell arrays, as Excel sends it. */
  private cellArray(sheet: StoredSheet, r: Rect, property: string): unknown[][] {
    const pick: (cell: StoredCell | undefined) => unknown =
      property === "values"
        ? (cell) => (cell ? cell.value : "")
        : property === "valueTypes"
          ? (cell) => {
              if (!cell || (cell.value === "" && !cell.formula)) return "Empty";
              if (cell.error) return "Error";
              if (typeof cell.value === "number") return "Double";
              if (typeof cell.value === "boolean") return "Boolean";
              return cell.value === "" ? "Empty" : "String";
            }
          : property === "formulas"
            ? (cell) => (cell ? cell.formula ?? cell.value : "")
            : (cell) => cell?.numFmt ?? "General";
    return Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => pick(sheet.cells.get(keyOf(r.top + i, r.left + j)))));
  }

  /**
   * Wraps a proxy's load so that what it loads is counted against the response limit, and a Range's cell arrays are
   * built only when loaded. A grid too large to build is too large to send: the sync fails as Excel's would.
   */
  private countLoads(mock: MockRecord, grid?: (property: string) => unknown[][], cellCount = 0): void {
    const fake = this;
    (mock as { load: unknown }).load = function (this: MockRecord, properties?: string) {
      fake.requestBytes += BYTES_PER_ACTION;
      fake.loadedSinceSync.add(this);
      const names = (properties ?? "").split(",").map((p) => p.trim()).filter(Boolean);
      for (const name of names) {
        if (grid && GRID_PROPERTIES.includes(name)) {
          if (cellCount > GRID_CELLS_BUILT) {
            fake.responseBytes += cellCount * 10;
            continue;
          }
          const array = grid(name);
          setMockValue(this, name, array);
          fake.responseBytes += JSON.stringify(array).length;
        } else fake.responseBytes += BYTES_PER_SCALAR;
      }
      return OfficeMockObject.prototype.load.call(this, properties as string);
    };
  }

  private track(mock: MockRecord, sheet: StoredSheet, rect: Rect | null, writes: Tracked["writes"], formatting: Record<string, boolean> = {}): void {
    const baseline: Record<string, unknown> = {};
    for (const property of Object.keys(writes)) baseline[property] = mock[property];
    this.tracked.push({ mock, writes, sheet, baseline, formatting, rect });
  }

  /** A protected sheet takes values in unlocked cells only, and no formatting at all (Excel's default protection). */
  private assertWritable(sheet: StoredSheet, rect: Rect, formatting: boolean): void {
    const refused = () => officeError("AccessDenied", "The cell or chart you're trying to change is protected and therefore read-only.");
    if (formatting) throw refused();
    for (let i = 0; i < rect.rows; i++) {
      for (let j = 0; j < rect.cols; j++) {
        if (sheet.cells.get(keyOf(rect.top + i, rect.left + j))?.locked !== false) throw refused();
      }
    }
  }

  private eachCell(sheet: StoredSheet, rect: Rect, change: (cell: StoredCell) => void, create: boolean): void {
    for (let i = 0; i < rect.rows; i++) {
      for (let j = 0; j < rect.cols; j++) {
        const key = keyOf(rect.top + i, rect.left + j);
        let cell = sheet.cells.get(key);
        if (!cell) {
          if (!create) continue;
          cell = { value: "", numFmt: "General", fill: { ...NO_FILL } };
          sheet.cells.set(key, cell);
        }
        change(cell);
      }
    }
  }

  /** Excel's rules for what a write of `values` / `formulas` / `numberFormat` makes of a cell. */
  private writeCells(sheet: StoredSheet, rect: Rect, written: unknown, kind: "values" | "formulas" | "numberFormat"): void {
    const at = (i: number, j: number): unknown => (Array.isArray(written) ? (written as unknown[][])[i][j] : written);
    if (Array.isArray(written)) {
      const rows = written as unknown[][];
      if (rows.length !== rect.rows || rows.some((row) => row.length !== rect.cols)) {
        this.pendingErrors.push(officeError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range."));
        return;
      }
    }
    for (let i = 0; i < rect.rows; i++) {
      for (let j = 0; j < rect.cols; j++) {
        this.eachCell(sheet, { top: rect.top + i, left: rect.left + j, rows: 1, cols: 1 }, (cell) => {
          const input = at(i, j);
          if (kind === "numberFormat") {
            cell.numFmt = String(input);
            return;
          }
          delete cell.formula;
          delete cell.error;
          if (typeof input !== "string") cell.value = input as number | boolean;
          else if (input.startsWith("'")) cell.value = input.slice(1); // the quote prefix: a text, whatever follows
          else if (cell.numFmt === "@") cell.value = input; // a text cell keeps what is typed as text
          else if (/^[+-]?\d+(\.\d+)?$/.test(input)) cell.value = Number(input); // a typed number becomes a number
          else if (/^[=+\-@]./.test(input)) {
            cell.formula = input.startsWith("=") ? input : `=${input}`; // Excel makes a formula of it
            cell.value = "";
          } else cell.value = input;
        }, true);
      }
    }
  }

  // ---- custom XML parts (ExcelApi 1.5) ------------------------------------------------------------------------

  private xmlPartMock(id: string | null): MockRecord {
    const fake = this;
    const part = new OfficeMockObject({
      isNullObject: id === null,
      id: id ?? "",
      getXml: () => {
        const result = new OfficeMockObject({ value: id === null ? "" : fake.customXml.get(id) ?? "" });
        result.load("value");
        fake.others.push(result);
        return result;
      },
      setXml: (xml: string) => {
        fake.requestBytes += BYTES_PER_ACTION + xml.length;
        fake.pendingOps.push(() => id !== null && fake.customXml.set(id, xml));
      },
      delete: () => fake.pendingOps.push(() => id !== null && fake.customXml.delete(id)),
    }) as MockRecord;
    this.others.push(part);
    return part;
  }

  private addXmlPart(xml: string): MockRecord {
    const id = `{part-${this.nextXmlId++}}`;
    this.requestBytes += BYTES_PER_ACTION + xml.length;
    this.pendingOps.push(() => this.customXml.set(id, xml));
    return this.xmlPartMock(id);
  }

  private xmlPartsOf(namespace: string): MockRecord {
    const ids = () => [...this.customXml].filter(([, xml]) => xml.includes(`xmlns="${namespace}"`)).map(([id]) => id);
    const scoped = new OfficeMockObject({
      getOnlyItemOrNullObject: () => {
        const matching = ids();
        if (matching.length > 1) this.pendingErrors.push(officeError("InvalidOperation", "More than one part in the namespace."));
        return this.xmlPartMock(matching.length === 1 ? matching[0] : null);
      },
    }) as MockRecord;
    this.others.push(scoped);
    return scoped;
  }

  // ---- sync --------------------------------------------------------------------------------------------------

  private async sync(): Promise<void> {
    this.syncCount++;
    if (this.editing) {
      if (!this.currentRun.delayForCellEdit) {
        this.discardBatch();
        throw officeError("InvalidOperationInCellEditMode", "The operation isn't available while Excel is in cell-editing mode.");
      }
      await this.editing; // Excel holds the batch until the user leaves the cell
    }
    const failure = this.failures.get(this.syncCount);
    const ops = this.pendingOps;
    const errors = this.pendingErrors;
    const writes: (() => void)[] = [];
    const touched: Tracked[] = [];
    for (const item of this.tracked) {
      for (const [property, apply] of Object.entries(item.writes)) {
        const now = item.mock[property];
        if (now !== item.baseline[property] && !isMockError(now)) {
          writes.push(() => apply(now));
          this.requestBytes += BYTES_PER_ACTION + JSON.stringify(now ?? null).length;
          touched.push({ ...item, formatting: { [property]: item.formatting[property] ?? false } });
        }
        item.baseline[property] = now;
      }
    }
    const request = this.requestBytes;
    const response = this.responseBytes;
    const loaded = [...this.loadedSinceSync];
    this.discardBatch();
    this.largestRequest = Math.max(this.largestRequest, request);
    if (failure) throw failure;
    if (request > this.limits.payloadBytes) throw officeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    if (errors.length > 0) throw errors[0];
    for (const item of touched) {
      if (!item.sheet.protected || !item.rect) continue;
      this.assertWritable(item.sheet, item.rect, Object.values(item.formatting).some(Boolean));
    }
    for (const op of ops) op();
    for (const write of writes) write();
    if (this.pendingErrors.length > 0) {
      const error = this.pendingErrors[0];
      this.pendingErrors = [];
      throw error;
    }
    if (response > this.limits.payloadBytes) throw officeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    this.largestResponse = Math.max(this.largestResponse, response);
    // Loads are fulfilled: the mock fills every loaded property in, including those of proxies outside its tree.
    await OfficeMockObject.prototype.sync.call(this.root);
    for (const mock of [...this.others, ...loaded]) await mock.sync();
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const item of this.tracked) for (const property of Object.keys(item.writes)) item.baseline[property] = item.mock[property];
  }

  /** What a batch queued is gone once its sync ran, whether it succeeded or failed. */
  private discardBatch(): void {
    this.pendingOps = [];
    this.pendingErrors = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    this.loadedSinceSync.clear();
  }
}
