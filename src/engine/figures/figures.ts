// The figures of the 公开 tables as identity rules read them. Two things beyond the cells themselves:
//  - which identity derives each derived cell (a total, a subtotal, a 总计), and so which rule offers to fill it
//    when it is blank: exactly one rule per cell, so fill never gets two values for one cell;
//  - the effective figure of a blank derived cell: the value fill would write. A check that uses a blank subtotal
//    compares with what it will hold, so a total not typed yet never makes the figures around it look wrong.
import { amountOf } from "../amount";
import { memoOn } from "../memo";
import { compareDecimals, Decimal, roundTo, sameDecimal, ZERO } from "../decimal";
import { checkSum, halfWidthOf } from "../rounding";
import { WorkbookTables } from "../rule";
import { FigureCell, INCOME_ITEMS_01, PublicKind, PublicTable, amountIn } from "../tables";
import { fillFormat } from "./fill-format";
import { ROW_TOTAL_RULE, RULE_IDS } from "./ids";
import {
  CARRY_IN_PARTS_04,
  CODED_KINDS,
  CodedKind,
  FISCAL_COLUMNS_04,
  PERSONNEL_CLASSES,
  PUBLIC_CLASSES,
  ROW_TOTAL_PARTS,
  categoryRows,
  codeOf,
  hierarchyChildren,
  rowByKey,
} from "./layout";

/** One figure: a table, a row key and a column key; `sign` is its sign in a sum. */
export interface FigureRef {
  table: PublicKind;
  row: string;
  column: string;
  sign?: 1 | -1;
}

export function ref(table: PublicKind, row: string, column: string, sign?: 1 | -1): FigureRef {
  return sign ? { table, row, column, sign } : { table, row, column };
}

/** How a derived cell is computed, and the rule that owns it. */
export interface Derivation {
  rule: string;
  parts: FigureRef[];
}

function isCoded(kind: PublicKind): kind is CodedKind {
  return (CODED_KINDS as string[]).includes(kind);
}

/** A table with no figure at all (every cell blank or zero), e.g. 08 and 09 of a department without such funds. */
export function isEmptyTable(table: PublicTable): boolean {
  if (table.empty) return true;
  return table.rows.every((row) =>
    Object.values(row.cells).every((cell) => !cell || cell.state === "blank" || (cell.state === "amount" && !!cell.amount?.value.isZero()))
  );
}

/** A figure's worked-out values, each computed once per run: rules ask for the same figures many times. */
interface Slot {
  /** null: known to be a figure typed from the accounts. */
  derivation?: Derivation | null;
  effective?: FigureCell;
  halfWidth?: Decimal;
  /** Its effective value is being computed (guards against a cycle of derivations). */
  visiting?: boolean;
}

export class Figures {
  /** What is known of each figure, by table, row and column (nested maps: no key string per lookup). */
  private readonly slots = new Map<string, Map<string, Map<string, Slot>>>();

  constructor(private readonly tables: WorkbookTables) {}

  table(kind: PublicKind): PublicTable | undefined {
    return this.tables.public[kind];
  }

  /** The table when it is present and holds figures: checks that need it are skipped otherwise. */
  usable(kind: PublicKind): PublicTable | undefined {
    const table = this.table(kind);
    return table && !isEmptyTable(table) ? table : undefined;
  }

  /** The cell itself; undefined when the table, the row or the column is absent. */
  cell(at: FigureRef): FigureCell | undefined {
    const table = this.table(at.table);
    return table ? rowByKey(table, at.row)?.cells[at.column] : undefined;
  }

  /** How the cell is derived, or undefined for a figure typed from the accounts (a leaf, a 01 income item). */
  derivation(at: FigureRef): Derivation | undefined {
    // Asked for every figure of every identity, and again for its parts' widths: each cell's answer is kept.
    const slot = this.slot(at);
    if (slot.derivation === undefined) slot.derivation = this.deriveOf(at) ?? null;
    return slot.derivation ?? undefined;
  }

  private slot(at: FigureRef): Slot {
    let byRow = this.slots.get(at.table);
    if (!byRow) this.slots.set(at.table, (byRow = new Map()));
    let byColumn = byRow.get(at.row);
    if (!byColumn) byRow.set(at.row, (byColumn = new Map()));
    let slot = byColumn.get(at.column);
    if (!slot) byColumn.set(at.column, (slot = {}));
    return slot;
  }

