// The pane's way to the engine. In a browser the engine runs in a worker (engine-worker.js, built beside the pane),
// so reading and checking hundreds of sheets never freezes the pane; where no worker can start it runs in the page.
import { CellEdit } from "../../engine/edits";
import { WorkbookGrid } from "../../engine/grid";
import { decodeEdit, decodeResult, encodeEdit } from "./codec";
import type { EngineOutcome } from "./core";
import { EngineRequest, EngineResponse, WireOutcome } from "./protocol";
import type { ReferenceSheetRow } from "../../excel/reference-sheet";

export type { EngineOutcome };

export interface EngineClient {
  checkGrid(grid: WorkbookGrid): Promise<EngineOutcome>;
  checkXlsx(data: ArrayBuffer, name: string): Promise<EngineOutcome>;
  fillXlsx(data: ArrayBuffer, edits: CellEdit[]): Promise<Uint8Array>;
  /** Reads last year's or the budget workbook for the checks that follow; a line for the user. */
  openCompanion?(kind: "previous" | "budget", data: ArrayBuffer, name: string): Promise<string>;
  /** The workbook with a 参考数据 sheet added, filled from the companions read so far. */
  referenceXlsx?(data: ArrayBuffer, name: string): Promise<Uint8Array>;
  /** The 参考数据 sheet's rows for a workbook read from Excel, filled from the companions read so far. */
  referenceRows?(grid: WorkbookGrid): Promise<ReferenceSheetRow[]>;
}

/** The engine in the page itself: for tests, and where a worker cannot start. */
export function inlineEngine(): EngineClient {
  const core = () => import(/* webpackChunkName: "engine-inline" */ "./core");
  return {
    checkGrid: async (grid) => (await core()).checkGrid(grid),
    checkXlsx: async (data, name) => (await core()).checkXlsx(data, name),
    fillXlsx: async (data, edits) => (await core()).fillXlsx(data, edits),
    openCompanion: async (kind, data, name) => (await core()).openCompanion(kind, data, name),
    referenceXlsx: async (data, name) => (await core()).referenceXlsx(data, name),
    referenceRows: async (grid) => (await core()).referenceRows(grid),
  };
}

function outcomeOf(wire: WireOutcome): EngineOutcome {
  return { result: decodeResult(wire.result), edits: wire.edits.map(decodeEdit), narrative: wire.narrative };
}

/** An error from the worker, with the name it had there (WorkbookReadError, WorkbookWriteError, …). */
function errorOf(error: { name: string; message: string }): Error {
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  return rebuilt;
}

type Pending = { resolve: (response: EngineResponse) => void; reject: (error: Error) => void };
/** A request before it is given its id. */
type Ask = EngineRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;
type Answer = Extract<EngineResponse, { ok: true }>;

function outcomeIn(answer: Answer): EngineOutcome {
  if (!("outcome" in answer)) throw new Error("引擎返回了意外的结果");
  return outcomeOf(answer.outcome);
}

function noteIn(answer: Answer): string {
  if (!("note" in answer)) throw new Error("引擎返回了意外的结果");
  return answer.note;
}

function rowsIn(answer: Answer): ReferenceSheetRow[] {
  if (!("rows" in answer)) throw new Error("引擎返回了意外的结果");
  return answer.rows;
}

function bytesIn(answer: Answer): Uint8Array {
  if (!("bytes" in answer)) throw new Error("引擎返回了意外的结果");
  return new Uint8Array(answer.bytes);
}

/** The engine in a worker; falls back to the page when the worker cannot be started or dies. */
export function workerEngine(scriptUrl = "engine-worker.js"): EngineClient {
  const inline = inlineEngine();
  let worker: Worker | null = null;
  let broken = typeof Worker === "undefined";
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const start = (): Worker | null => {
    if (broken) return null;
    if (worker) return worker;
    try {
      worker = new Worker(scriptUrl);
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<EngineResponse>) => {
      const waiting = pending.get(event.data.id);
      pending.delete(event.data.id);
      waiting?.resolve(event.data);
    };
    worker.onerror = (event) => {
      // The script failed to load or crashed: every waiting request is retried in the page.
      event.preventDefault();
      broken = true;
      worker?.terminate();
      worker = null;
      for (const [, waiting] of pending) waiting.reject(new WorkerUnavailable());
      pending.clear();
    };
    return worker;
  };

  const ask = (request: Ask): Promise<EngineResponse> => {
    const target = start();
    if (!target) return Promise.reject(new WorkerUnavailable());
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      target.postMessage({ ...request, id });
    });
  };

  async function viaWorker<T>(request: Ask, read: (answer: Answer) => T, fallback: () => Promise<T>): Promise<T> {
    let response: EngineResponse;
    try {
      response = await ask(request);
    } catch (error) {
      if (error instanceof WorkerUnavailable) return fallback();
      throw error;
    }
    if (!response.ok) throw errorOf(response.error);
    return read(response);
  }

  return {
    checkGrid: (grid) => viaWorker({ type: "check-grid", grid }, outcomeIn, () => inline.checkGrid(grid)),
    // The bytes are copied, not transferred: the pane keeps the original to fill it later.
    checkXlsx: (data, name) => viaWorker({ type: "check-xlsx", data: data.slice(0), name }, outcomeIn, () => inline.checkXlsx(data, name)),
    fillXlsx: (data, edits) =>
      viaWorker({ type: "fill-xlsx", data: data.slice(0), edits: edits.map(encodeEdit) }, bytesIn, () => inline.fillXlsx(data, edits)),
    openCompanion: (kind, data, name) =>
      viaWorker({ type: "open-companion", kind, data: data.slice(0), name }, noteIn, () => inline.openCompanion!(kind, data, name)),
    referenceRows: (grid) => viaWorker({ type: "reference-rows", grid }, rowsIn, () => inline.referenceRows!(grid)),
    referenceXlsx: (data, name) => viaWorker({ type: "reference-xlsx", data: data.slice(0), name }, bytesIn, () => inline.referenceXlsx!(data, name)),
  };
}

class WorkerUnavailable extends Error {
  constructor() {
    super("引擎线程不可用");
    this.name = "WorkerUnavailable";
  }
}
