// The companions' part in one department's check: whether each fits (last year's workbook: this year − 1 and the
// same department; the budget: this year and the same department), the 参考数据 they supply merged with the typed
// sheet, and what the cross-year rules read. Called at one place, where the recogniser sets tables.reference.
import { ReferenceData } from "../narrative/types";
import { WorkbookTables } from "../rule";
import { hasBudgetTables } from "../recognize/budget";
import { PUBLIC_KINDS, PublicTable, TableBase } from "../tables";
import { budgetFigures } from "./budget";
import { mergeReference, DerivedColumn } from "./merge";
import { newItems, priorFigures } from "./previous";
import { CrossYear, Fit, ReferenceInputs } from "./types";

export type { CrossYear, ReferenceInputs } from "./types";

const compact = (text: string) => text.replace(/[\s\u3000]/g, "");

/** The year and department the tables state: those of the first 公开 table that states them. */
function yearAndDepartment(tables: WorkbookTables): { year?: string; department?: string } {
  const ordered: TableBase[] = PUBLIC_KINDS.map((kind) => tables.public[kind]).filter((t): t is NonNullable<typeof t> => !!t);
  return {
    year: ordered.find((t) => t.year)?.year,
    department: ordered.find((t) => t.department)?.department,
  };
}

/** Whether a companion stating `other` belongs with tables stating `own`, the companion's year being `own` + offset. */
function fitOf(
  own: { year?: string; department?: string },
  other: { year?: string; department?: string },
  offset: number,
  what: string
): Fit {
  const wantYear = own.year ? String(Number(own.year) + offset) : undefined;
  if (wantYear && other.year && other.year !== wantYear) {
    return { usable: false, problem: { id: "wrongYear", data: { what, year: other.year, wantYear } } };
  }
  if (own.department && other.department && compact(own.department) !== compact(other.department)) {
    return { usable: false, problem: { id: "wrongDepartment", data: { what, department: other.department, ownDepartment: own.department } } };
  }
  const unknown = [!(wantYear && other.year) ? "年度" : "", !(own.department && other.department) ? "部门" : ""].filter(Boolean);
  if (unknown.length) return { usable: true, problem: { id: "unconfirmed", data: { what, unknown: unknown.join("和"), whose: offset ? "上年" : "本年" } } };
  return { usable: true };
}

/** The unit the tables' figures are in (万元 or 元): that of the first table found. */
function unitOf(tables: (PublicTable | undefined)[]): string | undefined {
  return tables.find((t) => t)?.unit;
}

/** A companion that holds nothing usable, or in another unit, is not used at all. */
function contentFit(fit: Fit, what: string, found: boolean, own: string | undefined, theirs: string | undefined): Fit {
  if (!found) return { usable: false, problem: { id: what.startsWith("上年") ? "previousWithoutTables" : "budgetWithoutTables", data: { what } } };
  if (own && theirs && own !== theirs) return { usable: false, problem: { id: "otherUnit", data: { what, unit: theirs, ownUnit: own } } };
  return fit;
}

/** The 参考数据 of `tables` with the companions' figures, and the cross-year state the rules read. */
export function applyReferenceInputs(tables: WorkbookTables, typed: ReferenceData | undefined, inputs: ReferenceInputs): { reference: ReferenceData | undefined; crossYear: CrossYear } {
  const own = yearAndDepartment(tables);
  const ownUnit = unitOf(PUBLIC_KINDS.map((kind) => tables.public[kind]));
  const crossYear: CrossYear = { inputs, conflicts: [], newItems: [] };
  const derived: DerivedColumn[] = [];
  if (inputs.previous) {
    const what = `上年决算工作簿“${inputs.previous.name}”`;
    const theirs = inputs.previous.tables.public;
    crossYear.previousFit = contentFit(
      fitOf(own, yearAndDepartment(inputs.previous.tables), -1, what),
      what,
      Object.keys(theirs).length > 0,
      ownUnit,
      unitOf(PUBLIC_KINDS.map((kind) => theirs[kind]))
    );
    if (crossYear.previousFit.usable) {
      const previous = inputs.previous.tables;
      crossYear.previous = previous;
      derived.push({ column: "上年决算数", figures: priorFigures(tables, previous) });
      crossYear.newItems = newItems(tables, previous);
    }
  }
  if (inputs.budget) {
    const budget = inputs.budget.tables;
    const what = `本年预算工作簿“${inputs.budget.name}”`;
    crossYear.budgetFit = contentFit(fitOf(own, budget, 0, what), what, hasBudgetTables(budget), ownUnit, unitOf([budget.functional, budget.summary]));
    if (crossYear.budgetFit.usable) {
      crossYear.budget = budget;
      derived.push({ column: "年初预算数", figures: budgetFigures(tables, budget) });
    }
  }
  if (derived.length === 0) return { reference: typed, crossYear };
  const merged = mergeReference(typed, derived);
  crossYear.conflicts = merged.conflicts;
  return { reference: merged.reference, crossYear };
}
