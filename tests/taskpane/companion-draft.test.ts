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
