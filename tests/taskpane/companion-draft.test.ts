// The pane's 情况说明草稿 with last year's and the budget workbook: the figures they give instead of XX.
import { referenceInputsOf } from "../../src/engine/reference/inputs";
import { narrativeDraft } from "../../src/taskpane/engine/narrative-hook";
import { readWorkbookFile } from "../../src/xlsx/node";
import { SAMPLE_PATH } from "../fixtures/build-sample";
import { BUDGET_PATH, PREVIOUS_PATH } from "../fixtures/previous/build-previous";
import { NARRATIVE } from "../fixtures/sample-data";

jest.setTimeout(30_000);

it("drafts the sample's 与上年相比 sentence once last year's workbook is read", async () => {
  const grid = await readWorkbookFile(SAMPLE_PATH);
  const sentence = NARRATIVE.find((p) => p.startsWith("与上年相比，今年收入总计"))!.split("，主要原因")[0];
  expect(narrativeDraft(grid)!.join("\n")).not.toContain(sentence);
  const inputs = referenceInputsOf({ previous: await readWorkbookFile(PREVIOUS_PATH), budget: await readWorkbookFile(BUDGET_PATH) });
  expect(narrativeDraft(grid, inputs)!.join("\n")).toContain(sentence);
});

it("gives the 参考数据 rows for Excel's 添加参考数据表, filled from the companion the pane read", async () => {
  const fs = await import("fs");
  const core = await import("../../src/taskpane/engine/core");
  const { recognizeWorkbook } = await import("../../src/engine/recognize");
  const { findRow } = await import("../../src/engine/tables");
  const grid = await readWorkbookFile(SAMPLE_PATH);
  const blank = await core.referenceRows(grid);
  expect(blank.find((r) => r.item === "收入总计")).toEqual({ item: "收入总计", values: {}, needed: ["上年决算数"] });
  expect(await core.openCompanion("previous", fs.readFileSync(PREVIOUS_PATH), "2023决算.xlsx")).toContain("已读取上年决算工作簿");
  const previous = recognizeWorkbook(await readWorkbookFile(PREVIOUS_PATH));
  const grand = findRow(previous.public["01"]!, "in.grand")!.cells.amount!.amount!.value.toFixed(2);
  expect((await core.referenceRows(grid)).find((r) => r.item === "收入总计")?.values).toEqual({ 上年决算数: grand });
});
