// How a 公开 table says it has no figures. Shanghai's note: “说明：本单位本年度没有政府性基金预算财政拨款收入和支出，
// 故本表无数据。”; 辽宁's, printed under every table whatever it holds: “如本表为空，则我部门本年度无此类资金收支余。”
// The template's instruction (“无…的，仍保留该表格式，并在本表下方作下述说明”) is not a note: it is left-over template text.
import { withoutSpaces } from "./text";

/** The template's instruction to write the note; a table that keeps only this has not written it. */
const NOTE_INSTRUCTION = /仍保留该表格式|作下述说明/;

/** A note that the table may be, or is, without figures. */
const NONE_NOTE =
  /本表(?:无数据|为空|数据为空|为空表|无内容)|故本表|无此类资金|本(?:单位|部门)[^。；]{0,40}(?:没有|无)[^。；]{0,40}(?:收入|支出|经费|资金)/;

/** Says outright that the table holds nothing (“故本表无数据”), not only what an empty table would mean (“如本表为空，则…”). */
// Not “本表无数据的栏次以“-”表示”: that speaks of some cells, not of the whole table.
const STATES_NONE = /本表(?:无数据|为空|数据为空|为空表|无内容)(?![的项栏行列])/;
const CONDITIONAL = /如|若|如果|假如|倘若/;

function sentences(text: string): string[] {
  return withoutSpaces(text).split(/[。；;\n]/).filter((s) => s !== "");
}

/** Whether a text cell carries a note that the table has no figures (of either kind). */
export function isNoneNote(text: string): boolean {
  if (!/本表|无|没有/.test(text)) return false;
  return sentences(text).some((s) => !NOTE_INSTRUCTION.test(s) && NONE_NOTE.test(s));
}

/** The sentence of a text cell that says outright that the table has no figures, if any. */
export function statesNone(text: string): string | undefined {
  if (!/本表/.test(text)) return undefined;
  return sentences(text).find((s) => {
    const at = s.search(STATES_NONE);
    return at >= 0 && !NOTE_INSTRUCTION.test(s) && !CONDITIONAL.test(s.slice(0, at));
  });
}
