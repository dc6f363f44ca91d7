// The task pane: 校验, the counts, the findings by table and class, 一键填充 with its preview and 撤销, and under 更多
// the highlights, the 审核结果 report and the 情况说明 draft. Outside Excel the same pane opens an .xlsx file and
// offers the filled copy for download.
import {
  Button,
  Caption1,
  FluentProvider,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useRef } from "react";
import { PaneBackend } from "./backend";
import { FillPreview } from "./components/FillPreview";
import { FindingList } from "./components/FindingList";
import { HiddenFileInput } from "./components/HiddenFileInput";
import { PdfPageView } from "./components/PdfPageView";
import { FileBackend } from "./file-backend";
import { NarrativePanel } from "./components/NarrativePanel";
import { NarrativeCoverage } from "./components/NarrativeCoverage";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { SummaryBar } from "./components/SummaryBar";
import { countByClass, findingKey } from "./labels";
import { SaveFile, usePane } from "./usePane";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    padding: "10px 12px",
    minWidth: "280px",
    maxWidth: "640px",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
  },
  header: { display: "flex", justifyContent: "space-between", alignItems: "baseline", gap: "8px" },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  workbook: { color: tokens.colorNeutralForeground3, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  buttons: { display: "flex", flexWrap: "wrap", gap: "6px", padding: "4px 0" },
  more: { minWidth: "36px", paddingLeft: "8px", paddingRight: "8px", fontWeight: tokens.fontWeightSemibold },
  progress: { display: "flex", alignItems: "center", gap: "8px", color: tokens.colorNeutralForeground2 },
  empty: { color: tokens.colorNeutralForeground2, lineHeight: tokens.lineHeightBase300, padding: "8px 0" },
  allClear: { color: tokens.colorPaletteGreenForeground1, padding: "8px 0" },
  hiddenInput: { display: "none" },
});

