// Template text left in the published report: the template's instructions to whoever fills it in (“无…的，仍保留该表
// 格式，并在本表下方作下述说明”) and its alternatives (“增加（减少）”, “增长/下降”) of which only one should stay. The
// 情况说明's alternatives next to a figure are narrative/template-phrase's; a narrative cell it reports on is not
// reported here again.
import { narrativeClaims } from "../../narrative/analyze";
import { Rule, RuleContext } from "../../rule";
import { excerpt, reportAtText, reportTexts } from "./text";

const INSTRUCTIONS =
  /[^。：:\n]*(?:仍保留该表格式|作下述说明|(?:请|需)(?:根据|按照?)实际情况(?:填写|填列|选择|删除)|如无[^。]{0,20}请删除)[^。\n]*[。：:]?/g;
const WORDS = "增加|减少|增长|下降|上升|降低|大于|小于|高于|低于|超过|节约|节支|超支";
const ALTERNATIVE = new RegExp(`(${WORDS})\\s*(?:[（(]\\s*(${WORDS})\\s*[)）]|[/／]\\s*(${WORDS}))`, "g");

/** One quick test for any of the patterns: an instruction's key words, or a bracket or slash after a direction word. */
const ANY = new RegExp(`仍保留|作下述|实际情况|删除|(?:${WORDS})\\s*[（(/／]`);

function check(context: RuleContext): void {
  const leftovers = () =>
    new Set(
      narrativeClaims(context.tables)
        .filter((c) => c.kind === "leftover")
        .map((c) => `${c.paragraph.cell.sheet}!${c.paragraph.cell.address}`)
    );
  let leftoverCells: Set<string> | undefined;
  for (const at of reportTexts(context.tables)) {
    if (!ANY.test(at.text)) continue;
    for (const m of at.text.matchAll(INSTRUCTIONS)) {
      const sentence = m[0].trim();
      reportAtText(context, at, {
        severity: "warning",
        expected: null,
        actual: sentence,
        messageId: "instruction",
        data: { sentence },
      });
    }
    leftoverCells ??= leftovers();
    if (leftoverCells.has(`${at.sheet}!${at.address}`)) continue;
    for (const m of at.text.matchAll(ALTERNATIVE)) {
      const second = m[2] ?? m[3];
      if (second === m[1]) continue;
      reportAtText(context, at, {
        severity: "warning",
        expected: null,
        actual: m[0],
        messageId: "alternative",
        data: { quote: excerpt(at.text, m.index!, m.index! + m[0].length), words: m[0] },
      });
    }
  }
}

export const reportTemplateText: Rule = {
  meta: {
    id: "report/template-text",
    severity: "warning",
    title: "残留模板说明或备选用语",
    titleEn: "Template instruction or alternative left in the report",
    docs: "表中残留的模板填写说明（“无…的，仍保留该表格式，并在本表下方作下述说明”等）和备选用语（“增加（减少）”“增长/下降”）应删去或保留其一（情况说明数字旁的备选用语由“情况说明残留模板用语”报告）。",
    messages: {
      instruction: "残留模板填写说明“{{sentence}}”，公开时应删去（只保留按说明写出的内容）",
      alternative: "“{{quote}}”保留了模板中的备选用语“{{words}}”，请按实际情况保留其一",
    },
  },
  check,
};
