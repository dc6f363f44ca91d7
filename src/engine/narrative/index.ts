// The narrative (情况说明): recognising it and the 参考数据 sheet, reading its sentences into claims, filling its
// placeholders, drafting it from the tables, and listing what 参考数据 should hold.
export * from "./types";
export { recognizeNarrative, narrativeFromSheet, isNarrativeSheet } from "./recognize";
export { recognizeReference, referenceFromSheet, REFERENCE_SHEET_NAME } from "./reference";
export { narrativeClaims, readNarrative } from "./analyze";
export { draftNarrative } from "./draft";
export { referenceTemplateRows } from "./reference-template";
export type { ReferenceTemplateRow } from "./reference-template";
export { placeholderFills, filledText } from "./fill";
export { fillsPlaceholders } from "./fill";
