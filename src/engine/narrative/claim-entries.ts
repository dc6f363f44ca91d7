// The `claims` of cli-contract.md: one plain entry per figure of 情况说明, in text order, with its outcome and the
// cells it was checked with — what the CLI prints and the task pane counts (plain data: it crosses to the worker).
import { WorkbookTables } from "../rule";
import { FigureOutcome, figureQuote, narrativeAccount } from "./accounting";

export interface NarrativeClaim {
  sheet: string;
  cell: string;
  /** The figure as written: "2259.73", "74.00". */
  text: string;
  /** Its unit as written: "万元", "%", "个", "" (an addition to the contract). */
  unit: string;
  /** The clause that states it. */
  quote: string;
  outcome: FigureOutcome;
  /** Cells it was checked with, as "Sheet!A1"; [] when unverifiable. */
  against: string[];
  /** For an unverifiable figure: what is missing (an addition to the contract). */
  reason?: string;
  /** 参考数据 can supply what is missing (an addition). */
  reference?: boolean;
  department?: string;
}

export function narrativeClaimEntries(tables: WorkbookTables, department?: string): NarrativeClaim[] {
  return narrativeAccount(tables).figures.map((account) => ({
    sheet: account.paragraph.cell.sheet,
    cell: account.paragraph.cell.address,
    text: account.figure.raw,
    unit: account.figure.unit,
    quote: figureQuote(account),
    outcome: account.outcome,
    against: account.against,
    ...(account.reason ? { reason: account.reason, reference: account.reference ?? false } : {}),
    ...(department ? { department } : {}),
  }));
}

export interface NarrativeCoverage {
  total: number;
  checked: number;
  unverifiable: number;
}

function narrativeCoverage(claims: readonly NarrativeClaim[]): NarrativeCoverage {
  const unverifiable = claims.filter((c) => c.outcome === "unverifiable").length;
  return { total: claims.length, checked: claims.length - unverifiable, unverifiable };
}

/** “情况说明：共 N 个数字，已核对 M 个，无法核对 K 个”. */
export function coverageLine(claims: readonly NarrativeClaim[]): string {
  const c = narrativeCoverage(claims);
  return `情况说明：共 ${c.total} 个数字，已核对 ${c.checked} 个，无法核对 ${c.unverifiable} 个`;
}
