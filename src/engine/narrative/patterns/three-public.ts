// The counts of the “三公” paragraph: 出国（境）团组 N 个、累计 M 人次; 国内公务接待累计 N 批次、M 人、A 万元 (其中外事接待
// …); 当年购置公务用车 N 辆. Counts are not in table 07, but they go with its amounts: no money spent and a
// group sent, or money spent and no group, is implausible. The 接待 amount restates 07's 公务接待费.
import { TextFigure } from "../types";
import { itemById } from "../items";
import { Source } from "../sources";
import { FIG, PatternContext, addMention, claim, currentOf, figuresIn, matchesIn } from "./context";

const ABROAD = new RegExp(`出国[（(]?境?[）)]?团组\\s*(${FIG})\\s*个(?:[，,、]\\s*累计\\s*(${FIG})\\s*人次?)?`, "g");
const RECEPTION = new RegExp(
  `(国内公务接待|外事接待|公务接待)(?:共|累计|共计)?\\s*(${FIG})\\s*批次[、，,]\\s*(?:累计)?\\s*(${FIG})\\s*人次?[、，,]\\s*(?:金额|共计|累计)?\\s*(${FIG})\\s*万元`,
  "g"
);
const VEHICLE_PURCHASE = new RegExp(`购置(?:公务用?)?车(?:辆)?\\s*(${FIG})\\s*辆`, "g");

function counts(
  context: PatternContext,
  figures: TextFigure[],
  labels: string[],
  amount: Source,
  amountLabel: string,
  quote: { start: number; end: number }
): void {
  figures.forEach((figure, i) => {
    claim(
      context,
      {
        kind: "count",
        paragraph: context.paragraph,
        quote,
        figure,
        label: labels[i],
        amount,
        amountLabel,
      },
      [figure]
    );
  });
}

export function threePublicPattern(context: PatternContext): void {
  const abroad = itemById("3p.abroad")!;
  for (const match of matchesIn(context, ABROAD, ["团组", "个"])) {
    const figures = figuresIn(context, match.index, match.index + match[0].length);
    const quote = { start: match.index, end: match.index + match[0].length };
    counts(context, figures, ["出国（境）团组数", "出国（境）人次"], currentOf(context, abroad), abroad.label, quote);
  }

  const reception = itemById("3p.reception")!;
  for (const match of matchesIn(context, RECEPTION, ["接待", "批次", "万元"])) {
    const [batches, persons, money] = figuresIn(context, match.index, match.index + match[0].length);
    if (!batches || !persons || !money) continue;
    const foreign = match[1] === "外事接待";
    // 外事接待 is part of 公务接待费: its amount may not exceed it; its counts go with its own amount.
    const total = currentOf(context, reception);
    const own: Source = foreign ? { kind: "stated", figure: money, at: context.paragraph.cell, label: "外事接待费" } : total;
    claim(
      context,
      {
        kind: "amount",
        paragraph: context.paragraph,
        quote: { start: match.index, end: money.unitEnd },
        figure: money,
        label: foreign ? "外事接待费" : reception.label,
        item: reception,
        source: total,
        atMost: foreign,
      },
      [money]
    );
    counts(context, [batches, persons], [`${match[1]}批次`, `${match[1]}人数`], own, foreign ? "外事接待费" : reception.label, {
      start: match.index,
      end: money.unitEnd,
    });
    if (!foreign) addMention(context, { position: money.start, label: reception.label, item: reception, figure: money, current: total });
  }

  const purchase = itemById("3p.vehiclePurchase")!;
  for (const match of matchesIn(context, VEHICLE_PURCHASE, ["购置", "辆"])) {
    const figures = figuresIn(context, match.index, match.index + match[0].length);
    counts(context, figures, ["购置公务用车数"], currentOf(context, purchase), purchase.label, {
      start: match.index,
      end: match.index + match[0].length,
    });
  }
}
