// 一键填充's confirmation: 将填写 N 个单元格, the list (sheet!cell → value), 确定 / 取消.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { CellEdit } from "../../engine/edits";

const useStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "8px",
    margin: "6px 0",
    background: tokens.colorNeutralBackground2,
  },
  title: { fontWeight: tokens.fontWeightSemibold, marginBottom: "4px" },
  list: { maxHeight: "220px", overflowY: "auto", margin: 0, padding: 0, listStyle: "none", fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", justifyContent: "space-between", gap: "8px", padding: "1px 0" },
  value: { fontVariantNumeric: "tabular-nums", textAlign: "right", wordBreak: "break-all" },
  buttons: { display: "flex", gap: "8px", marginTop: "8px" },
  note: { marginTop: "6px", fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function FillPreview(props: { edits: CellEdit[]; busy: boolean; note?: string | null; onConfirm(): void; onCancel(): void }) {
  const styles = useStyles();
  return (
    <section className={styles.box} aria-label="填充预览">
      <div className={styles.title}>将填写 {props.edits.length} 个单元格</div>
      <ul className={styles.list}>
        {props.edits.map((edit) => (
          <li key={`${edit.sheet}!${edit.cell}`} className={styles.row} data-testid="fill-item">
            <span>
              {edit.sheet}!{edit.cell}
            </span>
            <span className={styles.value}>→ {edit.shown}</span>
          </li>
        ))}
      </ul>
      {props.note ? (
        <div className={styles.note} role="note">
          {props.note}
        </div>
      ) : null}
      <div className={styles.buttons}>
        <Button appearance="primary" size="small" disabled={props.busy} onClick={props.onConfirm}>
          确定
        </Button>
        <Button size="small" disabled={props.busy} onClick={props.onCancel}>
          取消
        </Button>
      </div>
    </section>
  );
}
