// “授予中小企业合同金额 Y 万元，占政府采购支出总额的 P%”: P must be Y ÷ the 政府采购 total the text states (by the
// rounding model of a ratio of shown figures). The nine tables hold neither figure: the text is checked against itself.
import { Amount, formatFigure, parseFigureText, showAmount } from "../../amount";
import { checkRatio } from "../../rounding";
import { Rule, RuleContext } from "../../rule";
import { withoutSpaces } from "./text";

const NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
const TOTAL = new RegExp(`政府采购(?:支出)?(?:总额|金额)[^，。；\\d]{0,20}?为?(${NUMBER})万元`);
const SHARE = new RegExp(`授予中小企业合同金额为?(${NUMBER})万元[，,]?占政府采购(?:支出)?(?:总额|金额)的(${NUMBER})[%％]`, "g");

function amountOf(raw: string): Amount | undefined {
  const parsed = parseFigureText(raw);
  return parsed.kind === "amount" ? parsed.amount : undefined;
}

function check(context: RuleContext): void {
  const narrative = context.tables.narrative;
  if (!narrative) return;
  const cells = narrative.cells.map((cell) => ({ cell, plain: withoutSpaces(cell.text) }));
  // The total is stated once, in the share's own sentence or the one before it.
  const totalCell = cells.find((c) => TOTAL.test(c.plain));
  const total = totalCell ? amountOf(TOTAL.exec(totalCell.plain)![1]) : undefined;
  if (!total || !totalCell) return;
  for (const { cell, plain } of cells) {
    for (const m of plain.matchAll(SHARE)) {
      const granted = amountOf(m[1]);
      const share = amountOf(`${m[2]}%`);
      if (!granted || !share) continue;
      const ratio = checkRatio(share, granted, total);
      // A share of a zero total is 0 when nothing was granted, and cannot be worked out otherwise.
      if (!ratio || ratio.agreement === "exact") continue;
      const expected = formatFigure(ratio.expected, share.decimals, true);
      context.report({
        severity: ratio.agreement === "error" ? "error" : "rounding",
        table: "narrative",
        sheet: cell.sheet,
        cell: cell.address,
        related: totalCell.cell === cell ? [] : [totalCell.cell.address],
        expected,
        actual: showAmount(share),
        detail: `${showAmount(granted)} ÷ ${showAmount(total)} = ${expected}`,
        messageId: ratio.agreement === "error" ? "mismatch" : "rounding",
        data: { granted: showAmount(granted), share: showAmount(share), total: showAmount(total), expected },
      });
    }
  }
}

/** {{share}} as stated (“45.00%”), {{expected}} as {{granted}} ÷ {{total}} works out, shown to the same places. */
const STATED_SHARE = "“授予中小企业合同金额 {{granted}} 万元，占政府采购支出总额的 {{share}}”：按政府采购总额 {{total}} 万元应为 {{expected}}";

export const smeShare: Rule = {
  meta: {
    id: "report/sme-share",
    severity: "error",
    title: "授予中小企业合同金额占比与金额不符",
    titleEn: "The SME share of government procurement does not match its figures",
    docs: "“授予中小企业合同金额 Y 万元，占政府采购支出总额的 P%”须 P = Y ÷ 情况说明所述政府采购支出总额（四舍五入造成的差额为尾差）。",
    messages: {
      mismatch: STATED_SHARE,
      rounding: `${STATED_SHARE}，差额在四舍五入范围内（尾差）`,
    },
  },
  check,
};
