// A punctuation mark typed twice (“。。”, “，，”) slips into a published text when sentences are pasted together.
// Three or more in a row are an ellipsis written with the wrong mark, not a slip; “……” is the ellipsis itself.
import { Rule, RuleContext } from "../../rule";
import { excerpt, reportAtText, reportTexts } from "./text";

const DOUBLED = /([。，、；：？！])\1+/g;
/** The same, once, to pass over at once the cells without any. */
const ANY_DOUBLED = /([。，、；：？！])\1/;

function check(context: RuleContext): void {
  for (const at of reportTexts(context.tables)) {
    if (!ANY_DOUBLED.test(at.text)) continue;
    const found = [...at.text.matchAll(DOUBLED)].filter((m) => m[0].length === 2);
    if (found.length === 0) continue;
    reportAtText(context, at, {
      severity: "warning",
      expected: null,
      actual: found.map((m) => m[0]).join("、"),
      messageId: "doubled",
      data: { places: found.map((m) => `“${excerpt(at.text, m.index!, m.index! + 2)}”`).join("；") },
    });
  }
}

export const doubledPunctuation: Rule = {
  meta: {
    id: "report/doubled-punctuation",
    severity: "warning",
    title: "标点重复",
    titleEn: "Punctuation mark typed twice",
    docs: "正文与表注中连续出现两个相同的标点（“。。”“，，”“、、”等）。省略号“……”及三个以上的连续标点不在此列。",
    // {{places}}: each doubled mark where it stands, “…原因。。…”；….
    messages: { doubled: "标点重复：{{places}}" },
  },
  check,
};
