// The row total of the tables laid out by code (02, 03, 05, 08, 09): in every row, the total column is the sum of
// the columns beside it. Each table's rule is its own file; this is the check they share.
import { Rule, RuleMeta } from "../../rule";
import { checkIdentity } from "./check";
import { SUM_MESSAGES } from "../support";
import { figuresOf, ref } from "../../figures/figures";
import { ROW_TOTAL_RULE } from "../../figures/ids";
import { CodedKind, ROW_TOTAL_PARTS, columnLabel, rowSubject } from "../../figures/layout";

export function rowTotalRule(kind: CodedKind, meta: Omit<RuleMeta, "id" | "severity" | "messages">, partsText: string): Rule {
  const id = ROW_TOTAL_RULE[kind];
  return {
    meta: { id, severity: "error", messages: SUM_MESSAGES, ...meta },
    check(context) {
      const figures = figuresOf(context.tables);
      const table = figures.usable(kind);
      if (!table) return;
      for (const row of table.rows) {
        checkIdentity(context, figures, {
          target: ref(kind, row.key, "total"),
          parts: ROW_TOTAL_PARTS[kind].map((column) => ref(kind, row.key, column)),
          message: () => `${rowSubject(row)}${columnLabel(kind, "total")}应等于${partsText}之和`,
        });
      }
    },
  };
}
