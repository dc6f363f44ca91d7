// Last year's workbook must be of the checked year − 1 and the same department, the budget workbook of the same
// year and department: otherwise one 提示 says so, and none of its figures is used (no year-on-year finding). What
// the tables do not state (no 年度 line) is said as 信息; a budget workbook without any table Juesuan reads, too.
import { Finding } from "../../finding";
import { Fit, FitProblem } from "../../reference/types";
import { Rule, RuleContext } from "../../rule";

function at(context: RuleContext): Pick<Finding, "sheet" | "cell"> {
  const first = context.tables.all[0];
  return { sheet: first?.sheet ?? "", cell: first?.range.split(":")[0] ?? "A1" };
}

/** What reference/index.ts found wrong with a companion ({{what}}: “上年决算工作簿“名称””), one message per problem. */
const FIT_MESSAGES: Record<FitProblem["id"], string> = {
  wrongYear: "{{what}}的年度为 {{year}} 年，应为 {{wantYear}} 年，未用于核对",
  wrongDepartment: "{{what}}的部门为“{{department}}”，与本工作簿的“{{ownDepartment}}”不同，未用于核对",
  unconfirmed: "无法确认{{what}}的{{unknown}}（表中未注明），按{{whose}}同一部门的数字使用",
  previousWithoutTables: "{{what}}中没有可识别的公开表，未用于核对",
  budgetWithoutTables: "{{what}}中没有可识别的预算表（财政拨款收支预算总表、一般公共预算支出预算表、“三公”经费支出预算表），未用于核对",
  otherUnit: "{{what}}的金额单位为{{unit}}，本工作簿为{{ownUnit}}，未用于核对",
};

function reportFit(context: RuleContext, fit: Fit | undefined): void {
  if (!fit?.problem) return;
  const { id, data } = fit.problem;
  context.report({ ...at(context), severity: fit.usable ? "info" : "warning", related: [], expected: null, actual: null, messageId: id, data });
}

export const previousWorkbookFit: Rule = {
  meta: {
    id: "previous/workbook-fit",
    severity: "warning",
    title: "上年决算工作簿或本年预算工作簿与本工作簿不对应",
    titleEn: "Previous-year or budget workbook does not match",
    docs: "上年决算工作簿的年度应为本年度减 1、本年预算工作簿的年度应为本年度，部门均应相同；不对应时不用其数字，也不作与上年相比的核对。",
    messages: {
      ...FIT_MESSAGES,
      // What the budget workbook's recogniser could not read, in its own words (it names the budget table and cell).
      budgetNote: "{{note}}",
    },
  },
  check(context) {
    const crossYear = context.tables.crossYear;
    if (!crossYear) return;
    reportFit(context, crossYear.previousFit);
    reportFit(context, crossYear.budgetFit);
    if (crossYear.budget) {
      // Said at this workbook's first table, naming the budget workbook's cell: findings stay on sheets the pane can show.
      for (const note of crossYear.budget.notes) {
        context.report({ ...at(context), severity: "info", related: [`本年预算:${note.sheet}!${note.cell}`], expected: null, actual: null, messageId: "budgetNote", data: { note: note.message } });
      }
    }
  },
};
