// The cross-year rules: they run only when last year's (or the budget) workbook is given. The year-on-year
// sentences of the narrative are checked by the narrative rules, against the 上年决算数 the workbook supplies.
import { Rule } from "../../rule";
import { previousNewItem } from "./new-item";
import { previousReferenceDiffers } from "./reference-differs";
import { previousT01CarryIn } from "./t01-carry-in";
import { previousT04CarryIn } from "./t04-carry-in";
import { previousT08CarryIn } from "./t08-carry-in";
import { previousWorkbookFit } from "./workbook-fit";

export const PREVIOUS_RULES: Rule[] = [
  previousWorkbookFit,
  previousT01CarryIn,
  previousT04CarryIn,
  previousT08CarryIn,
  previousReferenceDiffers,
  previousNewItem,
];
