// The engine worker: checks and fills run here so the pane stays responsive on a workbook of hundreds of sheets.
import { decodeEdit, encodeEdit, encodeResult } from "./codec";
import { checkGrid, checkXlsx, EngineOutcome, fillXlsx, openCompanion, referenceRows, referenceXlsx } from "./core";
import { EngineRequest, EngineResponse, WireOutcome } from "./protocol";

interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

function wire(outcome: EngineOutcome): WireOutcome {
  return { result: encodeResult(outcome.result), edits: outcome.edits.map(encodeEdit), narrative: outcome.narrative };
}

async function handle(request: EngineRequest): Promise<EngineResponse> {
  switch (request.type) {
    case "check-grid":
      return { id: request.id, ok: true, outcome: wire(checkGrid(request.grid)) };
    case "check-xlsx":
      return { id: request.id, ok: true, outcome: wire(await checkXlsx(request.data, request.name)) };
    case "open-companion":
      return { id: request.id, ok: true, note: await openCompanion(request.kind, request.data, request.name) };
    case "reference-rows":
      return { id: request.id, ok: true, rows: await referenceRows(request.grid) };
    case "reference-xlsx": {
      const bytes = await referenceXlsx(request.data, request.name);
      return { id: request.id, ok: true, bytes: bytes.slice().buffer as ArrayBuffer };
    }
    case "fill-xlsx": {
      const bytes = await fillXlsx(request.data, request.edits.map(decodeEdit));
      const copy = bytes.slice().buffer as ArrayBuffer;
      return { id: request.id, ok: true, bytes: copy };
    }
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  handle(request).then(
    (response) => scope.postMessage(response, "bytes" in response ? [response.bytes] : []),
    (error: unknown) =>
      scope.postMessage({
        id: request.id,
        ok: false,
        error: { name: error instanceof Error ? error.name : "Error", message: error instanceof Error ? error.message : String(error) },
      })
  );
};
