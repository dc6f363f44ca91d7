// The fast way from an .xlsx file to the Grid: the parts the engine needs, read straight into it, instead of
// exceljs's full workbook model (styles, fonts, column and row objects for every cell) that the engine never uses.
// It yields exactly what the exceljs path of read.ts yields (tests/xlsx/fast-grid.test.ts compares the two); what
// it does not follow — drawings, tables, comments, conditional formats, any structure exceljs would read in its own
// odd way or refuse — it declines, and read.ts falls back on exceljs. Browser-safe: no Node modules.
import { SheetGrid, SheetVisibility, WorkbookGrid } from "../engine/grid";
import { Declined, exceljsInteger, sheetNameProblem, xmlDecode } from "./fast/exceljs-rules";
import { PackagePart, readPackage } from "./fast/package";
import {
  checkAppProperties,
  checkCoreProperties,
  readRelationships,
  readSharedStrings,
  readStyles,
  readWorkbook,
  Relationship,
  SheetEntry,
} from "./fast/parts";
import { readWorksheet, WorksheetContext } from "./fast/worksheet";

/** The Grid, or why the fast reader left the file to exceljs. */
export type FastGridResult = { grid: WorkbookGrid } | { declined: string };

const COMMENTS_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";

/** Reads the Grid the fast way; never throws: anything it cannot vouch for comes back as declined. */
export async function readGridFast(bytes: Uint8Array, name: string): Promise<FastGridResult> {
  try {
    return { grid: await readGrid(bytes, name) };
  } catch (error) {
    return { declined: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/**
 * Parts that are not UTF-8 are declined (exceljs would read replacement characters, not reproduced here); a byte
 * order mark is kept, as exceljs keeps it, for the XML reader to pass over as saxes does.
 */
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

interface SheetPlan {
  name: string;
  visibility: SheetVisibility;
  part: PackagePart;
}

async function readGrid(bytes: Uint8Array, name: string): Promise<WorkbookGrid> {
  const parts = await readPackage(bytes);
  const partOfKind = (kind: PackagePart["kind"]) => parts.find((part) => part.kind === kind);
  const textOf = (part: PackagePart) => utf8.decode(part.bytes);

  // exceljs parses these too, so the file is only readable when they are.
  const rootRelationships = partOfKind("root-relationships");
  if (rootRelationships) readRelationships(textOf(rootRelationships));
  const appProperties = partOfKind("app-properties");
  if (appProperties) checkAppProperties(textOf(appProperties));
  const coreProperties = partOfKind("core-properties");
  if (coreProperties) checkCoreProperties(textOf(coreProperties));

  const workbookPart = partOfKind("workbook");
  const workbookRelationshipsPart = partOfKind("workbook-relationships");
  if (!workbookPart || !workbookRelationshipsPart) throw new Declined("no workbook part or no workbook relationships");
  const workbook = readWorkbook(textOf(workbookPart));
  const workbookRelationships = readRelationships(textOf(workbookRelationshipsPart));
  const sharedStringsPart = partOfKind("shared-strings");
  const sharedStrings = sharedStringsPart ? readSharedStrings(textOf(sharedStringsPart)) : undefined;
  const stylesPart = partOfKind("styles");
  const styles = stylesPart ? readStyles(textOf(stylesPart)) : undefined;

  const worksheetRelationships = new Map<string, Map<string, Relationship>>();
  for (const part of parts) {
    if (part.kind === "worksheet-relationships") worksheetRelationships.set(part.sheetNumber as string, readRelationships(textOf(part)));
  }

  const plans = planSheets(workbook.sheets, workbookRelationships, parts);
  // exceljs applies a print area to its sheet, and throws when none of the area's ranges is one it can read.
  for (const definedName of workbook.definedNames) {
    const id = definedName.localSheetId;
    if (definedName.name === "_xlnm.Print_Area" && id !== undefined && id >= 0 && id < plans.length && definedName.ranges.length === 0) {
      throw new Declined("a print area without a range");
    }
  }

  const sheets: SheetGrid[] = plans.map((plan) => {
    const relationships = worksheetRelationships.get(plan.part.sheetNumber as string);
    for (const relationship of relationships?.values() ?? []) {
      if (relationship.Type === COMMENTS_RELATIONSHIP) throw new Declined("a worksheet with comments");
    }
    const context: WorksheetContext = { sharedStrings, styles, date1904: workbook.date1904, relationships };
    const content = readWorksheet(textOf(plan.part), context);
    return {
      name: plan.name,
      visibility: plan.visibility,
      protected: content.protected,
      rowCount: content.rowCount,
      colCount: content.colCount,
      cells: content.cells,
      merges: content.merges,
    };
  });
  return { name, sheets };
}

/**
 * The worksheets exceljs would list, in workbook order: each <sheet> through its relationship to a worksheet part.
 * Where exceljs would skip a sheet (a chartsheet, a missing part), hold on to a part no sheet names, or meet two
 * sheets of one id or name, the file is declined.
 */
function planSheets(
  entries: SheetEntry[],
  relationships: Map<string, Relationship>,
  parts: PackagePart[]
): SheetPlan[] {
  const worksheets = new Map(parts.filter((part) => part.kind === "worksheet").map((part) => [part.name, part]));
  const usedParts = new Set<PackagePart>();
  const ids = new Set<number>();
  const names = new Set<string>();
  const plans: SheetPlan[] = [];
  for (const entry of entries) {
    const relationship = entry.relationshipId === undefined ? undefined : relationships.get(entry.relationshipId);
    const target = relationship?.Target;
    if (target === undefined) throw new Declined("a sheet without a relationship to its part");
    const part = worksheets.get(`xl/${target.replace(/^(\s|\/xl\/)+/, "")}`);
    if (!part) throw new Declined(`a sheet whose part ${target} is not a worksheet`);
    if (usedParts.has(part)) throw new Declined("two sheets on one part");
    usedParts.add(part);
    // exceljs files its worksheets by sheetId (parseInt) and drops ids that are not positive.
    const id = exceljsInteger(entry.sheetId);
    if (entry.sheetId !== String(id) || id < 1 || id > 65535 || ids.has(id)) throw new Declined(`a sheetId "${entry.sheetId}"`);
    ids.add(id);
    if (entry.name === undefined) throw new Declined("a sheet without a name");
    const sheetName = xmlDecode(entry.name);
    const problem = sheetNameProblem(sheetName, names);
    if (problem) throw new Declined(problem);
    names.add(sheetName.toLowerCase());
    const visibility: SheetVisibility = entry.state === "hidden" || entry.state === "veryHidden" ? entry.state : "visible";
    plans.push({ name: sheetName, visibility, part });
  }
  if (usedParts.size !== worksheets.size) throw new Declined("a worksheet part no sheet names");
  if (plans.length === 0) throw new Declined("no worksheet");
  return plans;
}
