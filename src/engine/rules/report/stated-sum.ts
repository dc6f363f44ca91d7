// Sums the 情况说明 states in words, whose parts are all listed: “政府采购金额为 X 万元，其中：货物采购金额 a 万元、工程采购
// 金额 b 万元、服务采购金额 c 万元” (a + b + c = X, by the rounding model: a gap rounding explains is a 尾差) and “共有车辆
// N 辆，其中：…用车 n1 辆、…” (counts add exactly). Other “其中” lists name only some parts, so they are not summed.
// The nine tables hold none of these figures: the text is checked against itself.
import { Amount, formatFigure, parseFigureText, showAmount } from "../../amount";
import { NarrativeParagraph } from "../../narrative/types";
import { checkSum } from "../../rounding";
import { Rule, RuleContext } from "../../rule";
import { withoutSpaces } from "./text";

const NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";

interface Stated {
  kind: "procurement" | "vehicles";
  /** The words of the total up to its figure, for messages. */
  label: string;
  total: Amount;
  parts: { label: string; amount: Amount }[];
  quote: string;
}

/** “政府采购金额（以合同签订为准）为 372.34 万元，其中：” / “政府采购支出总额 0.00 万元，其中：”. */
const PROCUREMENT = new RegExp(`(政府采购(?:支出)?(?:总额|金额)[^，。；\\d]{0,20}?)为?(${NUMBER})万元[，,]?其中[:：]?([^。]*)`, "g");
const PROCUREMENT_PART = new RegExp(`(?:^|[、，,；;])([^、，,；;]*?(?:货物|工程|服务)[^、，,；;\\d]*?)(${NUMBER})万元`, "g");
/** “共有车辆 9 辆，其中：部级领导干部用车 0 辆、…、其他用车 8 辆。” */
const VEHICLES = new RegExp(`(共有车辆)(${NUMBER})辆[，,]?其中[:：]?([^。；]*)`, "g");
const VEHICLE_PART = new RegExp(`(?:^|[、，,；;])([^、，,；;]*?用车)(${NUMBER})辆`, "g");

function amountOf(raw: string): Amount | undefined {
  const parsed = parseFigureText(raw);
  return parsed.kind === "amount" ? parsed.amount : undefined;
}

export function statedSums(text: string): Stated[] {
  const plain = withoutSpaces(text);
  const found: Stated[] = [];
  const read = (pattern: RegExp, partPattern: RegExp, kind: Stated["kind"]) => {
    for (const m of plain.matchAll(pattern)) {
      const total = amountOf(m[2]);
      if (!total) continue;
      const parts: Stated["parts"] = [];
      for (const p of m[3].matchAll(partPattern)) {
        const amount = amountOf(p[2]);
        if (amount) parts.push({ label: p[1], amount });
      }
      if (parts.length < 2) continue;
      found.push({ kind, label: m[1], total, parts, quote: m[0] });
    }
  };
  read(PROCUREMENT, PROCUREMENT_PART, "procurement");
  read(VEHICLES, VEHICLE_PART, "vehicles");
  return found;
}

function check(context: RuleContext): void {
  const narrative = context.tables.narrative;
  if (!narrative) return;
  const seen = new Set<NarrativeParagraph["cell"]>();
  for (const paragraph of narrative.paragraphs) {
    if (seen.has(paragraph.cell)) continue;
    seen.add(paragraph.cell);
    for (const stated of statedSums(paragraph.cell.text)) {
      const sum = checkSum(stated.total, stated.parts.map((p) => ({ amount: p.amount })));
      if (sum.agreement === "exact") continue;
      const counts = stated.kind === "vehicles";
      // Counts are whole: any gap is an error. Amounts follow the rounding model.
      const severity = counts || sum.agreement === "error" ? "error" : "rounding";
      const unit = counts ? " 辆" : " 万元";
      const detail = `${stated.parts.map((p) => showAmount(p.amount)).join(" + ")} = ${formatFigure(sum.computed, sum.decimals)}`;
      context.report({
        severity,
        table: "narrative",
        sheet: paragraph.cell.sheet,
        cell: paragraph.cell.address,
        related: [],
        expected: formatFigure(sum.computed, sum.decimals),
        actual: showAmount(stated.total),
        detail,
        messageId: counts ? "countMismatch" : severity === "rounding" ? "amountRounding" : "amountMismatch",
        data: {
          label: stated.label,
          total: showAmount(stated.total),
          parts: stated.parts.map((p) => `${p.label} ${showAmount(p.amount)}${unit}`).join("、"),
          sum: formatFigure(sum.computed, sum.decimals),
        },
      });
    }
  }
}

const AMOUNTS = "“{{label}}{{total}} 万元”与其中各项之和不符：{{parts}}，合计 {{sum}} 万元";

export const statedSum: Rule = {
  meta: {
    id: "report/stated-sum",
    severity: "error",
    title: "情况说明中总数与其中各项之和不符",
    titleEn: "A total stated in words does not equal its listed parts",
    docs: "“政府采购金额 X 万元，其中：货物 a 万元、工程 b 万元、服务 c 万元”须 a + b + c = X（四舍五入造成的差额为尾差）；“共有车辆 N 辆，其中：…用车 n1 辆、…”须各类车辆数之和等于 N。",
    // {{label}}{{total}}: the total as the text states it (“政府采购金额为” 372.34); {{parts}}: “货物采购金额 1.00 万元、…”.
    messages: {
      amountMismatch: AMOUNTS,
      amountRounding: `${AMOUNTS}，差额在四舍五入范围内（尾差）`,
      countMismatch: "“{{label}}{{total}} 辆”与其中各项之和不符：{{parts}}，合计 {{sum}} 辆",
    },
  },
  check,
};