  private deriveOf(at: FigureRef): Derivation | undefined {
    const table = this.table(at.table);
    if (!table || !rowByKey(table, at.row)) return undefined;
    const kind = table.kind;
    const { row, column } = at;
    const here = (rowKey: string, col = column): FigureRef => ref(kind, rowKey, col);

    if (kind === "01") {
      if (column !== "amount") return undefined;
      if (row === "in.total") return { rule: RULE_IDS.t01IncomeTotal, parts: INCOME_ITEMS_01.map((k) => here(k)) };
      if (row === "out.total") return { rule: RULE_IDS.t01ExpenseTotal, parts: categoryRows(table).map((r) => here(r.key)) };
      if (row === "in.grand") {
        return { rule: RULE_IDS.t01GrandTotals, parts: ["in.total", "in.nonFiscalSurplus", "in.carryIn"].map((k) => here(k)) };
      }
      if (row === "out.grand") {
        return { rule: RULE_IDS.t01GrandTotals, parts: ["out.total", "out.surplusDist", "out.carryOut"].map((k) => here(k)) };
      }
      return undefined;
    }

    if (kind === "04") {
      if (row === "in.total" && column === "amount") {
        return { rule: RULE_IDS.t04IncomeTotal, parts: FISCAL_COLUMNS_04.map((c) => here(`in.${c}`)) };
      }
      if (row === "in.carryIn" && column === "amount") return { rule: RULE_IDS.t04CarryIn, parts: CARRY_IN_PARTS_04.map((k) => here(k)) };
      if (row === "in.grand" && column === "amount") {
        return { rule: RULE_IDS.t04GrandTotals, parts: [here("in.total"), here("in.carryIn")] };
      }
      if (!row.startsWith("out.")) return undefined;
      // The 合计 column of every expense row is its row total; the three fund columns are summed down.
      if (column === "total") return { rule: RULE_IDS.t04ExpenseRowTotal, parts: FISCAL_COLUMNS_04.map((c) => here(row, c)) };
      if (row === "out.total") return { rule: RULE_IDS.t04ExpenseTotal, parts: categoryRows(table).map((r) => here(r.key)) };
      if (row === "out.grand") return { rule: RULE_IDS.t04GrandTotals, parts: [here("out.total"), here("out.carryOut")] };
      return undefined;
    }

    if (isCoded(kind)) {
      // The row-total column belongs to the row total (its parts sit in the same row); every other column of
      // a 合计, 类 or 款 row is summed down the code hierarchy.
      if (column === "total") return { rule: ROW_TOTAL_RULE[kind], parts: ROW_TOTAL_PARTS[kind].map((c) => here(row, c)) };
      const children = hierarchyChildren(table, row);
      return children ? { rule: RULE_IDS.codeHierarchy, parts: children.map((k) => here(k)) } : undefined;
    }

    if (kind === "06") {
      if (column !== "amount") return undefined;
      if (row === "personnelTotal") return { rule: RULE_IDS.t06PersonnelTotal, parts: PERSONNEL_CLASSES.map((k) => here(k)) };
      if (row === "publicTotal") return { rule: RULE_IDS.t06PublicTotal, parts: PUBLIC_CLASSES.map((k) => here(k)) };
      const tableRow = rowByKey(table, row);
      const children = tableRow && codeOf(tableRow)?.length === 3 ? hierarchyChildren(table, row) : undefined;
      return children ? { rule: RULE_IDS.t06ClassTotal, parts: children.map((k) => here(k)) } : undefined;
    }

    if (kind === "07") {
      if (row === "total") return { rule: RULE_IDS.t07Total, parts: ["abroad", "reception", "vehicle"].map((k) => here(k)) };
      if (row === "vehicle") return { rule: RULE_IDS.t07Vehicle, parts: ["vehicleOps", "vehiclePurchase"].map((k) => here(k)) };
    }
    return undefined;
  }

  /** The rule that offers to fill the cell when it is blank. */
  ownerOf(at: FigureRef): string | undefined {
    return this.derivation(at)?.rule;
  }

