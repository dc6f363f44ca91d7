// Last year's workbook must be of the checked year − 1 and the same department, the budget workbook of the same
// year and department: otherwise one 提示 says so, and none of its figures is used (no year-on-year finding). What
// the tables do not state (no 年度 line) is said as 信息; a budget workbook without any table Juesuan reads, too.
import { Finding } from "../../finding";
import { Fit } from "../../reference/types";
import { Rule, RuleContext } from "../../rule";

function at(context: RuleContext): Pick<Finding, "sheet" | "cell"> {
  const first = context.tables.all[0];
  return { sheet: first?.sheet ?? "", cell: first?.range.split(":")[0] ?? "A1" };
}

function reportFit(context: RuleContext, fit: Fit | undefined): void {
  if (!fit?.problem) return;
  context.report({ ...at(context), severity: fit.usable ? "info" : "warning", related: [], expected: null, actual: null, message: fit.problem });
}

export const previousWorkbookFit: Rule = {
  meta: {
    id: "previous/workbook-fit",
    severity: "warning",
    title: "上年决算工作簿或本年预算工作簿与本工作簿不对应",
    titleEn: "Previous-year or budget workbook does not match",
    docs: "上年决算工作簿的年度应为本年度减 1、本年预算工作簿的年度应为本年度，部门均应相同；不对应时不用其数字，也不作与上年相比的核对。",
  },
  check(context) {
    const crossYear = context.tables.crossYear;
    if (!crossYear) return;
    reportFit(context, crossYear.previousFit);
    reportFit(context, crossYear.budgetFit);
    if (crossYear.budget) {
      // Said at this workbook's first table, naming the budget workbook's cell: findings stay on sheets the pane can show.
      for (const note of crossYear.budget.notes) {
        context.report({ ...at(context), severity: "info", related: [`本年预算:${note.sheet}!${note.cell}`], expected: null, actual: null, message: note.message });
      }
    }
  },
};
