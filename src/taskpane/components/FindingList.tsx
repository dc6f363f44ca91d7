// The findings, grouped by table in report order, then by class (errors first). 尾差 are folded by default with a
// line saying what they are. A click on a finding selects its cell. Long groups show the first 50 and a button for
// more, so a workbook of hundreds of sheets does not make the pane slow.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { Finding } from "../../engine/finding";
import { CLASS_HINT, CLASS_LABEL, DISPLAY_ORDER, DisplayClass, displayClass, findingKey, tableLabel } from "../labels";

const PAGE = 50;

const useStyles = makeStyles({
  group: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  heading: { display: "flex", gap: "6px", alignItems: "baseline", justifyContent: "space-between", width: "100%" },
  counts: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  classBlock: { margin: "2px 0 8px" },
  classTitle: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, margin: "4px 0 2px" },
  hint: { color: tokens.colorNeutralForeground3, display: "block" },
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    padding: "4px 6px",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    background: "transparent",
    cursor: "pointer",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    ":hover": { background: tokens.colorNeutralBackground1Hover },
  },
  selected: { background: tokens.colorBrandBackground2, ":hover": { background: tokens.colorBrandBackground2Hover } },
  where: { fontWeight: tokens.fontWeightSemibold, marginRight: "4px" },
  figures: { display: "flex", gap: "12px", color: tokens.colorNeutralForeground2, fontVariantNumeric: "tabular-nums" },
  detail: { color: tokens.colorNeutralForeground3, wordBreak: "break-all" },
  dot_error: { color: tokens.colorPaletteRedForeground1 },
  dot_warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  dot_rounding: { color: tokens.colorNeutralForeground3 },
  dot_fillable: { color: tokens.colorPaletteGreenForeground1 },
  dot_info: { color: tokens.colorNeutralForeground3 },
});

interface FindingGroup {
  label: string;
  findings: Finding[];
}

/** Groups in the engine's order (it sorts by table, then class): one per department and table. */
function groupFindings(findings: Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const label = finding.department ? `${finding.department} · ${tableLabel(finding.table)}` : tableLabel(finding.table);
    const list = groups.get(label) ?? [];
    list.push(finding);
    groups.set(label, list);
  }
  return [...groups].map(([label, list]) => ({ label, findings: list }));
}

function countsText(findings: Finding[]): string {
  return DISPLAY_ORDER.map((cls) => [cls, findings.filter((f) => displayClass(f) === cls).length] as const)
    .filter(([, n]) => n > 0)
    .map(([cls, n]) => `${CLASS_LABEL[cls]} ${n}`)
    .join(" ");
}

function FindingItem(props: { finding: Finding; selected: boolean; onSelect(finding: Finding): void }) {
  const styles = useStyles();
  const { finding } = props;
  const cls = displayClass(finding);
  const fix = finding.fix;
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, props.selected && styles.selected)}
      aria-current={props.selected ? "true" : undefined}
      data-testid="finding"
      onClick={() => props.onSelect(finding)}
    >
      <div>
        <span className={styles[`dot_${cls}`]} aria-hidden="true">
          ●{" "}
        </span>
        <span className={styles.where}>
          {finding.sheet}!{finding.cell}
        </span>
        {finding.message}
      </div>
      {fix ? (
        <div className={styles.figures}>
          <span>应为 {fix.shown}</span>
          <span>实为 空白</span>
        </div>
      ) : finding.expected !== null || finding.actual !== null ? (
        <div className={styles.figures}>
          <span>应为 {finding.expected ?? "—"}</span>
          <span>实为 {finding.actual ?? "—"}</span>
        </div>
      ) : null}
      {props.selected && finding.detail ? <div className={styles.detail}>{finding.detail}</div> : null}
    </button>
  );
}

function ClassBlock(props: { cls: DisplayClass; findings: Finding[]; selectedKey: string | null; onSelect(finding: Finding): void }) {
  const styles = useStyles();
  // 尾差 are collapsed by default: they are explained, and rarely need a look.
  const [shown, setShown] = useState(props.cls === "rounding" ? 0 : PAGE);
  const hint = CLASS_HINT[props.cls];
  const rest = props.findings.length - shown;
  return (
    <div className={styles.classBlock}>
      <div className={styles.classTitle}>
        {CLASS_LABEL[props.cls]} {props.findings.length}
        {hint ? <Caption1 className={styles.hint}>{hint}</Caption1> : null}
      </div>
      {props.findings.slice(0, shown).map((finding) => (
        <FindingItem key={findingKey(finding)} finding={finding} selected={props.selectedKey === findingKey(finding)} onSelect={props.onSelect} />
      ))}
      {rest > 0 ? (
        <Button size="small" appearance="transparent" onClick={() => setShown(shown + PAGE)}>
          {shown === 0 ? `显示 ${props.findings.length} 条${CLASS_LABEL[props.cls]}` : `再显示 ${Math.min(rest, PAGE)} 条（共 ${props.findings.length} 条）`}
        </Button>
      ) : null}
    </div>
  );
}

export function FindingList(props: { findings: Finding[]; filter: DisplayClass | null; selectedKey: string | null; onSelect(finding: Finding): void }) {
  const styles = useStyles();
  const visible = props.filter ? props.findings.filter((f) => displayClass(f) === props.filter) : props.findings;
  const groups = groupFindings(visible);
  // Groups with something to act on (errors, warnings, cells to fill) start open; the rest start folded.
  const openAtFirst = groups
    .filter((g) => props.filter !== null || g.findings.some((f) => ["error", "warning", "fillable"].includes(displayClass(f))))
    .map((g) => g.label);
  return (
    <Accordion multiple collapsible defaultOpenItems={openAtFirst} key={`${props.filter}|${groups.length}`}>
      {groups.map((group) => (
        <AccordionItem key={group.label} value={group.label} className={styles.group}>
          <AccordionHeader size="small">
            <span className={styles.heading}>
              <span>{group.label}</span>
              <span className={styles.counts}>{countsText(group.findings)}</span>
            </span>
          </AccordionHeader>
          <AccordionPanel>
            {DISPLAY_ORDER.map((cls) => {
              const ofClass = group.findings.filter((f) => displayClass(f) === cls);
              return ofClass.length === 0 ? null : (
                <ClassBlock key={cls} cls={cls} findings={ofClass} selectedKey={props.selectedKey} onSelect={props.onSelect} />
              );
            })}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