  /**
   * The figure a check uses: the cell as shown or, when it is a blank derived cell, a copy holding the value fill
   * would write (computed the same way, from the effective figures of its parts). A blank whose parts are all
   * blank stays blank (0); one built on an unreadable figure becomes unreadable, so checks on it are skipped.
   */
  effective(at: FigureRef): FigureCell | undefined {
    const cell = this.cell(at) ?? this.unprinted(at);
    if (!cell || cell.state !== "blank") return cell;
    const slot = this.slot(at);
    if (slot.effective) return slot.effective;
    if (slot.visiting) return cell;
    slot.visiting = true;
    let result: FigureCell = cell;
    const derivation = this.derivation(at);
    if (derivation) {
      const parts = derivation.parts.map((part) => ({ cell: this.effective(part), sign: part.sign }));
      if (parts.some((part) => part.cell?.state === "invalid")) {
        result = { ...cell, state: "invalid", problem: "由无法识别的数字计算而来" };
      } else {
        const sum = checkSum(null, parts.map((part) => ({ amount: amountIn(part.cell), sign: part.sign })));
        if (!sum.computed.isZero()) {
          const decimals = Math.max(sum.decimals, 2);
          result = { ...cell, state: "amount", amount: amountOf(roundTo(sum.computed, decimals), decimals) };
          // The cell also has the format fill writes it in (from its parts as they will be), which the total above
          // takes: a check's fix and fill's edit are one. A cell fill leaves alone (unprinted, a formula) keeps its own.
          if (!cell.formula && this.cell(at)) {
            result.numFmt = fillFormat(cell, decimals, false, parts.map((part) => part.cell));
          }
        }
      }
    }
    slot.visiting = false;
    slot.effective = result;
    return result;
  }


  /**
   * A derived figure the table does not print: the Shanghai 08 / 09 put their 合计 row on the line of 本年支出's
   * sub-headers, so that row has no 本年支出 figures (the recogniser leaves those keys out of the row). A check
   * that needs one uses its derivation (Σ of the 类 rows), as it would for a blank total: standing at the cell
   * that holds the sub-header, blank, never offered for filling (no rule owns a cell the row lacks).
   */
  private unprinted(at: FigureRef): FigureCell | undefined {
    const table = this.table(at.table);
    const row = table && rowByKey(table, at.row);
    if (!table || !isCoded(table.kind) || !row || at.column in row.cells || !table.columns.includes(at.column)) return undefined;
    if (!this.derivation(at)) return undefined;
    const other = table.rows.find((r) => r.cells[at.column])?.cells[at.column];
    if (!other) return undefined;
    const address = `${other.address.replace(/\d+$/, "")}${row.row}`;
    return { sheet: other.sheet, row: row.row, col: other.col, address, state: "blank", formula: false, numFmt: other.numFmt };
  }

  /**
   * How far the figure's true value may lie from its shown value. A figure typed from the accounts was rounded
   * once: half its last digit. A derived figure that is exactly the sum of its shown parts — filled by Juesuan,
   * or typed as such — carries their rounding: the sum of their radii. Without this, two totals filled from
   * many rounded parts (05 合计 基本支出 and 06 人员经费 + 公用经费) would look inconsistent by a few cents
   * although each is right; a figure that differs from its parts' sum is judged as a rounded figure of its own.
   */
  halfWidth(at: FigureRef): Decimal {
    const slot = this.slot(at);
    if (slot.halfWidth) return slot.halfWidth;
    const amount = amountIn(this.effective(at));
    let width = halfWidthOf(amount);
    slot.halfWidth = width; // guards against a cycle while the parts are visited
    const derivation = this.derivation(at);
    if (amount && derivation) {
      let exactSum = ZERO;
      for (const part of derivation.parts) {
        const value = amountIn(this.effective(part))?.value;
        if (value) exactSum = part.sign === -1 ? exactSum.minus(value) : exactSum.plus(value);
      }
      // compareDecimals rather than eq/gt: decimal.js copies the other Decimal on every comparison.
      if (sameDecimal(exactSum, amount.value)) {
        let partsWidth = ZERO;
        for (const part of derivation.parts) partsWidth = partsWidth.plus(this.halfWidth(part));
        if (compareDecimals(partsWidth, width) > 0) width = partsWidth;
      }
    }
    slot.halfWidth = width;
    return width;
  }
}

const FIGURES = Symbol("figures");

/** One Figures per recognised workbook, shared by the rules of a run. */
export function figuresOf(tables: WorkbookTables): Figures {
  return memoOn(tables, FIGURES, newFigures);
}

// Named, not an arrow in figuresOf: every rule asks, and each arrow would be a new closure.
function newFigures(tables: WorkbookTables): Figures {
  return new Figures(tables);
}
