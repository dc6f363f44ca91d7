// A 参考数据 figure that is not a number (text, #REF!) would silently leave its sentences unchecked: say so at the cell.
import { Rule } from "../../rule";

export const narrativeReferenceFigure: Rule = {
  meta: {
    id: "narrative/reference-figure",
    severity: "error",
    title: "参考数据中的数字无法识别",
    titleEn: "Reference figure is not a number",
    docs: "“参考数据”表中上年决算数、年初预算数、本年决算数的单元格须为数字，否则相关的情况说明语句无法核对。",
    messages: {
      // {{problem}} is the reader's reason (“文本“约1800”不是数字”) when it gave one.
      unreadable: "参考数据“{{item}}”的{{column}}：{{problem}}，相关的情况说明语句无法核对",
      notANumber: "参考数据“{{item}}”的{{column}}不是数字，相关的情况说明语句无法核对",
    },
  },
  check(context) {
    for (const entry of context.tables.reference?.entries ?? []) {
      for (const [column, cell] of Object.entries(entry.figures)) {
        if (!cell || cell.state !== "invalid") continue;
        context.report({
          severity: "error",
          table: "narrative",
          sheet: cell.sheet,
          cell: cell.address,
          related: [],
          expected: null,
          actual: null,
          ...(cell.problem
            ? { messageId: "unreadable", data: { item: entry.item, column, problem: cell.problem } }
            : { messageId: "notANumber", data: { item: entry.item, column } }),
        });
      }
    }
  },
};
