// Placeholders a template left for numbers (XX, ××, X.XX, ___) are not errors: the tables give most of them. One
// finding per narrative cell, with a text fix holding the cell's whole new text (fill writes one text per cell);
// placeholders nothing can compute (主要原因：XX, counts) are listed for the user to type.
import { narrativeClaims } from "../../narrative/analyze";
import { filledText, placeholderFills } from "../../narrative/fill";
import { Rule, RuleContext } from "../../rule";

function check(context: RuleContext): void {
  for (const entry of placeholderFills(narrativeClaims(context.tables))) {
    const { cell, fills, gaps } = entry;
    const filled = fills.map((f) => `“${f.quote}”填 ${f.value}`).join("；");
    const left = gaps.map((g) => `“${g.quote}”（${g.reason}）`).join("；");
    const base = { table: "narrative", sheet: cell.sheet, cell: cell.address, related: [] as string[], actual: null };
    if (fills.length === 0) {
      context.report({ ...base, severity: "info", expected: null, messageId: "byHand", data: { gaps: gaps.length, left } });
      continue;
    }
    const text = filledText(entry);
    context.report({
      ...base,
      related: [...new Set(fills.flatMap((f) => f.related))],
      severity: "info",
      expected: text,
      ...(gaps.length
        ? { messageId: "fillableAndByHand", data: { fills: fills.length, filled, gaps: gaps.length, left } }
        : { messageId: "fillable", data: { fills: fills.length, filled } }),
      fix: { kind: "text", sheet: cell.sheet, cell: cell.address, text, shown: text },
    });
  }
}

export const narrativePlaceholder: Rule = {
  meta: {
    id: "narrative/placeholder",
    severity: "info",
    title: "情况说明占位符可填写",
    titleEn: "Narrative placeholders can be filled",
    docs: "模板中的 XX、××、X.XX、___ 等占位符由报表（及“参考数据”）计算填写；无法计算的列出供手工填写。",
    messages: {
      // {{filled}}: “…”填 1672.09；… — {{left}}: “…”（why nothing can compute it）；…
      fillable: "{{fills}} 处占位符可由报表填写：{{filled}}",
      fillableAndByHand: "{{fills}} 处占位符可由报表填写：{{filled}}；另有 {{gaps}} 处需手工填写：{{left}}",
      byHand: "{{gaps}} 处占位符需手工填写：{{left}}",
    },
  },
  check,
};
