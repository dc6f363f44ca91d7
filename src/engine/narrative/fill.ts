// Filling a template's placeholders (XX, ××, X.XX, ___) from the tables and 参考数据: every placeholder a claim can
// compute gets its figure, written as the report writes figures (two decimals, no grouping: "2259.73", "74.00").
// The unit stays where the template put it. A cell's placeholders are filled together: fill writes one text per cell.
import { formatFigure } from "../amount";
import { Decimal, roundTo } from "../decimal";
import { Claim, quoteOf } from "./claims";
import { amountValue, rateFromSentence, ratioValue } from "./evaluate";
import { Source, valueOf } from "./sources";
import { PLACEHOLDER_SOURCE } from "./text";
import { NarrativeCell, TextFigure } from "./types";

/** Decimals a filled figure gets: amounts and percentages two, counts none. */
const MONEY_DECIMALS = 2;

interface PlaceholderFill {
  figure: TextFigure;
  /** The text that replaces the placeholder: "2259.73", "74.00". */
  value: string;
  /** The words around it, for the message. */
  quote: string;
  /** The cells the value was computed from, so fill waits for them when they are blank totals still to fill. */
  related: string[];
}

interface PlaceholderGap {
  figure: TextFigure;
  quote: string;
  /** Why it cannot be filled, in Chinese. */
  reason: string;
}

interface CellFill {
  cell: NarrativeCell;
  fills: PlaceholderFill[];
  gaps: PlaceholderGap[];
}

type Computed = { value: string; related: string[] } | { reason: string };

function money(value: Decimal, decimals = MONEY_DECIMALS): string {
  return formatFigure(roundTo(value, decimals), decimals);
}

function percentNumber(ratio: Decimal): string {
  return roundTo(ratio.times(100), MONEY_DECIMALS).toFixed(MONEY_DECIMALS);
}

const MISSING_REASON: Record<string, string> = {
  missing: "缺少所需数据（可在“参考数据”表中填写）",
  invalid: "所需报表单元格不是有效数字",
  placeholder: "所依据的数字本身也是占位符",
  "zero-base": "基数为 0，比率无从计算",
};

/** Where a placeholder figure's value comes from when another claim restates it ("项目全年预算数为 XX 万元"). */
type Owners = Map<TextFigure, Source>;

/** A source that is a placeholder of the text, replaced by what that placeholder will be filled with. */
function settled(source: Source, owners: Owners): Source {
  if (source.kind !== "stated" || !source.figure.placeholder) return source;
  return owners.get(source.figure) ?? source;
}

/** What one claim's placeholder figure should read. */
function compute(claim: Claim, figure: TextFigure, owners: Owners): Computed {
  const from = claim.paragraph.cell.sheet;
  switch (claim.kind) {
    case "amount": {
      // A ceiling (外事接待 within 公务接待费) is not the figure itself.
      if (claim.atMost) return { reason: `${claim.label}不在报表中，需手工填写` };
      const value = amountValue(claim);
      if (!value.ok) return { reason: MISSING_REASON[value.why] };
      // Counts whole, scores (分) as their sheet shows them, money with two decimals.
      const decimals =
        claim.source.kind === "count" ? 0 : figure.unit === "分" ? value.quantity.decimals : Math.max(value.quantity.decimals, MONEY_DECIMALS);
      return { value: money(value.quantity.point, decimals), related: value.quantity.related };
    }
    case "ratio": {
      const value = ratioValue({ ...claim, numerator: settled(claim.numerator, owners), denominator: settled(claim.denominator, owners) });
      if ("unchecked" in value) return { reason: MISSING_REASON[value.unchecked] };
      return { value: percentNumber(value.point), related: [...value.numerator.related, ...value.denominator.related] };
    }
    case "change": {
      const current = valueOf(claim.current, from);
      if (!current.ok) return { reason: MISSING_REASON[current.why] };
      const prior = valueOf(claim.prior, from);
      const statedChange = claim.amount?.figure.amount;
      const related = [...current.quantity.related, ...(prior.ok ? prior.quantity.related : [])];
      if (figure === claim.amount?.figure) {
        if (!prior.ok) return { reason: "缺少上年决算数（可在“参考数据”表中填写）" };
        return { value: money(current.quantity.point.minus(prior.quantity.point).abs()), related };
      }
      // The rate: from the stated change (prior = current ∓ change), else from 上年决算数.
      if (statedChange && claim.amount) {
        const result = rateFromSentence(current.quantity, statedChange, claim.amount.direction);
        return result === "zero-base" ? { reason: MISSING_REASON["zero-base"] } : { value: percentNumber(result.point), related };
      }
      if (!prior.ok) return { reason: "缺少上年决算数（可在“参考数据”表中填写）" };
      if (prior.quantity.point.isZero()) return { reason: MISSING_REASON["zero-base"] };
      const change = roundTo(current.quantity.point.minus(prior.quantity.point).abs(), MONEY_DECIMALS);
      return { value: percentNumber(change.div(prior.quantity.point)), related };
    }
    case "count":
      return { reason: "数量不在报表中，需手工填写" };
    default:
      return { reason: "此处内容不在报表中，需手工填写" };
  }
}

