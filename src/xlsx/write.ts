// The .xlsx host's writing half: fill's CellEdits written into the original package by patching it. Only the edited
// worksheets' XML changes (the filled <c> elements, a row inserted where a filled cell had none, the <dimension>
// widened), styles.xml only when a filled figure needs a cell format the file lacks, and workbook.xml's <calcPr>
// (fullCalcOnLoad, so Excel recomputes formulas that depend on filled cells). Every other part — comments, charts,
// images, pivot tables, data validation, conditional formats, defined names, macros — is copied byte for byte.
// calcChain.xml stays as it is: fill writes no formula and never replaces one, so the chain still lists exactly the
// formula cells. Browser-safe (the task pane offers the copy as a download).
import { unzipSync, zipSync, Zippable } from "fflate";
import { fillsPlaceholders } from "../engine/narrative/fill";
import { normalizeFigureText } from "../engine/amount";
import { CellEdit } from "../engine/edits";
import { cellAddress, GridCell, mergeAt, parseAddress, SheetGrid } from "../engine/grid";
import { planWorkbook, readXlsxGrid } from "./fast-grid";
import { partText, relationshipsPartOf, XlsxPackage } from "./fast/package";
import { MAX_COLUMN, MAX_ROW } from "./fast/format";
import { CellWrite, cellSites, patchWorksheet, StylesPatch, withFullCalcOnLoad } from "./patch";
import { gridFromXlsx, toBytes } from "./read";

/** An edit that cannot be written; the message is one Chinese sentence naming the sheet, the cell and why. */
export class WorkbookWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookWriteError";
  }
}

const MAX_SHOWN_TEXT = 20;

/** What a cell shows, shortened, for a refusal's message. */
function shownText(cell: GridCell): string {
  const value = cell.value;
  const text =
    cell.text ??
    (value instanceof Date
      ? value.toISOString().slice(0, 10)
      : typeof value === "object" && value !== null
        ? value.error
        : String(value));
  return text.length > MAX_SHOWN_TEXT ? `${text.slice(0, MAX_SHOWN_TEXT)}…` : text;
}

/** Blank as the engine sees it (parseFigureText): nothing, or only spaces and invisible marks. */
function isBlank(cell: GridCell | undefined): boolean {
  if (!cell || cell.value === null) return true;
  return typeof cell.value === "string" && normalizeFigureText(cell.value) === "";
}

interface PlannedEdit {
  edit: CellEdit;
  sheet: SheetGrid;
  row: number;
  col: number;
}

/** Where the edit writes, or a WorkbookWriteError saying why it may not: fill never changes what the user typed. */
function planEdit(sheets: SheetGrid[], edit: CellEdit): PlannedEdit {
  const sheet = sheets.find((s) => s.name === edit.sheet);
  if (!sheet) throw new WorkbookWriteError(`工作簿中没有名为“${edit.sheet}”的工作表，无法填写 ${edit.cell}`);
  let row: number;
  let col: number;
  try {
    ({ row, col } = parseAddress(edit.cell));
  } catch {
    throw new WorkbookWriteError(`工作表“${edit.sheet}”的“${edit.cell}”不是有效的单元格地址`);
  }
  if (!(row >= 1 && row <= MAX_ROW && col >= 1 && col <= MAX_COLUMN)) {
    throw new WorkbookWriteError(`工作表“${edit.sheet}”的 ${edit.cell} 超出了 Excel 的行列范围`);
  }
  const where = `工作表“${edit.sheet}”的 ${edit.cell}`;
  const merge = mergeAt(sheet, row, col);
  // A merged area's other cells show its top-left cell: writing there would fill a cell nobody sees.
  if (merge && (merge.top !== row || merge.left !== col)) {
    throw new WorkbookWriteError(`${where} 位于合并单元格内，只能填写合并区域左上角的 ${cellAddress(merge.top, merge.left)}`);
  }
  const cell = sheet.cells[row - 1]?.[col - 1];
  if (cell?.formula !== undefined) throw new WorkbookWriteError(`${where} 含有公式，填充不会改写公式单元格`);
  // The one edit allowed on a non-empty cell: a narrative sentence whose XX / ×× placeholders become figures,
  // every other character staying as typed.
  if (edit.kind === "text" && typeof cell?.value === "string" && fillsPlaceholders(cell.value, edit.text)) {
    return { edit, sheet, row, col };
  }
  if (!isBlank(cell)) throw new WorkbookWriteError(`${where} 已有内容“${shownText(cell!)}”，填充不会覆盖已填写的单元格`);
  return { edit, sheet, row, col };
}

/** The number a numeric edit stores: the one place a Decimal becomes a JavaScript number (files hold doubles). */
function storedNumber(edit: CellEdit & { kind: "number" }): number {
  const value = Number(edit.value.toString());
  if (!Number.isFinite(value)) {
    throw new WorkbookWriteError(`工作表“${edit.sheet}”的 ${edit.cell} 要填写的数值 ${edit.shown} 无法写入 Excel`);
  }
  return value;
}

/** Every entry of the zip, in its order, with whether it was stored rather than deflated. */
function unzipAll(bytes: Uint8Array): { files: Record<string, Uint8Array>; stored: Set<string> } {
  const stored = new Set<string>();
  const files = unzipSync(bytes, {
    filter: (file) => {
      if (file.compression === 0) stored.add(file.name);
      return true;
    },
  });
  return { files, stored };
}

/** A zip entry's name for a part name, as the zip spells it (a leading "/", other letter case). */
function entryOf(files: Record<string, Uint8Array>, partName: string): string {
  const key = partName.toLowerCase();
  const entry = Object.keys(files).find((name) => name.replace(/^\/+/, "").toLowerCase() === key);
  if (entry === undefined) throw new Error(`${partName} is not in the package`);
  return entry;
}

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

