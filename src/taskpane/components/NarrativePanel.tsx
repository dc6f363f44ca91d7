// The 情况说明 draft, paragraph by paragraph, with a button that copies it all for pasting into the report.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";

const useStyles = makeStyles({
  box: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: "8px", margin: "6px 0" },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center", fontWeight: tokens.fontWeightSemibold },
  text: { maxHeight: "260px", overflowY: "auto", fontSize: tokens.fontSizeBase200, whiteSpace: "pre-wrap", userSelect: "text" },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Copies text: the Clipboard API where the host allows it, else the selection-and-copy way. */
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Office's web views may refuse the Clipboard API; fall through.
    }
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const copied = document.execCommand?.("copy");
  document.body.removeChild(area);
  if (!copied) throw new Error("无法复制到剪贴板，请手动选中文字后复制");
}

export function NarrativePanel(props: { paragraphs: string[] | null; onClose(): void; copy?: (text: string) => Promise<void> }) {
  const styles = useStyles();
  const [copied, setCopied] = useState<string | null>(null);
  const copy = props.copy ?? copyText;
  const text = props.paragraphs?.join("\n\n") ?? "";
  return (
    <section className={styles.box} aria-label="情况说明草稿">
      <div className={styles.header}>
        <span>情况说明草稿</span>
        <span>
          <Button
            size="small"
            disabled={!props.paragraphs}
            onClick={() =>
              copy(text).then(
                () => setCopied("已复制到剪贴板"),
                (error: unknown) => setCopied(error instanceof Error ? error.message : "复制失败")
              )
            }
          >
            复制
          </Button>
          <Button size="small" appearance="subtle" onClick={props.onClose}>
            关闭
          </Button>
        </span>
      </div>
      {props.paragraphs ? (
        <div className={styles.text}>{text}</div>
      ) : (
        <div className={styles.muted}>未能从这个工作簿生成情况说明草稿。</div>
      )}
      {copied ? <div className={styles.muted}>{copied}</div> : null}
    </section>
  );
}
