// Which department each sheet belongs to, for a workbook that holds several departments' tables (a supervising
// office's consolidated review book). A 公开 table names its department on its 部门： line; where it has none,
// the sheet name's prefix ("甲局-01收入支出决算总表" → "甲局") stands for it. Sheets without a table of their own
// (绩效自评, 情况说明, 参考数据) join the department whose sheet-name prefix they carry. A workbook is split only
// when it holds some table twice (two 公开01表): one set of tables is one department, whatever its sheet names say.
import { WorkbookGrid } from "../grid";
import { PUBLIC_TITLES, PublicTable } from "../tables";

interface DepartmentGroup {
  /** The department's name, or the sheet-name prefix standing for it; undefined when the workbook gives none. */
  name?: string;
  /** The sheets of the group, in workbook order. */
  sheets: string[];
}

const compact = (text: string) => text.replace(/[\s\u3000\u200B-\u200D\uFEFF]/g, "");

/** What is left of a table sheet's name once the table's own words (title, 公开0N表, 表N, 0N) are taken away. */
function sheetNamePrefix(sheetName: string, table: PublicTable): string {
  let name = compact(sheetName);
  const title = compact(PUBLIC_TITLES[table.kind]);
  for (const word of [title, title.replace(/“|”/g, ""), `公开${table.kind}表`, `公开${Number(table.kind)}表`]) {
    name = name.split(word).join("");
  }
  return name
    .replace(/(表?[0-9０-９]{1,2}表?)$/, "")
    .replace(/(表?[一二三四五六七八九十]{1,3}表?)$/, "")
    .replace(/[-_－—·、.\s]+$/, "");
}

function departmentKey(table: PublicTable): string {
  const stated = table.department ? compact(table.department) : "";
  return stated || sheetNamePrefix(table.sheet, table);
}

/** The common start of several names, cut back to a separator or to where a table number begins. */
function commonPrefix(names: string[]): string {
  if (names.length === 0) return "";
  let prefix = names[0];
  for (const name of names.slice(1)) {
    let i = 0;
    while (i < prefix.length && i < name.length && prefix[i] === name[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix.replace(/[0-9０-９]+$/, "");
}

/** Whether some table kind occurs on two sheets: the one sign that a workbook holds more than one department. */
function holdsRepeatedTable(tables: PublicTable[]): boolean {
  const sheetsOfKind = new Map<string, Set<string>>();
  for (const table of tables) {
    const sheets = sheetsOfKind.get(table.kind) ?? new Set<string>();
    sheets.add(table.sheet);
    sheetsOfKind.set(table.kind, sheets);
  }
  return [...sheetsOfKind.values()].some((sheets) => sheets.size > 1);
}

/** The department a one-department workbook names: its first 部门 line, else the one sheet-name prefix all share. */
function soleDepartment(tables: PublicTable[]): string | undefined {
  const stated = tables.map((t) => t.department?.trim()).find((name) => name);
  if (stated) return stated;
  const prefixes = [...new Set(tables.map(departmentKey))];
  return prefixes.length === 1 && prefixes[0] !== "" ? prefixes[0] : undefined;
}

export function partitionByDepartment(grid: WorkbookGrid, tables: PublicTable[]): DepartmentGroup[] {
  if (!holdsRepeatedTable(tables)) return [{ name: soleDepartment(tables), sheets: grid.sheets.map((s) => s.name) }];
  const keyOfSheet = new Map<string, string>();
  const nameOfKey = new Map<string, string>();
  for (const table of tables) {
    if (keyOfSheet.has(table.sheet)) continue;
    const key = departmentKey(table);
    keyOfSheet.set(table.sheet, key);
    if (!nameOfKey.has(key)) nameOfKey.set(key, table.department?.trim() || key);
  }
  // A table that names no department and sits on a sheet without a prefix (a 08 printed without its 部门 line)
  // belongs to the one department the others name.
  const named = [...new Set(keyOfSheet.values())].filter((k) => k !== "");
  if (named.length === 1) for (const [sheet, key] of keyOfSheet) if (key === "") keyOfSheet.set(sheet, named[0]);
  const keys = [...new Set(keyOfSheet.values())];
  if (keys.length <= 1) {
    const only = keys[0];
    return [{ name: only ? nameOfKey.get(only) : undefined, sheets: grid.sheets.map((s) => s.name) }];
  }
  // Each department's sheet-name prefix, longest first so that "部门1-" does not take "部门10-"'s sheets.
  const prefixes = keys
    .map((key) => ({ key, prefix: commonPrefix([...keyOfSheet].filter(([, k]) => k === key).map(([sheet]) => sheet)) }))
    .filter((p) => p.prefix !== "")
    .sort((a, b) => b.prefix.length - a.prefix.length);
  const groups = new Map<string, string[]>(keys.map((key) => [key, []]));
  const unassigned: string[] = [];
  for (const sheet of grid.sheets) {
    const key = keyOfSheet.get(sheet.name) ?? prefixes.find((p) => sheet.name.startsWith(p.prefix))?.key;
    if (key === undefined) unassigned.push(sheet.name);
    else groups.get(key)!.push(sheet.name);
  }
  const result: DepartmentGroup[] = keys.map((key) => ({ name: nameOfKey.get(key), sheets: groups.get(key)! }));
  if (unassigned.length) result.push({ name: "（未识别部门的工作表）", sheets: unassigned });
  return result;
}
