// A word written twice (“增加增加”, “其中其中”) when a sentence is edited. Chinese repeats characters in real words
// (常常, 人人, 在职职工, 地表水水质), so only the report template's own words of two or more characters are read, and
// only when the same word follows itself.
import { memoizeText } from "../../memo";
import { Rule, RuleContext } from "../../rule";
import { excerpt, reportAtText, reportTexts } from "./text";

/** The template's words, longest first so that “主要原因主要原因” is read as one word written twice. */
const TEMPLATE_WORDS = [
  "一般公共预算",
  "财政拨款",
  "主要原因",
  "主要用于",
  "基本支出",
  "项目支出",
  "人员经费",
  "公用经费",
  "政府采购",
  "本部门",
  "比上年",
  "增加",
  "减少",
  "增长",
  "下降",
  "降低",
  "上升",
  "持平",
  "主要",
  "原因",
  "其中",
  "合计",
  "总计",
  "万元",
  "收入",
  "决算",
  "预算",
  "年度",
  "本年",
  "上年",
  "部门",
  "单位",
  "情况",
  "说明",
  "相比",
  "完成",
  "用于",
];

/** Two to six Chinese characters written twice (the longest template word has six): other cells are passed over at once. */
const ANY_PAIR_TWICE = /([\u4e00-\u9fa5]{2,6})\1/;

/** Each word written twice, as the text without spaces shows it (“增加 增加” too). */
const DOUBLED_WORDS = TEMPLATE_WORDS.map((word) => ({ word, twice: word + word }));

const NONE: readonly { word: string; index: number }[] = [];

/**
 * The template words a text writes twice, in text order. Kept per text: the same titles, headers and notes stand
 * on every department's sheets, and the back-reference search is the dearest step of this rule.
 */
const doubledWordsIn = memoizeText((plain: string): readonly { word: string; index: number }[] => {
  if (plain.length < 4 || !ANY_PAIR_TWICE.test(plain)) return NONE;
  // includes() per word, not one regex with a back-reference: every text cell of the report comes through here.
  const found: { word: string; index: number }[] = [];
  for (const { word, twice } of DOUBLED_WORDS) {
    const index = plain.indexOf(twice);
    // A longer word already found there (主要原因主要原因) is not also 主要主要… .
    if (index >= 0 && !found.some((f) => index < f.index + f.word.length * 2 && f.index < index + twice.length)) found.push({ word, index });
  }
  return found.length === 0 ? NONE : found.sort((a, b) => a.index - b.index);
});

function check(context: RuleContext): void {
  for (const at of reportTexts(context.tables)) {
    const found = doubledWordsIn(at.plain);
    if (found.length === 0) continue;
    reportAtText(context, at, {
      severity: "warning",
      expected: found.map((f) => f.word).join("、"),
      actual: found.map((f) => f.word + f.word).join("、"),
      messageId: "repeated",
      data: { places: found.map((f) => `“${excerpt(at.plain, f.index, f.index + f.word.length * 2)}”中“${f.word}”写了两遍`).join("；") },
    });
  }
}

export const repeatedWord: Rule = {
  meta: {
    id: "report/repeated-word",
    severity: "warning",
    title: "词语重复",
    titleEn: "Word written twice",
    docs: "模板常用词（增加、减少、其中、主要原因、财政拨款等两字以上的词）连写两遍，如“增加增加”。叠字词（常常、人人）和“在职职工”一类不在此列。",
    // {{places}}: each word where it stands, “…比上年增加增加…”中“增加”写了两遍；….
    messages: { repeated: "词语重复：{{places}}" },
  },
  check,
};
