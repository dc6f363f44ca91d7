// How much of 情况说明 was checked: “情况说明：共 N 个数字，已核对 M 个，无法核对 K 个”, and under 无法核对 each figure
// no check could reach with what is missing — a click shows its cell. 参考数据 removes those it marks 可补充.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { NarrativeClaim, coverageLine } from "../../engine/narrative/claim-entries";

const useStyles = makeStyles({
  box: { padding: "2px 0 6px", fontSize: tokens.fontSizeBase200 },
  line: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: "6px", color: tokens.colorNeutralForeground2 },
  list: { margin: "4px 0 0", paddingLeft: "0", listStyleType: "none", maxHeight: "220px", overflowY: "auto" },
  item: { padding: "3px 0", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, cursor: "pointer" },
  figure: { fontWeight: tokens.fontWeightSemibold },
  reason: { color: tokens.colorNeutralForeground3 },
});

export function NarrativeCoverage(props: { claims: readonly NarrativeClaim[]; onSelect(claim: NarrativeClaim): void }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const unverifiable = props.claims.filter((c) => c.outcome === "unverifiable");
  return (
    <section className={styles.box} aria-label="情况说明核对范围">
      <div className={styles.line}>
        <span data-testid="narrative-coverage">{coverageLine(props.claims)}</span>
        {unverifiable.length > 0 ? (
          <Button size="small" appearance="subtle" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? "收起" : "无法核对"}
          </Button>
        ) : null}
      </div>
      {open ? (
        <ul className={styles.list} aria-label="无法核对">
          {unverifiable.map((claim, i) => (
            <li key={`${claim.cell}:${i}`} className={styles.item} onClick={() => props.onSelect(claim)}>
              <span>{claim.cell} </span>
              <span className={styles.figure}>
                {claim.text}
                {claim.unit === "%" ? "%" : claim.unit ? ` ${claim.unit}` : ""}
              </span>
              <span> “{claim.quote}”</span>
              <div className={styles.reason}>
                {claim.reason}
                {claim.reference ? "（可在“参考数据”表中补充）" : ""}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
