// The counts under the buttons: 错误 3 · 提示 2 · 尾差 21 · 可填充 3 · 信息 4. A click filters the list to that class.
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ClassCounts, CLASS_LABEL, DISPLAY_ORDER, DisplayClass } from "../labels";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: "2px", padding: "6px 0" },
  chip: { minWidth: "auto", paddingLeft: "6px", paddingRight: "6px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  rounding: { color: tokens.colorNeutralForeground2 },
  fillable: { color: tokens.colorPaletteGreenForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
});

export function SummaryBar(props: { counts: ClassCounts; filter: DisplayClass | null; onFilter(filter: DisplayClass | null): void }) {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="group" aria-label="核对结果统计">
      {DISPLAY_ORDER.map((cls) => (
        <Button
          key={cls}
          size="small"
          appearance={props.filter === cls ? "primary" : "subtle"}
          className={mergeClasses(styles.chip, props.filter !== cls && styles[cls])}
          aria-pressed={props.filter === cls}
          data-testid={`count-${cls}`}
          onClick={() => props.onFilter(props.filter === cls ? null : cls)}
        >
          {CLASS_LABEL[cls]} {props.counts[cls]}
        </Button>
      ))}
    </div>
  );
}
