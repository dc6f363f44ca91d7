// ─── HOOK: the 情况说明 draft ───────────────────────────────────────────────────────────────────────────────────────
// The one place the pane asks the narrative engine (src/engine/narrative) for its draft: `draftNarrative(tables)`,
// one string per paragraph. Everything downstream (the worker, the 情况说明草稿 panel and its 复制 button) takes
// string[] | null, so a change of the narrative engine's entry point is a change here only.
import { WorkbookGrid } from "../../engine/grid";
import { draftNarrative } from "../../engine/narrative";
import { recognizeWorkbook } from "../../engine/recognize";
import { ReferenceInputs } from "../../engine/reference/types";

/** The draft paragraphs of 情况说明 for the workbook; null when none can be written (the check goes on without it). */
export function narrativeDraft(grid: WorkbookGrid, inputs?: ReferenceInputs): string[] | null {
  try {
    // With last year's and the budget workbook, the draft states 与上年相比 and 完成年初预算 instead of XX.
    const paragraphs = draftNarrative(recognizeWorkbook(grid, inputs));
    return paragraphs.length > 0 ? paragraphs : null;
  } catch {
    return null;
  }
}
