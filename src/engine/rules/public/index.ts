// The identity rules of the nine 公开 tables (domain.md §3 inside a table, §4 between tables) and their
// plausibility checks, in report order.
import { Rule } from "../../rule";
import { codeHierarchy } from "./code-hierarchy";
import { codeNameMismatch } from "./code-name-mismatch";
import { p05Within03 } from "./p-05-within-03";
import { p0605SocialSecurity } from "./p-06-05-social-security";
import { p0607Vehicle } from "./p-06-07-vehicle";
import { p0809Empty } from "./p-08-09-empty";
import { t01ExpenseTotal } from "./t01-expense-total";
import { t01GrandTotals } from "./t01-grand-totals";
import { t01IncomeTotal } from "./t01-income-total";
import { t02RowTotal } from "./t02-row-total";
import { t03RowTotal } from "./t03-row-total";
import { t04CarryIn } from "./t04-carry-in";
import { t04ExpenseRowTotal } from "./t04-expense-row-total";
import { t04ExpenseTotal } from "./t04-expense-total";
import { t04GrandTotals } from "./t04-grand-totals";
import { t04IncomeTotal } from "./t04-income-total";
import { t05RowTotal } from "./t05-row-total";
import { t06ClassTotal } from "./t06-class-total";
import { t06PersonnelTotal } from "./t06-personnel-total";
import { t06PublicTotal } from "./t06-public-total";
import { t07Total } from "./t07-total";
import { t07Vehicle } from "./t07-vehicle";
import { t08CarryOut } from "./t08-carry-out";
import { t08RowTotal } from "./t08-row-total";
import { t09RowTotal } from "./t09-row-total";
import { x0102 } from "./x-01-02";
import { x0103 } from "./x-01-03";
import { x0401 } from "./x-04-01";
import { x0405 } from "./x-04-05";
import { x040809 } from "./x-04-08-09";
import { x0506 } from "./x-05-06";

export const PUBLIC_RULES: Rule[] = [
  // 表内
  t01IncomeTotal,
  t01ExpenseTotal,
  t01GrandTotals,
  t02RowTotal,
  t03RowTotal,
  codeHierarchy,
  t04IncomeTotal,
  t04CarryIn,
  t04ExpenseRowTotal,
  t04ExpenseTotal,
  t04GrandTotals,
  t05RowTotal,
  t06ClassTotal,
  t06PersonnelTotal,
  t06PublicTotal,
  t07Total,
  t07Vehicle,
  t08RowTotal,
  t08CarryOut,
  t09RowTotal,
  // 表间
  x0102,
  x0103,
  x0401,
  x0405,
  x040809,
  x0506,
  // 合理性（提示）
  p05Within03,
  p0605SocialSecurity,
  p0607Vehicle,
  p0809Empty,
  codeNameMismatch,
];
