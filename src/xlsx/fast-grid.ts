// The lean .xlsx reader: the package (fast/package.ts) to the engine's Grid, by the format (ECMA-376) and nothing
// else. It reads the workbook part, its shared strings and styles, and each worksheet the workbook lists; every
// other part (comments, VML and DrawingML drawings, charts, images, pivot caches, external links, custom XML,
// printer settings, macros) holds no cell value and is never inflated. Browser-safe: no Node modules.
import { SheetGrid, SheetVisibility, WorkbookGrid } from "../engine/grid";
import { relationshipKind, XlsxPackage } from "./fast/package";
import { readSharedStrings, readStyles, readWorkbook, StyleTable } from "./fast/parts";
import { readWorksheet } from "./fast/worksheet";

/** A package that holds no workbook part, or a workbook that lists no worksheet. */
export class NotAWorkbook extends Error {
  readonly problem: "no-workbook" | "no-worksheet";

  constructor(problem: "no-workbook" | "no-worksheet", message: string) {
    super(message);
    this.name = "NotAWorkbook";
    this.problem = problem;
  }
}

/** A part of the workbook the format requires, or that the workbook names, is missing or cannot be read. */
export class PartProblem extends Error {
  readonly part: string;
  readonly sheet: string | undefined;
  readonly cause: unknown;

  constructor(part: string, sheet: string | undefined, cause: unknown) {
    super(`${part}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "PartProblem";
    this.part = part;
    this.sheet = sheet;
    this.cause = cause;
  }
}

/** The workbook part: the package's officeDocument relationship, or the name every writer gives it. */
function workbookPartOf(pkg: XlsxPackage): string {
  const main = pkg.relationships("").find((r) => relationshipKind(r.type) === "officeDocument" && r.target);
  if (main?.target && pkg.has(main.target)) return main.target;
  if (pkg.has("xl/workbook.xml")) return "xl/workbook.xml";
  throw new NotAWorkbook("no-workbook", "no workbook part");
}

/** Runs a part's reader, naming the part (and the sheet) when it fails. */
export function reading<T>(part: string, sheet: string | undefined, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new PartProblem(part, sheet, error);
  }
}

/** Sheet types that hold no cells to check (a chart sheet, a dialog sheet): passed over, as their parts are. */
const WORKSHEET_KINDS = new Set(["worksheet"]);

interface SheetPlan {
  name: string;
  visibility: SheetVisibility;
  /** The worksheet's part name. */
  part: string;
}

interface WorkbookPlan {
  workbookPart: string;
  date1904: boolean;
  sheets: SheetPlan[];
  sharedStringsPart: string | undefined;
  stylesPart: string | undefined;
}

/** The workbook's worksheets and the parts they need, through the package's relationships (OPC). */
export function planWorkbook(pkg: XlsxPackage): WorkbookPlan {
  const workbookPart = workbookPartOf(pkg);
  const workbook = reading(workbookPart, undefined, () => readWorkbook(pkg.text(workbookPart) as string));
  const relationships = reading(workbookPart, undefined, () => pkg.relationships(workbookPart));
  const byId = new Map(relationships.map((r) => [r.id, r]));
  // By relationship, as the format ties them; a writer that forgot the relationship still used the usual name.
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  const targetOfKind = (kind: string, usualName: string) => {
    const related = relationships.find((r) => relationshipKind(r.type) === kind && r.target && pkg.has(r.target))?.target;
    return related ?? (pkg.has(folder + usualName) ? folder + usualName : undefined);
  };

  const sheets: SheetPlan[] = [];
  for (const sheet of workbook.sheets) {
    const relationship = sheet.relationshipId === undefined ? undefined : byId.get(sheet.relationshipId);
    if (relationship && !WORKSHEET_KINDS.has(relationshipKind(relationship.type))) continue;
    if (!relationship?.target || !pkg.has(relationship.target)) {
      throw new PartProblem(relationship?.target ?? workbookPart, sheet.name, new Error("the sheet's part is missing"));
    }
    const visibility: SheetVisibility = sheet.state === "hidden" || sheet.state === "veryHidden" ? sheet.state : "visible";
    sheets.push({ name: sheet.name, visibility, part: relationship.target });
  }
  if (sheets.length === 0) throw new NotAWorkbook("no-worksheet", "no worksheet");
  return {
    workbookPart,
    date1904: workbook.date1904,
    sheets,
    sharedStringsPart: targetOfKind("sharedStrings", "sharedStrings.xml"),
    stylesPart: targetOfKind("styles", "styles.xml"),
  };
}

/** The styles part's table, when the workbook has one. */
function stylesOf(pkg: XlsxPackage, plan: WorkbookPlan): StyleTable | undefined {
  const part = plan.stylesPart;
  const text = part ? pkg.text(part) : undefined;
  return text === undefined ? undefined : reading(part!, undefined, () => readStyles(text));
}

export function readXlsxGrid(bytes: Uint8Array, name: string): WorkbookGrid {
  const pkg = new XlsxPackage(bytes);
  const plan = planWorkbook(pkg);
  const { sharedStringsPart } = plan;
  const sharedStringsText = sharedStringsPart ? pkg.text(sharedStringsPart) : undefined;
  const sharedStrings =
    sharedStringsText === undefined ? undefined : reading(sharedStringsPart!, undefined, () => readSharedStrings(sharedStringsText));
  const styles = stylesOf(pkg, plan);

  const sheets: SheetGrid[] = plan.sheets.map((sheet) => {
    const content = reading(sheet.part, sheet.name, () =>
      readWorksheet(pkg.text(sheet.part) as string, { sharedStrings, styles, date1904: plan.date1904 })
    );
    return { name: sheet.name, visibility: sheet.visibility, ...content };
  });
  return { name, sheets };
}
