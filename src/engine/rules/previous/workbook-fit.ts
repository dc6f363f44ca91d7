// Last year's workbook must be of the checked year − 1 and the same department, the budget workbook of the same
// year and department: otherwise one 提示 says so, and none of its figures is used (no year-on-year finding). What
// the tables do not state (no 年度 line) is said as 信息; a budget workbook without any table Juesuan reads, too.
import { Finding } from "../../finding";
import { hasBudgetTables } from "../../recognize/budget";
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
    const { previous, budget } = crossYear.inputs;
    if (previous && Object.keys(previous.tables.public).length === 0) {
      context.report({ ...at(context), severity: "warning", related: [], expected: null, actual: null, message: `上年决算工作簿“${previous.name}”中没有可识别的公开表，未用于核对` });
    } else reportFit(context, crossYear.previousFit);
    if (budget && !hasBudgetTables(budget.tables)) {
      context.report({
        ...at(context),
        severity: "warning",
        related: [],
        expected: null,
        actual: null,
        message: `本年预算工作簿“${budget.name}”中没有可识别的预算表（财政拨款收支预算总表、一般公共预算支出预算表、“三公”经费支出预算表），未用于核对`,
      });
    } else {
      reportFit(context, crossYear.budgetFit);
      // Said at this workbook's first table, naming the budget workbook's cell: findings stay on sheets the pane can show.
      for (const note of budget?.tables.notes ?? []) {
        context.report({ ...at(context), severity: "info", related: [`本年预算:${note.sheet}!${note.cell}`], expected: null, actual: null, message: note.message });
      }
    }
  },
};
