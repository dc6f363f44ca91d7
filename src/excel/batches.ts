/// <reference types="office-js" />
// Syncs planned batches, and copes with the ones Excel refuses: a batch of several parts is halved and each half
// sent again; a single part is split by its caller's rule (half its rows, half its cells) or, when it cannot be split,
// reported as failed while the rest goes on. So a workbook Excel reads in one go costs one sync, and one bad sheet or
// one oversized answer costs a few more syncs instead of the whole action.

/** Errors about Excel's state rather than about what a batch asked: retrying a smaller batch would not help. */
const WHOLE_ACTION_CODES = new Set([
  "InvalidOperationInCellEditMode",
  "RequestAborted",
  "Conflict",
  "InactiveWorkbook",
  "ApiNotFound",
  "NotImplemented",
]);

export function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const shaped = error as { code?: unknown; debugInfo?: { code?: unknown } };
  if (typeof shaped.code === "string" && shaped.code !== "") return shaped.code;
  return typeof shaped.debugInfo?.code === "string" ? shaped.debugInfo.code : undefined;
}

function isWholeActionError(error: unknown): boolean {
  const code = errorCode(error);
  // Not an Office error at all (a bug of ours): never hide it behind retries.
  return code === undefined || WHOLE_ACTION_CODES.has(code);
}

interface PartsOutcome<U, R> {
  done: [U, R][];
  failed: [U, unknown][];
}

/**
 * Sends each batch in one sync: `queue` queues a part's loads or writes and returns what to take from the answer.
 * A refused batch is halved; a refused single part is split with `split` (null: it cannot be) and its pieces sent
 * one by one. `onSplit` hears how many pieces a part became, `onBatch` which parts are finished (done or failed).
 */
export async function syncInParts<U, R>(
  context: Excel.RequestContext,
  batches: U[][],
  queue: (part: U) => () => R,
  split: (part: U) => U[] | null,
  onSplit?: (part: U, pieces: number) => void,
  onBatch?: (parts: U[]) => void
): Promise<PartsOutcome<U, R>> {
  const outcome: PartsOutcome<U, R> = { done: [], failed: [] };
  const pending = batches.filter((batch) => batch.length > 0);
  while (pending.length > 0) {
    const batch = pending.shift()!;
    const readers = batch.map(queue);
    try {
      await context.sync();
    } catch (error) {
      if (isWholeActionError(error)) throw error;
      if (batch.length > 1) {
        const half = Math.ceil(batch.length / 2);
        pending.unshift(batch.slice(0, half), batch.slice(half));
        continue;
      }
      const pieces = split(batch[0]);
      if (pieces) {
        onSplit?.(batch[0], pieces.length);
        pending.unshift(...pieces.map((piece) => [piece]));
      } else {
        outcome.failed.push([batch[0], error]);
        onBatch?.(batch);
      }
      continue;
    }
    batch.forEach((part, i) => outcome.done.push([part, readers[i]()]));
    onBatch?.(batch);
  }
  return outcome;
}

/**
 * Items in groups of at most `budget` estimated bytes each (an item larger than the budget is a group of its own);
 * `reserved` bytes of the first group are taken by what the caller sends with it.
 */
function byBytes<T>(items: T[], bytesOf: (item: T) => number, budget: number, reserved = 0): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let bytes = reserved;
  for (const item of items) {
    const size = bytesOf(item);
    if ((current.length > 0 || bytes > 0) && bytes + size > budget) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Halves of a list; null for one item. */
export function halves<T>(items: T[]): T[][] | null {
  if (items.length <= 1) return null;
  const half = Math.ceil(items.length / 2);
  return [items.slice(0, half), items.slice(half)];
}

/** Estimated request bytes per sync for writes (Excel on the web takes 5 MB a request). */
export const DEFAULT_WRITE_BUDGET = 3_500_000;

/**
 * Sends `items` in groups of at most `budget` estimated bytes, one sync each (so one sync for an ordinary action);
 * a group Excel refuses for its size is halved. `queueGroup` queues a group and returns what to take from the answer.
 * Unlike a read, a write is never left half-reported: any part that still fails fails the whole action.
 * `withSync`: sync even when there are no items (a caller's own writes ride on it); `reserved`: the bytes those
 * writes take in the first sync.
 */
export async function syncEachGroup<T, R>(
  context: Excel.RequestContext,
  items: T[],
  bytesEach: number,
  budget: number,
  queueGroup: (group: T[]) => () => R[],
  withSync = false,
  reserved = 0
): Promise<R[]> {
  const groups = byBytes(items, () => bytesEach, budget, reserved);
  if (groups[0]?.length === 0) {
    await context.sync(); // the caller's writes alone fill the first sync
    groups.shift();
  }
  if (groups.length === 0) {
    if (withSync) await context.sync();
    return [];
  }
  const outcome = await syncInParts(context, groups.map((group) => [group]), queueGroup, halves);
  if (outcome.failed.length > 0) throw outcome.failed[0][1];
  // Parts finish in order: halves are sent before what follows them.
  return outcome.done.flatMap(([, results]) => results);
}
