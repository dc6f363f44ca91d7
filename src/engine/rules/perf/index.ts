// The rules of the performance self-evaluation sheets (domain.md §5), in report order: the figures a score is
// built on first, then the scores, the totals, and the plausibility checks against the task table.
import { Rule } from "../../rule";
import { adjustmentIndicator } from "./adjustment-indicator";
import { completion } from "./completion";
import { executionIndicator } from "./execution-indicator";
import { executionRate } from "./execution-rate";
import { executionRateScore } from "./execution-rate-score";
import { indicatorScore } from "./indicator-score";
import { pointsTotal } from "./points-total";
import { subtotal } from "./subtotal";
import { taskScore } from "./task-score";
import { taskTotal } from "./task-total";
import { totalScore } from "./total-score";
import { unitTotalScore } from "./unit-total-score";

export const PERF_RULES: Rule[] = [
  executionRate,
  completion,
  taskScore,
  taskTotal,
  indicatorScore,
  executionRateScore,
  pointsTotal,
  subtotal,
  totalScore,
  unitTotalScore,
  executionIndicator,
  adjustmentIndicator,
];
