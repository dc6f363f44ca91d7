/** @jest-environment jsdom */
// The pane outside Office: open an .xlsx file, see the findings, fill, download the filled copy. The engine is a stub
// here (the browser test runs the real one on tests/fixtures/sample.xlsx); what is tested is the pane's flow.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { Decimal } from "../../src/engine/decimal";
import { CellEdit } from "../../src/engine/edits";
import { Finding, summarize } from "../../src/engine/finding";
import { App } from "../../src/taskpane/App";
import { EngineClient, EngineOutcome } from "../../src/taskpane/engine/client";
import { FileBackend, filledName } from "../../src/taskpane/file-backend";

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
beforeAll(() => {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
});

const FILL: CellEdit = { sheet: "03支出决算表", cell: "D8", kind: "number", value: new Decimal("1672.10"), numFmt: "#,##0.00", shown: "1672.10" };

const ROUNDING: Finding = {
  rule: "sum/column-total",
  severity: "rounding",
  sheet: "03支出决算表",
  cell: "C8",
  related: [],
  expected: "2259.72",
  actual: "2259.73",
  message: "合计应等于基本支出与项目支出之和：应为 2259.72，实为 2259.73（尾差）",
  table: "03",
};

const BLANK: Finding = {
  rule: "sum/column-total",
  severity: "info",
  sheet: "03支出决算表",
  cell: "D8",
  related: [],
  expected: "1672.10",
  actual: null,
  message: "合计行基本支出应等于各类之和：该单元格为空，可填充 1672.10",
  table: "03",
  fix: { kind: "number", sheet: "03支出决算表", cell: "D8", value: new Decimal("1672.10"), numFmt: "#,##0.00", shown: "1672.10" },
};

function outcome(name: string, findings: Finding[], edits: CellEdit[]): EngineOutcome {
  return { result: { workbook: name, tables: [], findings, summary: summarize(findings) }, edits, narrative: null };
}

/** An engine that knows two versions of the file: as opened (one blank to fill) and filled (only the 尾差 left). */
function stubEngine() {
  const FILLED = new Uint8Array([9, 9, 9]);
  const calls: string[] = [];
  const engine: EngineClient = {
    checkGrid: async () => {
      throw new Error("not used");
    },
    checkXlsx: async (data, name) => {
      const filled = new Uint8Array(data)[0] === 9;
      calls.push(`check ${name} ${filled ? "filled" : "original"}`);
      return filled ? outcome(name, [ROUNDING], []) : outcome(name, [ROUNDING, BLANK], [FILL]);
    },
    fillXlsx: async (_data, edits) => {
      calls.push(`fill ${edits.map((e) => `${e.sheet}!${e.cell}=${e.shown}`).join(",")}`);
      return FILLED;
    },
  };
  return { engine, calls, FILLED };
}

function chooseFile(name: string, bytes: number[]): void {
  const file = new File([new Uint8Array(bytes)], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  // jsdom's File has no arrayBuffer(); the browser's does.
  Object.defineProperty(file, "arrayBuffer", { value: async () => new Uint8Array(bytes).buffer });
  fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file] } });
}

describe("the pane outside Office", () => {
  it("opens a file, checks it, fills it and offers the filled copy for download", async () => {
    const { engine, calls, FILLED } = stubEngine();
    const saved: { name: string; bytes: Uint8Array }[] = [];
    render(<App backend={new FileBackend(engine)} saveFile={(name, bytes) => saved.push({ name, bytes })} />);
    expect(screen.getByText(/文件只在本机处理，不会上传/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "校验" })).toHaveProperty("disabled", true);
    expect(screen.queryByRole("button", { name: "下载已填写的工作簿" })).toBeNull();

    chooseFile("朝阳市委办公室2024决算.xlsx", [1, 2, 3]);
    await screen.findByTestId("count-rounding");
    expect(screen.getByTestId("count-rounding").textContent).toBe("尾差 1");
    expect(screen.getByTestId("count-fillable").textContent).toBe("可填充 1");
    expect(screen.getByText("朝阳市委办公室2024决算.xlsx")).toBeTruthy();
    // 尾差 start folded, with the line that explains them.
    expect(screen.getByText("四舍五入造成的尾数差异，可不处理")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "显示 1 条尾差" }));
    expect(screen.getAllByTestId("finding")).toHaveLength(2);

    fireEvent.click(screen.getByRole("button", { name: "一键填充（1）" }));
    fireEvent.click(within(screen.getByRole("region", { name: "填充预览" })).getByRole("button", { name: "确定" }));
    expect(await screen.findByText("已填写 1 个单元格")).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId("count-fillable").textContent).toBe("可填充 0"));
    expect(calls).toEqual([
      "check 朝阳市委办公室2024决算.xlsx original",
      "fill 03支出决算表!D8=1672.10",
      "check 朝阳市委办公室2024决算.xlsx filled",
    ]);

    fireEvent.click(screen.getByRole("button", { name: "下载已填写的工作簿" }));
    expect(saved).toEqual([{ name: "朝阳市委办公室2024决算（已填写）.xlsx", bytes: FILLED }]);

    fireEvent.click(screen.getByRole("button", { name: "撤销" }));
    expect(await screen.findByText("已撤销填充，恢复了 1 个单元格")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "下载已填写的工作簿" })).toBeNull();
    expect(screen.getByTestId("count-fillable").textContent).toBe("可填充 1");
  });

  it("says why a file cannot be read", async () => {
    const engine: EngineClient = {
      checkGrid: async () => {
        throw new Error("not used");
      },
      checkXlsx: async () => {
        const error = new Error("工作簿已加密，请先在 Excel 中取消密码后再试");
        error.name = "WorkbookReadError";
        throw error;
      },
      fillXlsx: async () => new Uint8Array(),
    };
    render(<App backend={new FileBackend(engine)} />);
    await act(async () => chooseFile("加密.xlsx", [0xd0, 0xcf, 0x11, 0xe0]));
    expect((await screen.findByRole("alert")).textContent).toContain("工作簿已加密，请先在 Excel 中取消密码后再试");
    // No 高亮 or 审核结果 sheet outside Excel.
    expect(screen.queryByText("高亮问题单元格")).toBeNull();
  });

  it("names the filled copy after the original", () => {
    expect(filledName("决算.xlsx")).toBe("决算（已填写）.xlsx");
    expect(filledName("决算.XLSX")).toBe("决算（已填写）.xlsx");
    expect(filledName("决算")).toBe("决算（已填写）.xlsx");
    expect(filledName("决算.xlsm")).toBe("决算（已填写）.xlsm");
    expect(filledName("模板.XLTX")).toBe("模板（已填写）.xltx");
  });
});
