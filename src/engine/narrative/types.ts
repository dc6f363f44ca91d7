// The narrative (情况说明) as recognisers find it, and the 参考数据 sheet that holds the figures the nine tables
// do not: 上年决算数 (prior year) and 年初预算数 (year-start budget), keyed by item name or 科目编码.
import { Amount } from "../amount";
import { FigureCell, TableBase } from "../tables";

/** The part of the standard 情况说明 a paragraph belongs to; it decides what an ambiguous phrase means. */
export type Section =
  /** 一、收入支出决算总体情况说明 */
  | "overall"
  /** 二、财政拨款支出决算情况说明 （一）总体情况 */
  | "fiscal"
  /** 二 （二）一般公共预算财政拨款支出情况 … （四） */
  | "gpb"
  /** 三、财政拨款“三公”经费支出决算情况说明 */
  | "threePublic"
  /** 四、一般公共预算财政拨款基本支出决算情况说明 */
  | "basic"
  /** 五、其他重要事项的情况说明 */
  | "other"
  /** 五 （四）预算绩效情况 */
  | "perf";

/** One text cell of the narrative sheet. */
export interface NarrativeCell {
  sheet: string;
  row: number;
  col: number;
  /** "A12" */
  address: string;
  /** The cell's whole text, as typed. */
  text: string;
}

/** A paragraph: a cell, or one line of a cell that holds several. Offsets are into the cell's text. */
export interface NarrativeParagraph {
  cell: NarrativeCell;
  start: number;
  end: number;
  text: string;
  section: Section;
  /** The paragraph is a heading (一、…, （二）…) that opens a section. */
  heading: boolean;
}

export interface NarrativeSheet extends TableBase {
  kind: "narrative";
  cells: NarrativeCell[];
  paragraphs: NarrativeParagraph[];
}

/** The columns of the 参考数据 sheet. 本年决算数 is for figures the nine tables do not hold (机关运行经费). */
export type ReferenceColumn = "上年决算数" | "年初预算数" | "本年决算数";

export const REFERENCE_COLUMNS: ReferenceColumn[] = ["上年决算数", "年初预算数", "本年决算数"];

/** One row of 参考数据. */
export interface ReferenceEntry {
  /** 项目 as typed. */
  item: string;
  /** 科目编码, when given. */
  code?: string;
  row: number;
  /** Figures by column; a blank cell is absent (not known), unlike a blank table cell (0). */
  figures: Partial<Record<ReferenceColumn, FigureCell>>;
}

export interface ReferenceData {
  sheet: string;
  entries: ReferenceEntry[];
}

/** A figure the text shows, or a placeholder (XX, ××, X.XX, ___) where a figure belongs. */
export interface TextFigure {
  /** Offsets of the number or placeholder in the cell's text. */
  start: number;
  end: number;
  raw: string;
  placeholder: boolean;
  /** The unit right after it ("万元", "%", "个" …), "" when none. */
  unit: string;
  /** End of the unit, or of the figure when there is none. */
  unitEnd: number;
  /** The figure as an Amount (a percentage as a ratio); absent for a placeholder. */
  amount?: Amount;
}
