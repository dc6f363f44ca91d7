// The copy issue 13 describes, built from 社会工作部's fixture: a 公开 table left out, last year's year left in the
// “截至…年12月31日” line, a placeholder left in the title, a doubled word and mark in the text. Each is found, by its
// rule, at its cell; the original gives none of them.
import { checkWorkbook } from "../../../../src/engine";
import { findText, realGrid, withText, withoutSheet } from "./real";

describe("a real report with a reviewer's problems put in", () => {
  it("finds every problem put into 社会工作部's report", async () => {
    const original = await realGrid("2024-putuo-shehuigongzuobu");
    const title = findText(original, /年度部门决算表/);
    const until = findText(original, /截至\s*2024\s*年/);
    const change = findText(original, /与\s*2023\s*年度相比[^。]*增加/);
    const department = /^(.+?)\s*\d{4}/.exec(title.text)![1];
    let copy = withoutSheet(original, /三公/);
    copy = withText(copy, title, (t) => t.replace(department, "上海市普陀区XX局"));
    copy = withText(copy, until, (t) => t.replace(/截至\s*2024/, "截至 2023"));
    copy = withText(copy, change, (t) => t.replace("增加", "增加增加").replace("。", "。。"));
    const found = (rule: string) => checkWorkbook(copy).findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell}`);
    expect(found("table/missing")).toEqual([`${title.sheet}!A1`]);
    const missing = checkWorkbook(copy).findings.find((f) => f.rule === "table/missing");
    expect([missing?.messageId, missing?.table]).toEqual(["missing", "07"]);
    expect(missing?.message).toContain("财政拨款“三公”经费支出决算表（公开07表）");
    expect(found("report/placeholder")).toEqual([`${title.sheet}!${title.address}`]);
    expect(found("report/year")).toEqual([`${until.sheet}!${until.address}`]);
    expect(found("report/repeated-word")).toEqual([`${change.sheet}!${change.address}`]);
    expect(found("report/doubled-punctuation")).toEqual([`${change.sheet}!${change.address}`]);
  });
});
