// The 资金 block of the national forms (财预〔2020〕10号 项目支出绩效自评表, and the 部门整体支出绩效自评表 modelled
// on it): 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over the rows 年度资金总额 / 其中：当年财政拨款 /
// 上年结转资金 / 其他资金. Found by its column words; rows by their labels, left of the figures.
import { cellAddress } from "../grid";
import { memoizeText } from "../memo";
import { RecognitionNote } from "../rule";
import { cellText, figureAt, isAnchor, labelAt, SheetReader } from "./cells";
import { COLUMN_LETTERS } from "./indicators";
import { PerfFundRow } from "./types";

type FundColumn = "yearStart" | "budget" | "spent" | "points" | "rate" | "score";

const FUND_WORDS: [FundColumn, RegExp][] = [
  ["yearStart", /^年初预算(数|金额)(\(万元\))?$/],
  ["budget", /^(全年|调整后)预算(数|金额)(\(万元\))?$/],
  ["spent", /^(全年|实际)执行(数|金额)(\(万元\))?$/],
  ["points", /^分值$/],
  ["rate", /^执行率$/],
  ["score", /^得分$/],
];

const FUND_NAMES: Record<FundColumn, string> = {
  yearStart: "年初预算数",
  budget: "全年预算数",
  spent: "全年执行数",
  points: "分值",
  rate: "执行率",
  score: "得分",
};

const classify = memoizeText((label: string): FundColumn | undefined => {
  const words = label.replace(COLUMN_LETTERS, "");
  return FUND_WORDS.find(([, pattern]) => pattern.test(words))?.[0];
});

/** The row whose 分值, 执行率 and 得分 count. */
const TOTAL_ROW = /资金总额|^合计$|^总计$/;

/** A label that starts the next part of the form: the block ends before it. */
const NEXT_PART = /总体目标|^年度目标$|^绩效指标$|^一级指标$|^三级指标$|^年度主要任务$|^总分$|总得分|总评价得分/;

const DASH = /^[-—–─]+$/;

interface FundBlock {
  headerRow: number;
  rows: PerfFundRow[];
}

function findHeader(sheet: SheetReader, top: number, bottom: number): { row: number; columns: Partial<Record<FundColumn, number>> } | undefined {
  for (let row = top; row <= bottom; row++) {
    const columns: Partial<Record<FundColumn, number>> = {};
    for (let col = 1; col <= sheet.colCount; col++) {
      if (!isAnchor(sheet, row, col)) continue;
      const kind = classify(labelAt(sheet, row, col));
      if (kind && columns[kind] === undefined) columns[kind] = col;
    }
    // 全年预算数 or 年初预算数 with 全年执行数: the 年度主要任务 table says 预算数 | 执行数 and is not this block.
    if ((columns.budget !== undefined || columns.yearStart !== undefined) && columns.spent !== undefined) return { row, columns };
  }
  return undefined;
}

/** The row's own label: the last label left of the figures that is not the block's label merged down beside it. */
function rowLabel(sheet: SheetReader, row: number, firstFigureCol: number): string {
  let label = "";
  for (let col = 1; col < firstFigureCol; col++) {
    const merge = sheet.mergeAt(row, col);
    if (merge && merge.top < row) continue;
    if (!isAnchor(sheet, row, col)) continue;
    const text = labelAt(sheet, row, col);
    if (text !== "") label = text;
  }
  return label;
}

/** A row that holds the label of the form's next part (年度主要任务, 年度总体目标 …) or a header word. */
function startsNextPart(sheet: SheetReader, row: number): boolean {
  for (let col = 1; col <= sheet.colCount; col++) {
    if (!isAnchor(sheet, row, col)) continue;
    const label = labelAt(sheet, row, col);
    if (label !== "" && (NEXT_PART.test(label) || classify(label) || /^(任务名称|对应项目|主要内容|预期目标)$/.test(label))) return true;
  }
  return false;
}

/** Reads the 资金 block within [top, bottom]; undefined when the sheet has none. */
export function readFunds(
  sheet: SheetReader,
  top: number,
  bottom: number,
  note: { table: "perf-unit" | "perf-project"; subject: string; notes: RecognitionNote[] }
): FundBlock | undefined {
  const header = findHeader(sheet, top, bottom);
  if (!header) return undefined;
  const { columns } = header;
  for (const column of ["budget", "spent", "points", "rate", "score"] as FundColumn[]) {
    if (columns[column] !== undefined || (column === "budget" && columns.yearStart !== undefined)) continue;
    // A 整体 sheet's block only gives the year-start budget and the year's totals: its other columns are optional.
    if (note.table === "perf-unit") continue;
    note.notes.push({
      severity: "warning",
      table: note.table,
      sheet: sheet.name,
      cell: cellAddress(header.row, 1),
      related: [],
      expected: null,
      actual: null,
      message: `${note.subject}：资金表未找到“${FUND_NAMES[column]}”列，涉及它的核对无法进行`,
    });
  }
  const firstFigureCol = Math.min(...Object.values(columns).filter((c): c is number => c !== undefined));
  // 分值, 执行率 and 得分 show "—" on the rows they do not apply to: no figure there, not a zero.
  const figure = (row: number, column: FundColumn, money: boolean) => {
    const col = columns[column];
    if (col === undefined) return undefined;
    if (!money && DASH.test(cellText(sheet.cell(row, col)).trim())) return undefined;
    return figureAt(sheet, row, col, { money, perRow: true });
  };

  const rows: PerfFundRow[] = [];
  for (let row = header.row + 1; row <= bottom; row++) {
    if (startsNextPart(sheet, row)) break;
    const label = rowLabel(sheet, row, firstFigureCol);
    const fund: PerfFundRow = {
      row,
      label,
      total: false,
      yearStart: figure(row, "yearStart", true),
      budget: figure(row, "budget", true),
      spent: figure(row, "spent", true),
      points: figure(row, "points", false),
      rate: figure(row, "rate", false),
      score: figure(row, "score", false),
    };
    const cells = [fund.yearStart, fund.budget, fund.spent, fund.points, fund.rate, fund.score];
    if (label === "" && cells.every((c) => !c || c.state === "blank")) break;
    rows.push(fund);
  }
  const total = rows.find((r) => TOTAL_ROW.test(r.label)) ?? rows[0];
  if (total) total.total = true;
  return { headerRow: header.row, rows };
}
