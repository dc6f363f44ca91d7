// The report's year, and every year its text uses where only one year fits. The year is read once from the titles
// (“2024年度”, “…2024年度部门决算”); then: a title or heading must say it, “截至YYYY年12月31日” must be its last day,
// “与YYYY年度相比” must name the year before, and the template's own sentences (“…YYYY年度收入支出总计”,
// “编报绩效目标的YYYY年度项目”) must say it. Years in names of plans and documents (“2023—2025年行动计划”,
// 《…》) are not read: they are not the report's.
import { Rule, RuleContext, WorkbookTables } from "../../rule";
import { ReportText, excerpt, reportAtText, reportTexts } from "./text";

/** A title's year: a cell that is only the year (“2024年度”, the sample's “2024年年度”), or “…2024年度部门决算…”. */
const YEAR_LINE = /^(?:[（(])?((?:19|20)\d{2})年(?:年)?度(?:[）)])?$/;
const TITLE_YEAR = /((?:19|20)\d{2})年(?:年)?度?部门决算/g;
const UNTIL = /截[至止]((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/g;
/** “与2023年度相比”, “比2023年度增加”, “与2024年持平”: the year compared with. */
const COMPARED = /(?:与|比|较|同)((?:19|20)\d{2})年度?(?=相比|比较|持平|增加|减少|增长|下降|上升|降低|同期|[，,])/g;
/**
 * The template's sentences about the report year itself (“…2024年度收入支出总计”, “2024年机关运行经费支出”,
 * “编报绩效目标的2024年度项目”). “本部门” only after 年度: “2019年本部门成立” tells the unit's history.
 */
const OWN_YEAR =
  /((?:19|20)\d{2})年度?(?=收入支出总计|财政拨款收入支出总计|无(?:政府性基金|国有资本经营|“三公”|"三公"|三公)|政府采购|预算绩效管理|“三公”经费|"三公"经费|机关运行经费|因公出国|公务接待|参加出国|国内公务接待)|((?:19|20)\d{2})年度(?=本部门)|的((?:19|20)\d{2})年度项目/g;

/** Where a year was found that is not the one expected: a key of YEAR_MESSAGES, which says why. */
type YearPlace = "titleYear" | "comparedYear" | "ownYear" | "untilYear" | "untilDay";

interface YearUse {
  at: ReportText;
  text: string;
  start: number;
  end: number;
  year: number;
  expected: number;
  place: YearPlace;
  /** For a date: the whole date expected (“截至2024年12月31日”), reported instead of the year alone. */
  expectedText?: string;
}

/**
 * {{quote}}: the words around the year; {{shown}}: the year (or date) as written; {{year}} the year found,
 * {{reportYear}} the report's. A date is reported whole, a year alone otherwise.
 */
const YEAR_FOUND = "“{{quote}}”中的年份为 {{year}}（{{shown}}），报告年度为 {{reportYear}}：";
const DATE_FOUND = "“{{quote}}”写作“{{shown}}”，报告年度为 {{reportYear}}：";
const YEAR_MESSAGES: Record<YearPlace, string> = {
  titleYear: `${YEAR_FOUND}标题的年度`,
  comparedYear: `${YEAR_FOUND}与上年相比应为上一年度（{{previousYear}}年）`,
  ownYear: `${YEAR_FOUND}此处应为报告年度`,
  untilYear: `${DATE_FOUND}“截至”应为报告年度末（{{reportYear}}年12月31日）`,
  untilDay: `${DATE_FOUND}应为报告年度末（{{reportYear}}年12月31日）`,
};

/** Spans of the text that are not the report's years: names of documents (《…》) and ranges of years (“2023—2025年”). */
function nameSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/《[^》]*》|(?:19|20)\d{2}年?[—–\-~～至到](?:19|20)\d{2}年?/g)) spans.push([m.index!, m.index! + m[0].length]);
  return spans;
}

function inSpans(spans: [number, number][], start: number, end: number): boolean {
  return spans.some(([s, e]) => start < e && end > s);
}

/**
 * The report's year: the one the places where only it fits say most often (titles, “截至…年12月31日”, the template's
 * own sentences, and the year after the one compared with), the latest on a tie; undefined when none says one. A
 * Shanghai report prints its year in one title only, so a wrong title is outvoted by the text, not taken for the year.
 */