const STYLES_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const STYLES_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** Adds xl/styles.xml (a default font, fill, border and cell format), its relationship and its content type. */
function addStylesPart(files: Record<string, Uint8Array>, workbookPart: string, changed: Map<string, string>): string {
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  const stylesName = `${folder}styles.xml`;
  const relsName = relationshipsPartOf(workbookPart);
  const relsEntry = entryOf(files, relsName);
  const rels = partText(files[relsEntry], relsEntry);
  let id = 1;
  while (rels.includes(`Id="rId${id}"`)) id++;
  const relationship = `<Relationship Id="rId${id}" Type="${STYLES_TYPE}" Target="styles.xml"/>`;
  changed.set(relsEntry, rels.replace(/<\/([A-Za-z_][\w.-]*:)?Relationships>\s*$/, (end) => relationship + end));
  const typesEntry = entryOf(files, "[Content_Types].xml");
  const types = partText(files[typesEntry], typesEntry);
  const override = `<Override PartName="/${stylesName}" ContentType="${STYLES_CONTENT_TYPE}"/>`;
  changed.set(typesEntry, types.replace(/<\/([A-Za-z_][\w.-]*:)?Types>\s*$/, (end) => override + end));
  changed.set(stylesName, MINIMAL_STYLES);
  return stylesName;
}

/** Fixed entry times, so that filling the same file twice gives the same bytes. */
const ENTRY_TIME = new Date(1980, 0, 1);

/**
 * Writes the edits into a copy of the workbook and returns the new file's bytes. Every edit is checked before any
 * is written: an edit on a missing sheet, a formula, a merged follower or a cell that is not blank refuses the
 * whole batch, so a filled copy is never half done and never overwrites what the user typed.
 */
export async function applyEditsToXlsx(data: ArrayBuffer | Uint8Array, edits: CellEdit[]): Promise<Uint8Array> {
  const original = toBytes(data);
  const grid = await gridFromXlsx(original, "");
  const seen = new Set<string>();
  const planned = edits.map((edit) => {
    const plan = planEdit(grid.sheets, edit);
    const key = `${edit.sheet}\u0000${plan.row}:${plan.col}`;
    if (seen.has(key)) throw new WorkbookWriteError(`工作表“${edit.sheet}”的 ${edit.cell} 被要求填写了两次`);
    seen.add(key);
    return plan;
  });
  if (planned.length === 0) return original.slice();

  try {
    return patchPackage(original, planned);
  } catch (error) {
    if (error instanceof WorkbookWriteError) throw error;
    // The file read, so what failed is a part the writer could not patch: say so rather than write something odd.
    throw new WorkbookWriteError(`无法写入填充结果：工作簿的结构无法修改（${error instanceof Error ? error.message : String(error)}），请在 Excel 中另存为 .xlsx 后再试`);
  }
}

function patchPackage(original: Uint8Array, planned: PlannedEdit[]): Uint8Array {
  const pkg = new XlsxPackage(original);
  const plan = planWorkbook(pkg);
  const { files, stored } = unzipAll(original);
  const changed = new Map<string, string>();

  let stylesEntry = plan.stylesPart ? entryOf(files, plan.stylesPart) : undefined;
  if (!stylesEntry && planned.some((p) => p.edit.kind === "number")) {
    // A hand-made workbook without a styles part: one is added (with its relationship and content type), so that
    // a filled figure can carry its number format.
    stylesEntry = addStylesPart(files, plan.workbookPart, changed);
  }
  const styles = stylesEntry ? new StylesPatch(changed.get(stylesEntry) ?? partText(files[stylesEntry], stylesEntry)) : undefined;

  const bySheet = new Map<string, PlannedEdit[]>();
  for (const edit of planned) bySheet.set(edit.sheet.name, [...(bySheet.get(edit.sheet.name) ?? []), edit]);
  for (const [sheetName, sheetEdits] of bySheet) {
    const part = plan.sheets.find((s) => s.name === sheetName)!.part;
    const entry = entryOf(files, part);
    const xml = partText(files[entry], entry);
    const sites = cellSites(xml, sheetEdits);
    const writes: CellWrite[] = sheetEdits.map(({ edit, row, col }, i) => {
      const site = sites[i];
      // The Grid said so already; the XML is asked again, since a formula is never to be written over.
      if (site.hasFormula) throw new WorkbookWriteError(`工作表“${sheetName}”的 ${edit.cell} 含有公式，填充不会改写公式单元格`);
      if (edit.kind === "text") return { row, col, kind: "text", text: String(edit.text), style: site.style || undefined };
      const style = styles!.styleFor(site.style, edit.numFmt);
      return { row, col, kind: "number", value: storedNumber(edit), style: style || undefined };
    });
    changed.set(entry, patchWorksheet(xml, writes));
  }
  if (styles?.changed && stylesEntry) changed.set(stylesEntry, styles.text());
  const workbookEntry = entryOf(files, plan.workbookPart);
  changed.set(workbookEntry, withFullCalcOnLoad(partText(files[workbookEntry], workbookEntry)));

  const encoder = new TextEncoder();
  const zippable: Zippable = {};
  for (const name of changed.keys()) files[name] ??= new Uint8Array(0);
  for (const [name, bytes] of Object.entries(files)) {
    const text = changed.get(name);
    const data = text === undefined ? bytes : encoder.encode(text);
    zippable[name] = [data, { level: stored.has(name) ? 0 : 6, mtime: ENTRY_TIME }];
  }
  const written = zipSync(zippable);
  // The copy must read as the format says, the filled cells included, before it is handed over.
  readXlsxGrid(written, "");
  return written;
}
