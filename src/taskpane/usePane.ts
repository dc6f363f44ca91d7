// The pane's state and what each button does. Kept apart from the components so the flow reads in one place:
// 校验 → findings; 一键填充 → preview → write → check again, with 撤销 offered until the next action.
import { useCallback, useEffect, useRef, useState } from "react";
import { CellEdit } from "../engine/edits";
import { Finding } from "../engine/finding";
import { CheckOutcome, PaneBackend } from "./backend";
import { DisplayClass, findingKey } from "./labels";

interface PaneState {
  outcome: CheckOutcome | null;
  /** The progress line while something runs ("正在读取 12/15 个工作表…"); null when idle. */
  progress: string | null;
  error: string | null;
  notice: string | null;
  filter: DisplayClass | null;
  selectedKey: string | null;
  /** The cells 一键填充 will write, shown for confirmation. */
  preview: CellEdit[] | null;
  /** Cells written by the last fill, while 撤销 is offered. */
  lastFill: number | null;
  highlighted: boolean;
  showNarrative: boolean;
  fileName: string | null;
}

const INITIAL_STATE: PaneState = {
  outcome: null,
  progress: null,
  error: null,
  notice: null,
  filter: null,
  selectedKey: null,
  preview: null,
  lastFill: null,
  highlighted: false,
  showNarrative: false,
  fileName: null,
};

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return typeof error === "string" && error ? error : "操作失败，请重试";
}

interface PaneActions {
  check(): Promise<void>;
  openFile(file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }): Promise<void>;
  /** 下载参考数据表: the workbook with its 参考数据 sheet, filled from the companions read. */
  downloadReference(): Promise<void>;
  /** 上年决算工作簿… / 本年预算工作簿…: read it, then check again with it. */
  openCompanion(kind: "previous" | "budget", file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }): Promise<void>;
  select(finding: Finding): Promise<void>;
  setFilter(filter: DisplayClass | null): void;
  startFill(): void;
  cancelFill(): void;
  confirmFill(): Promise<void>;
  undo(): Promise<void>;
  toggleHighlight(): Promise<void>;
  exportReport(): Promise<void>;
  toggleNarrative(): void;
  download(): void;
  dismissError(): void;
  dismissNotice(): void;
}

export type SaveFile = (name: string, bytes: Uint8Array) => void;

export function usePane(backend: PaneBackend, saveFile: SaveFile): [PaneState, PaneActions] {
  const [state, setState] = useState<PaneState>({ ...INITIAL_STATE, fileName: backend.fileName ?? null });
  // The latest state for the async actions, which outlive the render that started them.
  const current = useRef(state);
  current.current = state;
  const running = useRef(false);

  const update = useCallback((patch: Partial<PaneState>) => {
    current.current = { ...current.current, ...patch };
    setState(current.current);
  }, []);

  /** Runs one action at a time; its failure becomes the error line. */
  const act = useCallback(
    async (firstLine: string, work: () => Promise<void>, patch: Partial<PaneState> = {}) => {
      if (running.current) return;
      running.current = true;
      update({ progress: firstLine, error: null, notice: null, ...patch });
      try {
        await work();
      } catch (error) {
        update({ error: messageOf(error) });
      } finally {
        running.current = false;
        update({ progress: null });
      }
    },
    [update]
  );

  // A reloaded pane takes up what the workbook's record says is still there: highlights to clear, a fill to undo.
  useEffect(() => {
    let live = true;
    backend
      .restore?.()
      .then((restored) => {
        // What the pane did meanwhile wins; the record only adds what the pane does not know of yet.
        if (live) update({ highlighted: current.current.highlighted || restored.highlighted, lastFill: current.current.lastFill ?? restored.lastFill });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [backend, update]);

  /** Checks the workbook; re-paints highlights if they are on, so they match the new findings. */
  const checkNow = useCallback(async () => {
    if (current.current.highlighted && backend.clearHighlight) await backend.clearHighlight();
    const outcome = await backend.check((line) => update({ progress: line }));
    update({ outcome, selectedKey: null, preview: null });
    if (current.current.highlighted && backend.highlight) {
      const note = await backend.highlight(outcome.result.findings);
      if (note) update({ notice: note });
    }
  }, [backend, update]);

  const actions: PaneActions = {
    check: () => act("正在准备校验…", checkNow, { lastFill: null }),

    openFile: (file) =>
      act(
        `正在打开“${file.name}”…`,
        async () => {
          await backend.open?.(file);
          update({ fileName: file.name, outcome: null });
          await checkNow();
        },
        { lastFill: null, filter: null }
      ),

    openCompanion: (kind, file) =>
      act(`正在读取“${file.name}”…`, async () => {
        if (!backend.openCompanion) return;
        const note = await backend.openCompanion(kind, file);
        await checkNow();
        update({ notice: note });
      }),

    downloadReference: () =>
      act("正在生成参考数据表…", async () => {
        const filled = "已填入上年决算、本年预算工作簿给出的数字，其余黄色单元格待填写";
        if (backend.referenceCopy) {
          const copy = await backend.referenceCopy();
          saveFile(copy.name, copy.bytes);
          update({ notice: `已生成“${copy.name}”：参考数据表中${filled}` });
        } else if (backend.addReferenceSheet) {
          const name = await backend.addReferenceSheet();
          update({ notice: `已添加工作表“${name}”：${filled}` });
        }
      }),

    select: async (finding) => {
      update({ selectedKey: findingKey(finding), error: null });
      try {
        await backend.select(finding);
      } catch (error) {
        update({ error: messageOf(error) });
      }
    },

    setFilter: (filter) => update({ filter }),

    startFill: () => {
      const edits = current.current.outcome?.edits ?? [];
      if (edits.length === 0) update({ notice: "没有需要填写的单元格", preview: null });
      else update({ preview: edits, notice: null, error: null, lastFill: null });
    },

    cancelFill: () => update({ preview: null }),

    confirmFill: () => {
      const edits = current.current.preview ?? [];
      return act(`正在填写 ${edits.length} 个单元格…`, async () => {
        await backend.fill(edits);
        update({ preview: null, lastFill: edits.length });
        await checkNow();
      });
    },

    undo: () =>
      act("正在撤销填充…", async () => {
        const done = await backend.undo();
        const kept = done.skipped.length > 0 ? `；${done.skipped.join("、")} 在填充后被修改过，已保留` : "";
        update({ lastFill: null });
        await checkNow();
        update({ notice: `已撤销填充，恢复了 ${done.restored} 个单元格${kept}` });
      }),

    toggleHighlight: () =>
      act(
        current.current.highlighted ? "正在清除高亮…" : "正在高亮单元格…",
        async () => {
          if (current.current.highlighted) {
            await backend.clearHighlight?.();
            update({ highlighted: false });
            return;
          }
          const note = await backend.highlight?.(current.current.outcome?.result.findings ?? []);
          update({ highlighted: true, notice: note ?? null });
        },
        { lastFill: null }
      ),

    exportReport: () =>
      act(
        "正在导出审核结果…",
        async () => {
          const outcome = current.current.outcome;
          if (!outcome || !backend.exportReport) return;
          const name = await backend.exportReport(outcome);
          update({ notice: `已将审核结果导出到工作表“${name}”` });
        },
        { lastFill: null }
      ),

    toggleNarrative: () => update({ showNarrative: !current.current.showNarrative }),

    download: () => {
      const copy = backend.filledCopy?.();
      if (copy) saveFile(copy.name, copy.bytes);
    },

    dismissError: () => update({ error: null }),
    dismissNotice: () => update({ notice: null }),
  };
  return [state, actions];
}
