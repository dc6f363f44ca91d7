/// <reference types="office-js" />
// A fake Excel workbook behind a counting Excel.RequestContext, built from office-addin-mock's OfficeMockObject so that
// it keeps Office.js's proxy rules: a property reads as an error text until it was loaded AND context.sync() ran.
// On top of the mock it adds what the add-in needs and the mock leaves out: collections (worksheets.items), ranges
// cut from a stored sheet, writes that reach the sheet at sync time (values, formulas, number formats, fills, clear),
// Excel's way of turning a typed "=…" into a formula, protection errors, injected failures, and the sync count.
import { OfficeMockObject } from "office-addin-mock";
import { columnLetter, parseAddress } from "../../src/engine/grid";

export type FakeCellSpec =
  | null
  | undefined
  | number
  | string
  | boolean
  | { value?: number | string | boolean; numFmt?: string; formula?: string; error?: string; fill?: string };

export interface FakeSheetSpec {
  name: string;
  /** Rows from A1 (or from `origin`). */
  rows?: FakeCellSpec[][];
  origin?: string;
  merges?: string[];
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  protected?: boolean;
}

export interface StoredCell {
  value: number | string | boolean | "";
  /** With its "=". */
  formula?: string;
  error?: string;
  numFmt: string;
  fill: { color: string; pattern: string };
}

export interface StoredSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  cells: Map<string, StoredCell>;
  merges: string[];
}

const NO_FILL = { color: "#FFFFFF", pattern: "None" };
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
  if (spec.fill) cell.fill = { color: spec.fill, pattern: "Solid" };
  return cell;
}

interface Rect {
  top: number; // 0-based
  left: number;
  rows: number;
  cols: number;
}

const MAX_ROWS = 1048576;

