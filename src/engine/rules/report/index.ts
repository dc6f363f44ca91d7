// The checks a reviewing 财政局 makes of the whole report, beyond the arithmetic of each table and sentence: empty
// tables carry their note, the year is the report's, no template text is left, no slip of the pen.
import { Rule } from "../../rule";
import { doubledPunctuation } from "./doubled-punctuation";
import { emptyTableContradiction } from "./empty-table-contradiction";
import { emptyTableNote } from "./empty-table-note";
import { reportPlaceholder } from "./placeholder";
import { repeatedWord } from "./repeated-word";
import { smeShare } from "./sme-share";
import { statedSum } from "./stated-sum";
import { budgetWording } from "./budget-wording";
import { reportTemplateText } from "./template-text";
import { reportYearRule } from "./year";

export const REPORT_RULES: Rule[] = [
  emptyTableNote,
  emptyTableContradiction,
  reportYearRule,
  reportPlaceholder,
  reportTemplateText,
  doubledPunctuation,
  repeatedWord,
  budgetWording,
  statedSum,
  smeShare,
];
