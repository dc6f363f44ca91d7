/** @jest-environment jsdom */
// The pane's 情况说明 coverage line and its 无法核对 list, with the real engine on a real report (文旅局 2025).
import "./text-decoder-shim";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { coverageLine } from "../../src/engine/narrative/claim-entries";
import { App } from "../../src/taskpane/App";
import { EngineClient } from "../../src/taskpane/engine/client";
import { checkGrid } from "../../src/taskpane/engine/core";
import { FileBackend } from "../../src/taskpane/file-backend";
import { realGrid } from "../fixtures/real/fixtures";

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
beforeAll(() => {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
});

function engineOn(id: "2025-putuo-wenlvju"): EngineClient {
  return {
    checkGrid: async (grid) => checkGrid(grid),
    checkXlsx: async () => checkGrid(await realGrid(id)),
    fillXlsx: async () => new Uint8Array(),
  };
}

function chooseFile(name: string): void {
  const file = new File([new Uint8Array([1])], name);
  Object.defineProperty(file, "arrayBuffer", { value: async () => new Uint8Array([1]).buffer });
  fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file] } });
}

describe("the pane's 情况说明 coverage", () => {
  it("says how many narrative figures were checked and lists the unverifiable ones with what they lack", async () => {
    const expected = checkGrid(await realGrid("2025-putuo-wenlvju")).result.claims!;
    render(<App backend={new FileBackend(engineOn("2025-putuo-wenlvju"))} />);
    chooseFile("2025-putuo-wenlvju.xlsx");
    const line = await screen.findByTestId("narrative-coverage", {}, { timeout: 20_000 });
    expect(line.textContent).toBe(coverageLine(expected));
    expect(line.textContent).toMatch(/^情况说明：共 \d+ 个数字，已核对 \d+ 个，无法核对 \d+ 个$/);

    fireEvent.click(screen.getByRole("button", { name: "无法核对" }));
    const list = screen.getByRole("list", { name: "无法核对" });
    const items = within(list).getAllByRole("listitem");
    const unverifiable = expected.filter((c) => c.outcome === "unverifiable");
    expect(items).toHaveLength(unverifiable.length);
    // Each names its cell, the figure as written and what is missing; 参考数据 is offered where it would help.
    expect(items[0].textContent).toContain(unverifiable[0].cell);
    expect(items[0].textContent).toContain(unverifiable[0].text);
    expect(items[0].textContent).toContain(unverifiable[0].reason!);
    expect(items.some((item) => item.textContent?.includes("可在“参考数据”表中补充"))).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "收起" }));
    expect(screen.queryByRole("list", { name: "无法核对" })).toBeNull();
  }, 30_000);
});