export function reportYear(tables: WorkbookTables): number | undefined {
  const counts = new Map<number, number>();
  const vote = (year: number) => counts.set(year, (counts.get(year) ?? 0) + 1);
  for (const at of withYears(tables)) {
    const text = at.plain;
    const names = nameSpans(text);
    const line = YEAR_LINE.exec(text);
    if (line) vote(Number(line[1]));
    const outside = (m: RegExpMatchArray) => !inSpans(names, m.index!, m.index! + m[0].length);
    for (const m of text.matchAll(TITLE_YEAR)) if (outside(m)) vote(Number(m[1]));
    for (const m of text.matchAll(UNTIL)) if (outside(m)) vote(Number(m[1]));
    for (const m of text.matchAll(COMPARED)) if (outside(m)) vote(Number(m[1]) + 1);
    for (const m of text.matchAll(OWN_YEAR)) if (outside(m)) vote(Number(m[1] ?? m[2] ?? m[3]));
  }
  let best: number | undefined;
  for (const [year, count] of counts) {
    if (best === undefined || count > counts.get(best)! || (count === counts.get(best)! && year > best)) best = year;
  }
  return best;
}

/** The text cells that hold a year at all: most cells (names, headers) do not, and are not read further. */
function withYears(tables: WorkbookTables): ReportText[] {
  return reportTexts(tables).filter((at) => HAS_YEAR.test(at.plain));
}

const HAS_YEAR = /(?:19|20)\d{2}年/;

function usesOf(at: ReportText, year: number): YearUse[] {
  const text = at.plain;
  const names = nameSpans(text);
  const uses: YearUse[] = [];
  const taken: [number, number][] = [];
  const add = (start: number, end: number, found: number, expected: number, place: YearPlace) => {
    taken.push([start, end]);
    if (found !== expected && !inSpans(names, start, end)) uses.push({ at, text, start, end, year: found, expected, place });
  };
  const line = YEAR_LINE.exec(text);
  if (line) add(0, text.length, Number(line[1]), year, "titleYear");
  for (const m of text.matchAll(TITLE_YEAR)) add(m.index!, m.index! + m[0].length, Number(m[1]), year, "titleYear");
  for (const m of text.matchAll(UNTIL)) {
    const start = m.index!;
    const end = start + m[0].length;
    taken.push([start, end]);
    const lastDay = Number(m[2]) === 12 && Number(m[3]) === 31;
    if ((Number(m[1]) !== year || !lastDay) && !inSpans(names, start, end)) {
      const place = Number(m[1]) === year ? "untilDay" : "untilYear";
      uses.push({ at, text, start, end, year: Number(m[1]), expected: year, place, expectedText: `截至${year}年12月31日` });
    }
  }
  for (const m of text.matchAll(COMPARED)) add(m.index!, m.index! + m[0].length, Number(m[1]), year - 1, "comparedYear");
  for (const m of text.matchAll(OWN_YEAR)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (inSpans(taken, start, end)) continue;
    add(start, end, Number(m[1] ?? m[2] ?? m[3]), year, "ownYear");
  }
  return uses;
}

function check(context: RuleContext): void {
  const year = reportYear(context.tables);
  if (year === undefined) return;
  for (const at of withYears(context.tables)) {
    for (const use of usesOf(at, year)) {
      const quote = excerpt(use.text, use.start, use.end);
      const shown = use.text.slice(use.start, use.end);
      if (use.expectedText) {
        reportAtText(context, at, {
          severity: "warning",
          expected: use.expectedText,
          actual: shown,
          messageId: use.place,
          data: { quote, shown, reportYear: year },
        });
        continue;
      }
      reportAtText(context, at, {
        severity: "warning",
        expected: String(use.expected),
        actual: String(use.year),
        messageId: use.place,
        data: { quote, shown, year: use.year, reportYear: year, previousYear: year - 1 },
      });
    }
  }
}

export const reportYearRule: Rule = {
  meta: {
    id: "report/year",
    severity: "warning",
    title: "年份与报告年度不符",
    titleEn: "A year that is not the report's",
    docs: "报告年度取自各表标题（“2024年度”“…2024年度部门决算”）；标题须为该年度，“截至YYYY年12月31日”须为该年度末，“与YYYY年度相比”须为上一年度，模板语句（“…年度收入支出总计”等）须为该年度。规划、文件名称中的年份（“2023—2025年行动计划”、《…》）不核对。",
    messages: YEAR_MESSAGES,
  },
  check,
};