/** "C9", "A1:F3", "A:H" (whole columns) as a 0-based rectangle. */
function rectOf(address: string): Rect {
  const ref = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const columns = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(ref);
  if (columns) {
    const left = parseAddress(`${columns[1]}1`).col - 1;
    const right = parseAddress(`${columns[2]}1`).col - 1;
    return { top: 0, left, rows: MAX_ROWS, cols: right - left + 1 };
  }
  const [first, last = first] = ref.split(":");
  const a = parseAddress(first);
  const b = parseAddress(last);
  return { top: a.row - 1, left: a.col - 1, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
}

function addressOf(rect: Rect): string {
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
  baseline: Record<string, unknown>;
}

type MockRecord = OfficeMockObject & Record<string, any>;

export interface FakeExcelOptions {
  /** The workbook's file name as Excel reports it. */
  name?: string;
}

export class FakeExcel {
  readonly sheets: StoredSheet[] = [];
  /** How many times context.sync() ran. */
  syncCount = 0;
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  readonly context: Excel.RequestContext;

  private readonly root: MockRecord;
  private tracked: Tracked[] = [];
  private others: OfficeMockObject[] = [];
  private pendingOps: (() => void)[] = [];
  private pendingErrors: Error[] = [];
  private failures = new Map<number, Error>();
  private sheetMocks = new Map<StoredSheet, MockRecord>();

  constructor(specs: FakeSheetSpec[], options: FakeExcelOptions = {}) {
    for (const spec of specs) this.sheets.push(this.storedSheet(spec));
    this.activeSheet = this.sheets[0]?.name ?? null;
    const fake = this;
    this.root = new OfficeMockObject({
      workbook: {
        name: options.name ?? "决算.xlsx",
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
      },
    }) as MockRecord;
    this.root.sync = () => this.sync();
    this.context = this.root as unknown as Excel.RequestContext;
  }

  /** Makes sync number `n` (1-based, counting from now) fail with `error`, as Excel does when it refuses a batch. */
  failSync(n: number, error: Error): void {
    this.failures.set(this.syncCount + n, error);
  }

  /** Runs a batch the way Excel.run does: with fresh proxies, which know nothing of an earlier batch. */
  run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.sheetMocks.clear();
    this.tracked = [];
    this.others = [];
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
    // setValue is the mock's documented way to give a property a new value (its typings mark it private).
    (collection as unknown as { setValue(name: string, value: unknown): void }).setValue("items", items);
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
      getUsedRangeOrNullObject: () => fake.usedRange(sheet),
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
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      this.pendingErrors.push(officeError("ItemAlreadyExists", "A resource with the same name or identifier already exists."));
      return this.newSheetMock({ name, visibility: "Visible", protected: false, cells: new Map(), merges: [] }, true);
    }
    const sheet: StoredSheet = { name, visibility: "Visible", protected: false, cells: new Map(), merges: [] };
    this.sheets.push(sheet);
    return this.mockOfSheet(sheet);
  }

  private usedRange(sheet: StoredSheet): MockRecord {
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
      const nothing = new OfficeMockObject({ isNullObject: true, rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 });
      this.others.push(nothing);
      return nothing as MockRecord;
    }
    return this.range(sheet, { top, left, rows: bottom - top + 1, cols: right - left + 1 });
  }

  private mergedAreas(sheet: StoredSheet): MockRecord {
    const address = sheet.merges.map((merge) => `${sheetRef(sheet.name)}!${merge}`).join(",");
    const areas = new OfficeMockObject({ isNullObject: sheet.merges.length === 0, address: sheet.merges.length ? address : "" });
    this.others.push(areas);
    return areas as MockRecord;
  }

  /**
   * Range.getSpecialCellsOrNullObject for Formulas and Constants (the value types narrowed as Excel's
   * SpecialCellValueType names them: "All", "Errors", "LogicalNumbers", …): a RangeAreas proxy with its address,
   * areaCount, cellCount and its areas as a collection of Range proxies. A null object when no cell matches.
   */
  private specialCells(sheet: StoredSheet, rect: Rect | null, cellType: string, valueType: string): MockRecord {
    if (cellType !== "Formulas" && cellType !== "Constants") throw new Error(`fake-excel: special cells of type ${cellType} are not supported`);
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
    const rects = rectanglesOf(matching);
    const fake = this;
    const areas = new OfficeMockObject({
      isNullObject: rects.length === 0,
      address: rects.map((area) => `${sheetRef(sheet.name)}!${addressOf(area)}`).join(","),
      areaCount: rects.length,
      cellCount: matching.length,
      areas: {
        items: [],
        load(this: MockRecord, properties: string) {
          fake.loadCollection(this, rects.map((area) => fake.range(sheet, area)), properties);
          return this;
        },
      },
    }) as MockRecord;
    this.others.push(areas);
    return areas;
  }

  /** A Range proxy over a rectangle (null: the whole sheet). Its data is the sheet as it is when the proxy is made. */
  private range(sheet: StoredSheet, rect: Rect | null): MockRecord {
    const fake = this;
    const whole = rect === null || rect.rows === MAX_ROWS;
    const data: Record<string, unknown> = {
      isNullObject: false,
      address: rect ? `${sheetRef(sheet.name)}!${addressOf(rect)}` : sheetRef(sheet.name),
      rowIndex: rect?.top ?? 0,
      columnIndex: rect?.left ?? 0,
      rowCount: rect?.rows ?? MAX_ROWS,
      columnCount: rect?.cols ?? 16384,
      format: {
        fill: {
          color: "",
          pattern: "",
          clear: () => fake.pendingOps.push(() => fake.eachCell(sheet, rect!, (cell) => (cell.fill = { ...NO_FILL }), true)),
        },
        font: { bold: false },
        columnWidth: 0,
        wrapText: false,
        autofitColumns: () => undefined,
      },
      getMergedAreasOrNullObject: () => fake.mergedAreas(sheet),
      getSpecialCellsOrNullObject: (cellType: string, valueType: string = "All") => fake.specialCells(sheet, rect, cellType, valueType),
      select: () => fake.pendingOps.push(() => (fake.selection = { sheet: sheet.name, address: addressOf(rect!) })),
      clear: (applyTo?: string) =>
        fake.pendingOps.push(() =>
          fake.eachCell(sheet, rect!, (cell) => {
            if (applyTo === undefined || applyTo === "All" || applyTo === "Contents") {
              cell.value = "";
              delete cell.formula;
              delete cell.error;
            }
            if (applyTo === undefined || applyTo === "All" || applyTo === "Formats") {
              cell.numFmt = "General";
              cell.fill = { ...NO_FILL };
            }
          }, true)
        ),
    };
    if (!whole) {
      const r = rect!;
      const grid = (pick: (cell: StoredCell | undefined) => unknown) =>
        Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => pick(sheet.cells.get(keyOf(r.top + i, r.left + j)))));
      data.values = grid((cell) => (cell ? cell.value : ""));
      data.valueTypes = grid((cell) => {
        if (!cell || (cell.value === "" && !cell.formula)) return "Empty";
        if (cell.error) return "Error";
        if (typeof cell.value === "number") return "Double";
        if (typeof cell.value === "boolean") return "Boolean";
        return cell.value === "" ? "Empty" : "String";
      });
      data.formulas = grid((cell) => (cell ? cell.formula ?? cell.value : ""));
      data.numberFormat = grid((cell) => cell?.numFmt ?? "General");
      const first = sheet.cells.get(keyOf(r.top, r.left));
      (data.format as { fill: Record<string, unknown> }).fill.color = (first?.fill ?? NO_FILL).color;
      (data.format as { fill: Record<string, unknown> }).fill.pattern = (first?.fill ?? NO_FILL).pattern;
    }
    const mock = new OfficeMockObject(data) as MockRecord;
    if (!whole) {
      const r = rect!;
      // In the order the add-in queues them: a number format goes on before the values it shapes.
      this.track(mock, sheet, {
        numberFormat: (value) => this.writeCells(sheet, r, value, "numberFormat"),
        values: (value) => this.writeCells(sheet, r, value, "values"),
        formulas: (value) => this.writeCells(sheet, r, value, "formulas"),
      });
      this.track(mock.format.fill, sheet, {
        color: (value) => this.eachCell(sheet, r, (cell) => (cell.fill = { color: String(value).toUpperCase(), pattern: "Solid" }), true),
        pattern: (value) => this.eachCell(sheet, r, (cell) => (cell.fill = { ...cell.fill, pattern: String(value) }), true),
      });
    } else {
      this.others.push(mock);
    }
    return mock;
  }

  private track(mock: MockRecord, sheet: StoredSheet, writes: Tracked["writes"]): void {
    const baseline: Record<string, unknown> = {};
    for (const property of Object.keys(writes)) baseline[property] = mock[property];
    this.tracked.push({ mock, writes, sheet, baseline });
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

  // ---- sync --------------------------------------------------------------------------------------------------

  private async sync(): Promise<void> {
    this.syncCount++;
    const failure = this.failures.get(this.syncCount);
    const ops = this.pendingOps;
    this.pendingOps = [];
    const errors = this.pendingErrors;
    this.pendingErrors = [];
    const writes: (() => void)[] = [];
    const touched = new Set<StoredSheet>();
    for (const item of this.tracked) {
      for (const [property, apply] of Object.entries(item.writes)) {
        const now = item.mock[property];
        if (now !== item.baseline[property] && !isMockError(now)) {
          writes.push(() => apply(now));
          touched.add(item.sheet);
        }
        item.baseline[property] = now;
      }
    }
    if (failure) throw failure;
    if (errors.length > 0) throw errors[0];
    for (const sheet of touched) {
      if (sheet.protected) throw officeError("AccessDenied", "The cell or chart you're trying to change is protected and therefore read-only.");
    }
    for (const op of ops) op();
    for (const write of writes) write();
    if (this.pendingErrors.length > 0) {
      const error = this.pendingErrors[0];
      this.pendingErrors = [];
      throw error;
    }
    // Loads are fulfilled: the mock fills every loaded property in, including those of proxies outside its tree.
    await OfficeMockObject.prototype.sync.call(this.root);
    for (const mock of [...this.others, ...this.tracked.map((t) => t.mock)]) await mock.sync();
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const item of this.tracked) for (const property of Object.keys(item.writes)) item.baseline[property] = item.mock[property];
  }
}
