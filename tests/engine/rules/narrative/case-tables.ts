// Tables for the narrative rules' cases files (*.cases.ts): the sample's 情况说明 or a real report's (tests/fixtures/
// real, read once per report by real-run.ts), as printed, with a figure or a word changed the way real reports get
// them wrong, or kept to the paragraphs a case is about; and the cells where findings are expected
// ("情况说明!A12"). Figures come from the fixtures' own text, never typed in.
import { Decimal } from "../../../../src/engine/decimal";
import { WorkbookTables } from "../../../../src/engine/rule";
import { RealId } from "../../../fixtures/real/fixtures";
import { NARRATIVE } from "../../../fixtures/sample-data";
import { NARRATIVE_SHEET, SampleOptions, editParagraph, rowOf, sampleTables } from "../../narrative/sample-tables";
import { Edit, real, realTables } from "./real-run";

export const WENLV = "2025-putuo-wenlvju";
export const SHENGTAI = "2025-putuo-shengtai";
export const SHEHUI = "2024-putuo-shehuigongzuobu";

const compact = (text: string) => text.replace(/\s/g, "");

/** "情况说明!A12": the sample paragraph that contains `words`. */
export function sampleAt(words: string): string {
  return `${NARRATIVE_SHEET}!A${rowOf(words)}`;
}

/** The sample's tables with the paragraph that contains `words` edited (and other options: 参考数据). */
export function sampleEdited(words: string, edit: (text: string) => string, options: Omit<SampleOptions, "paragraphs"> = {}): WorkbookTables {
  return sampleTables({ ...options, paragraphs: editParagraph(rowOf(words) - 1, edit) });
}

/**
 * The sample's narrative kept to the paragraphs before the first that contains `until`, and those that contain
 * one of `also`; the others are blanked, so every paragraph keeps its cell.
 */
export function sampleKept(until: string, also: string[] = [], options: Omit<SampleOptions, "paragraphs"> = {}): WorkbookTables {
  const end = rowOf(until) - 1;
  const paragraphs = NARRATIVE.map((p, i) => (i < end || also.some((words) => p.includes(words)) ? p : ""));
  return sampleTables({ ...options, paragraphs });
}

/** The number written right after `words` in the sample's narrative ("收入总计" → "2259.73"). */
export function sampleFigure(words: string): string {
  const pattern = new RegExp(`${words.replace(/[()（）.*+?[\]\\]/g, "\\$&")}\\s*(\\d[\\d,]*(?:\\.\\d+)?)`);
  for (const paragraph of NARRATIVE) {
    const match = pattern.exec(paragraph);
    if (match) return match[1].replace(/,/g, "");
  }
  throw new Error(`no figure after ${words} in the sample`);
}

/** a + b, in decimal arithmetic, to the two decimals 万元 are shown with ("2259.73" + "180.77" → "2440.50"). */
export function plus(a: string, b: string): string {
  return new Decimal(a).plus(b).toFixed(2);
}
/** a − b, likewise. */
export function minus(a: string, b: string): string {
  return new Decimal(a).minus(b).toFixed(2);
}

/** A 参考数据 sheet with one column and one row per item. */
export function referenceSheet(column: string, rows: [item: string, figure: string | number][]): (string | number)[][] {
  return [["项目", column], ...rows.map(([item, figure]) => [item, figure])];
}

/** "情况说明!A12": the real report's first paragraph that contains `words` and a figure (spaces ignored; so not the heading that names them). */
export function realAt(tables: WorkbookTables, words: string): string {
  const cell = tables.narrative?.cells.find((c) => compact(c.text).includes(compact(words)) && /\d/.test(c.text));
  if (!cell) throw new Error(`no paragraph with “${words}”`);
  return `${cell.sheet}!${cell.address}`;
}

// The cells a case's edits changed, by the tables they built, for its findings.
const EDITED = new WeakMap<WorkbookTables, string[]>();

/** A real report with its narrative edited (edits found asynchronously, by figureOf / editWhere) and 参考数据. */
export async function realEdited(id: RealId, edits: (Edit | Promise<Edit>)[], reference?: (string | number)[][]): Promise<WorkbookTables> {
  const list = await Promise.all(edits);
  const tables = await realTables(id, list, reference);
  EDITED.set(tables, list.map((edit) => `${tables.narrative!.sheet}!${edit.cell}`));
  return tables;
}

/** "情况说明!A12": the cell of the case's `index`th edit. */
export function editedAt(tables: WorkbookTables, index = 0): string {
  const cell = EDITED.get(tables)?.[index];
  if (!cell) throw new Error("these tables were not built by realEdited");
  return cell;
}

/**
 * A real report's narrative kept to the paragraphs before the first that contains `until`, and those that
 * contain one of `also` (spaces ignored); the others are blanked.
 */
export async function realKept(id: RealId, until: string, also: string[] = []): Promise<WorkbookTables> {
  const { tables } = await real(id);
  const cells = tables.narrative!.cells;
  const end = cells.findIndex((c) => compact(c.text).includes(compact(until)));
  if (end < 0) throw new Error(`${id}: no paragraph with “${until}”`);
  const dropped = cells.filter((c, i) => i >= end && !also.some((words) => compact(c.text).includes(compact(words))));
  return realTables(id, dropped.map((c) => ({ cell: c.address, edit: () => "" })));
}
