// The lines between a title and its header: 部门：…, 2024 年度, 金额单位：万元. Each may be missing, share a
// cell with another, or have its value in the next cell ("部门：" | "中共××办公室").
import { squeeze } from "./text";
import { SheetView } from "./view";

interface TableMeta {
  department?: string;
  year?: string;
  unit: "万元" | "元";
}

const UNIT = /(?:金额)?单位[:：]\s*(万元|元)/;
const DEPARTMENT = /(?:编制|填报)?(?:部门|单位)(?:名称)?[:：]\s*(.*)$/;
const YEAR = /(\d{4})\s*年/;

/** Reads department, year and unit from rows [top, bottom] (the title down to the row above the header). */
export function readMeta(view: SheetView, top: number, bottom: number): TableMeta {
  const meta: TableMeta = { unit: "万元" };
  let unitFound = false;
  for (let row = top; row <= bottom; row++) {
    const cols = view.filledColumns(row);
    cols.forEach((col, index) => {
      let text = squeeze(view.rawText(row, col));
      if (!text) return;
      const unit = UNIT.exec(text);
      if (unit && !unitFound) {
        meta.unit = unit[1] as "万元" | "元";
        unitFound = true;
      }
      text = text.replace(UNIT, "");
      const department = DEPARTMENT.exec(text);
      if (department && meta.department === undefined) {
        // "部门：" alone: the name is in the next filled cell of the row.
        const next = cols[index + 1];
        const name = department[1] || (next !== undefined ? squeeze(view.rawText(row, next)) : "");
        if (name && !UNIT.test(name)) meta.department = name;
      }
      const year = YEAR.exec(text);
      if (year && meta.year === undefined) meta.year = year[1];
    });
  }
  return meta;
}
