// The narrative (情况说明) rules, in report order: wrong figures first, then wording, plausibility, notes.
import { Rule } from "../../rule";
import { narrativeAmount } from "./amount";
import { narrativeBudgetRate } from "./budget-rate";
import { narrativeChangeRate } from "./change-rate";
import { narrativeCount } from "./count";
import { narrativeDirection } from "./direction";
import { narrativeMissingUnit } from "./missing-unit";
import { narrativeNoSpending } from "./no-spending";
import { narrativePlaceholder } from "./placeholder";
import { narrativeReferenceFigure } from "./reference-figure";
import { narrativeShare } from "./share";
import { narrativeTemplatePhrase } from "./template-phrase";
import { narrativeUnverifiable } from "./unverifiable";
import { narrativeZeroBase } from "./zero-base";

export const NARRATIVE_RULES: Rule[] = [
  narrativeAmount,
  narrativeShare,
  narrativeBudgetRate,
  narrativeChangeRate,
  narrativeDirection,
  narrativeNoSpending,
  narrativeZeroBase,
  narrativeCount,
  narrativeTemplatePhrase,
  narrativeMissingUnit,
  narrativeReferenceFigure,
  narrativeUnverifiable,
  narrativePlaceholder,
];
