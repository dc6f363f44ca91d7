// Placeholders a template leaves for names and marks (“上海市普陀区XX局”, “××”, “□”, “（单位名称）”) in titles,
// headings and table notes: a published report must not carry them. The 情况说明's placeholders for figures are
// narrative/placeholder's (it offers the figure); a narrative cell it reports on is not reported here again.
import { narrativeClaims } from "../../narrative/analyze";
import { placeholderFills } from "../../narrative/fill";
import { Rule, RuleContext } from "../../rule";
import { excerpt, reportAtText, reportTexts } from "./text";

/** XX / ×× standing for a name or a figure: not part of a Latin word (“XXL”); lower-case xx is left to addresses and URLs. */
const MARKS = /(?<![A-Za-z])(?:[XＸ]{2,}|×{2,})(?![A-Za-z])/g;
/** A box left for a choice or a name; 绩效 forms use boxes as check boxes, so they are not read there. */
const BOX = /□/g;
const NAME_SLOT = /[（(](?:单位|部门|预算单位|主管部门|单位全称|项目)名称[)）]/g;

/** One quick test for any of the patterns, so that most cells are passed over at once. */
const ANY = /[XＸ×]{2}|□|名称[)）]/;

function check(context: RuleContext): void {
  let narrativeCells: Set<string> | undefined;
  for (const at of reportTexts(context.tables)) {
    if (!ANY.test(at.text)) continue;
    narrativeCells ??= new Set(placeholderFills(narrativeClaims(context.tables)).map((f) => `${f.cell.sheet}!${f.cell.address}`));
    if (narrativeCells.has(`${at.sheet}!${at.address}`)) continue;
    const patterns = at.table?.startsWith("perf") ? [MARKS, NAME_SLOT] : [MARKS, BOX, NAME_SLOT];
    const found = patterns.flatMap((pattern) => [...at.text.matchAll(pattern)]).sort((a, b) => a.index! - b.index!);
    if (found.length === 0) continue;
    const quotes = found.map((m) => `“${excerpt(at.text, m.index!, m.index! + m[0].length)}”`);
    reportAtText(context, at, {
      severity: "warning",
      expected: null,
      actual: found.map((m) => m[0]).join("、"),
      messageId: "placeholder",
      data: { marks: found.map((m) => m[0]).join("、"), quotes: quotes.join("；") },
    });
  }
}

export const reportPlaceholder: Rule = {
  meta: {
    id: "report/placeholder",
    severity: "warning",
    title: "标题、表注等处残留占位符",
    titleEn: "Placeholder left in a title, heading or note",
    docs: "表标题、各级标题、表下注释等处残留的 XX、××、□、“（单位名称）”等模板占位符（情况说明中待填的数字由“情况说明占位符可填写”报告）。",
    // {{marks}}: the placeholders (“XX、□”); {{quotes}}: each where it stands (“…普陀区XX局…”；…).
    messages: { placeholder: "残留模板占位符 {{marks}}：{{quotes}}，请填写实际内容" },
  },
  check,
};
