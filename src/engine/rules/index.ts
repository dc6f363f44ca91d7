// Every rule the engine runs, in report order. Each area keeps its own list.
import { Rule } from "../rule";
import { invalidFigure } from "./common/invalid-figure";
import { missingTable } from "./common/missing-table";
import { NARRATIVE_RULES } from "./narrative";
import { PERF_RULES } from "./perf";
import { PREVIOUS_RULES } from "./previous";
import { PUBLIC_RULES } from "./public";
import { REPORT_RULES } from "./report";

export const ALL_RULES: Rule[] = [
  missingTable,
  invalidFigure,
  ...PUBLIC_RULES,
  ...PERF_RULES,
  ...NARRATIVE_RULES,
  ...PREVIOUS_RULES,
  ...REPORT_RULES,
];