/** Offers bytes as a file download (standalone mode). */
const downloadFile: SaveFile = (name, bytes) => {
  const blob = new Blob([bytes.slice().buffer as ArrayBuffer], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  document.body.removeChild(link);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

interface AppProps {
  backend: PaneBackend;
  saveFile?: SaveFile;
}

export function App({ backend, saveFile = downloadFile }: AppProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <ErrorBoundary>
        <Pane backend={backend} saveFile={saveFile} />
      </ErrorBoundary>
    </FluentProvider>
  );
}

function Pane({ backend, saveFile }: { backend: PaneBackend; saveFile: SaveFile }) {
  const styles = useStyles();
  const [state, actions] = usePane(backend, saveFile);
  const fileInput = useRef<HTMLInputElement>(null);
  const companionInput = useRef<HTMLInputElement>(null);
  const companionKind = useRef<"previous" | "budget">("previous");
  const busy = state.progress !== null;
  const isFile = backend.mode === "file";
  const outcome = state.outcome;
  const findings = outcome?.result.findings ?? [];
  const edits = outcome?.edits ?? [];
  const canCheck = !isFile || state.fileName !== null;
  const filledCopy = isFile && state.lastFill !== null ? backend.filledCopy?.() : null;
  // A PDF report: the selected finding shown on its page.
  const selected = state.selectedKey ? findings.find((f) => findingKey(f) === state.selectedKey) : undefined;
  const pdfPlace = selected && backend instanceof FileBackend ? backend.pdfPlace(selected) : null;

  return (
    <main className={styles.pane}>
      <header className={styles.header}>
        <span className={styles.title}>决算助手</span>
        <Caption1 className={styles.workbook}>{outcome?.result.workbook ?? state.fileName ?? ""}</Caption1>
      </header>

      {isFile ? (
        <div className={styles.buttons}>
          <HiddenFileInput
            ref={fileInput}
            className={styles.hiddenInput}
            accept=".xlsx,.xlsm,.xltx,.xltm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,.pdf,application/pdf"
            testId="file-input"
            onFile={(file) => void actions.openFile(file)}
          />
          <Button disabled={busy} onClick={() => fileInput.current?.click()}>
            打开工作簿
          </Button>
          {filledCopy ? (
            <Button appearance="primary" onClick={actions.download}>
              下载已填写的工作簿
            </Button>
          ) : null}
        </div>
      ) : null}

      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy || !canCheck} onClick={() => void actions.check()}>
          校验
        </Button>
        <Button disabled={busy || !outcome || edits.length === 0} onClick={actions.startFill}>
          一键填充{outcome && edits.length > 0 ? `（${edits.length}）` : ""}
        </Button>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button disabled={busy || !outcome} aria-label="更多操作" className={styles.more}>
              ⋯
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {backend.highlight ? (
                <MenuItem onClick={() => void actions.toggleHighlight()}>{state.highlighted ? "清除高亮" : "高亮问题单元格"}</MenuItem>
              ) : null}
              {backend.exportReport ? <MenuItem onClick={() => void actions.exportReport()}>导出审核报告</MenuItem> : null}
              <MenuItem onClick={actions.toggleNarrative}>{state.showNarrative ? "隐藏情况说明草稿" : "情况说明草稿"}</MenuItem>
              {backend.openCompanion ? (
                <>
                  <MenuItem onClick={() => ((companionKind.current = "previous"), companionInput.current?.click())}>上年决算工作簿…</MenuItem>
                  <MenuItem onClick={() => ((companionKind.current = "budget"), companionInput.current?.click())}>本年预算工作簿…</MenuItem>
                  {backend.referenceCopy || backend.addReferenceSheet ? (
                    <MenuItem onClick={() => void actions.downloadReference()}>{backend.referenceCopy ? "下载参考数据表" : "添加参考数据表"}</MenuItem>
                  ) : null}
                </>
              ) : null}
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>

      {/* Last year's 决算 or this year's 部门预算 workbook: read in the engine worker, kept in memory only. */}
      <HiddenFileInput
        ref={companionInput}
        className={styles.hiddenInput}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        testId="companion-input"
        onFile={(file) => void actions.openCompanion(companionKind.current, file)}
      />

      {state.progress ? (
        <div className={styles.progress} role="status" aria-live="polite">
          <Spinner size="extra-tiny" />
          <span>{state.progress}</span>
        </div>
      ) : null}

      {state.error ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{state.error}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="transparent" onClick={actions.dismissError}>
              知道了
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      {state.notice ? (
        <MessageBar intent="info">
          <MessageBarBody>{state.notice}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="transparent" onClick={actions.dismissNotice}>
              关闭
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      {state.lastFill !== null ? (
        <MessageBar intent="success">
          <MessageBarBody>已填写 {state.lastFill} 个单元格</MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={busy} onClick={() => void actions.undo()}>
              撤销
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      {state.preview ? <FillPreview edits={state.preview} busy={busy} note={backend.fillNote} onConfirm={() => void actions.confirmFill()} onCancel={actions.cancelFill} /> : null}

      {state.showNarrative ? <NarrativePanel paragraphs={outcome?.narrative ?? null} onClose={actions.toggleNarrative} /> : null}

      {outcome ? (
        <>
          <SummaryBar counts={countByClass(findings)} filter={state.filter} onFilter={actions.setFilter} />
          {outcome.result.tables.some((t) => t.kind === "narrative") ? (
            <NarrativeCoverage
              claims={outcome.result.claims ?? []}
              onSelect={(claim) =>
                void actions.select({
                  rule: "narrative/unverifiable",
                  severity: "info",
                  sheet: claim.sheet,
                  cell: claim.cell,
                  related: [],
                  expected: null,
                  actual: claim.text,
                  message: claim.reason ?? "",
                  table: "narrative",
                })
              }
            />
          ) : null}
          {pdfPlace ? <PdfPageView bytes={pdfPlace.bytes} where={pdfPlace.where} /> : null}
          {findings.length === 0 ? (
            <div className={styles.allClear}>全部核对通过，没有发现问题。</div>
          ) : (
            <FindingList findings={findings} filter={state.filter} selectedKey={state.selectedKey} onSelect={(f) => void actions.select(f)} />
          )}
        </>
      ) : busy ? null : (
        <div className={styles.empty}>
          {isFile
            ? "在浏览器中打开一个部门决算工作簿（.xlsx）或已发布的决算报告 PDF，决算助手会核对公开01–09表、绩效自评表和情况说明中的勾稽关系，区分错误与四舍五入尾差；工作簿还可填写空白的合计项后下载，PDF 中的问题显示在其所在页上。文件只在本机处理，不会上传。"
            : "决算助手核对部门决算公开01–09表、绩效自评表和情况说明中的勾稽关系，区分错误与四舍五入尾差，并可一键填写空白的合计项。点击“校验”开始。"}
        </div>
      )}
    </main>
  );
}