/** The figures of a claim that may be placeholders. */
function figuresOf(claim: Claim): TextFigure[] {
  switch (claim.kind) {
    case "amount":
    case "ratio":
    case "count":
    case "stray":
      return [claim.figure];
    case "change":
      return [claim.amount?.figure, claim.rate?.figure].filter((f): f is TextFigure => !!f);
    default:
      return [];
  }
}

/** Every narrative cell that holds placeholders, with what fill can write into each and what it cannot. */
export function placeholderFills(claims: Claim[]): CellFill[] {
  const owners: Owners = new Map();
  for (const claim of claims) if (claim.kind === "amount" && !claim.atMost) owners.set(claim.figure, claim.source);
  const byCell = new Map<string, CellFill>();
  const seen = new Set<string>();
  for (const claim of claims) {
    for (const figure of figuresOf(claim)) {
      if (!figure.placeholder) continue;
      const cell = claim.paragraph.cell;
      const key = `${cell.sheet}!${cell.address}:${figure.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let entry = byCell.get(`${cell.sheet}!${cell.address}`);
      if (!entry) {
        entry = { cell, fills: [], gaps: [] };
        byCell.set(`${cell.sheet}!${cell.address}`, entry);
      }
      const computed = compute(claim, figure, owners);
      const quote = quoteOf(claim);
      if ("value" in computed) entry.fills.push({ figure, value: computed.value, quote, related: computed.related });
      else entry.gaps.push({ figure, quote, reason: computed.reason });
    }
  }
  const byPosition = (a: { figure: TextFigure }, b: { figure: TextFigure }) => a.figure.start - b.figure.start;
  for (const entry of byCell.values()) {
    entry.fills.sort(byPosition);
    entry.gaps.sort(byPosition);
  }
  return [...byCell.values()];
}

/** The cell's text with its fillable placeholders replaced. */
export function filledText(fill: CellFill): string {
  const ordered = [...fill.fills].sort((a, b) => b.figure.start - a.figure.start);
  let text = fill.cell.text;
  for (const { figure, value } of ordered) text = text.slice(0, figure.start) + value + text.slice(figure.end);
  return text;
}

/**
 * Whether `after` is `before` with some of its placeholders replaced by figures and nothing else changed: the
 * test a host applies before writing a narrative fill over a cell that is not blank (fill never overwrites what
 * the user typed; a placeholder is not that).
 */
export function fillsPlaceholders(before: string, after: string): boolean {
  const placeholder = new RegExp(PLACEHOLDER_SOURCE, "g");
  if (before === after || !placeholder.test(before)) return false;
  placeholder.lastIndex = 0;
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  let pattern = "";
  let last = 0;
  let match: RegExpExecArray | null;
  while ((match = placeholder.exec(before)) !== null) {
    pattern += escape(before.slice(last, match.index)) + `(?:${escape(match[0])}|-?\\d[\\d,]*(?:\\.\\d+)?)`;
    last = match.index + match[0].length;
  }
  pattern += escape(before.slice(last));
  return new RegExp(`^${pattern}$`).test(after);
}
