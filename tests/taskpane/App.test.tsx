/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { checkWorkbook } from "../../src/engine";
import { App } from "../../src/taskpane/App";
import { HIGHLIGHT_COLORS } from "../../src/excel/highlight";
import { countByClass } from "../../src/taskpane/labels";
import { excelPane, PausedBackend, workbookWithProblems } from "./pane-fixtures";

// jsdom has no ResizeObserver; Fluent's MessageBar watches its own width with one. Browsers (and Office) have it.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
beforeAll(() => {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
});

function clickButton(name: string | RegExp): void {
  fireEvent.click(screen.getByRole("button", { name }));
}

async function checked(): Promise<void> {
  clickButton("校验");
  await screen.findByTestId("count-error");
  await waitFor(() => expect(screen.queryByRole("status")).toBeNull());
}

async function openMenuItem(name: string): Promise<void> {
  clickButton("更多操作");
  fireEvent.click(await screen.findByRole("menuitem", { name }));
}

describe("the task pane in Excel", () => {
  it("starts empty: says what it checks, offers 校验, nothing to fill yet", () => {
    const { backend } = excelPane();
    render(<App backend={backend} />);
    expect(screen.getByText(/点击“校验”开始/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "校验" })).toHaveProperty("disabled", false);
    expect(screen.getByRole("button", { name: /一键填充/ })).toHaveProperty("disabled", true);
    expect(screen.queryByRole("button", { name: "打开工作簿" })).toBeNull();
  });

  it("shows the progress line while it runs, then the findings", async () => {
    const backend = new PausedBackend();
    render(<App backend={backend} />);
    clickButton("校验");
    expect(await screen.findByText("正在读取 12/15 个工作表…")).toBeTruthy();
    expect(screen.getByRole("button", { name: "校验" })).toHaveProperty("disabled", true);
    const result = checkWorkbook({ name: "x.xlsx", sheets: [] });
    await act(async () => backend.release({ result, edits: [], narrative: null, checkedAt: new Date() }));
    expect(screen.queryByText("正在读取 12/15 个工作表…")).toBeNull();
    expect(screen.getByRole("button", { name: "校验" })).toHaveProperty("disabled", false);
  });

  it("shows the counts and the findings grouped by table, as the engine found them", async () => {
    const { backend, fake } = excelPane();
    render(<App backend={backend} />);
    await checked();
    // What the engine says about the same workbook, read the same way.
    const expected = countByClass((await backend.check(() => undefined)).result.findings);
    for (const [cls, label] of [["error", "错误"], ["warning", "提示"], ["rounding", "尾差"], ["fillable", "可填充"], ["info", "信息"]] as const) {
      expect(screen.getByTestId(`count-${cls}`).textContent).toBe(`${label} ${expected[cls]}`);
    }
    // 03's two errors, and the seven 公开 tables this two-table workbook lacks (table/missing: all nine are required).
    expect(screen.getByTestId("count-error").textContent).toBe("错误 9");
    expect(screen.getAllByTestId("finding").filter((item) => item.textContent?.includes("部门决算须公开全部九张表"))).toHaveLength(7);
    expect(screen.getByTestId("count-fillable").textContent).toBe("可填充 3");
    expect(screen.getByRole("button", { name: "一键填充（3）" })).toHaveProperty("disabled", false);
    // The 03 group is open (it has errors): each finding names its cell, says what is wrong, expected and actual.
    expect(screen.getByRole("button", { name: /支出决算表（公开03表）/ })).toBeTruthy();
    const typo = screen.getAllByTestId("finding").find((item) => item.textContent?.includes("03支出决算表!C17"));
    expect(typo?.textContent).toContain("本年支出合计应等于基本支出、项目支出等各项支出之和");
    expect(typo?.textContent).toContain("应为 124.23");
    expect(typo?.textContent).toContain("实为 124.32");
    // Errors come before the fillable cells.
    const order = screen.getAllByTestId("finding").map((item) => item.textContent ?? "");
    expect(order.findIndex((t) => t.includes("!C17"))).toBeLessThan(order.findIndex((t) => t.includes("!D8")));
    // One sync to take up the workbook's record (none yet), then 3 for each of the two checks.
    expect(fake.syncCount).toBe(7);
  });

  it("selects a finding's cell in Excel when it is clicked", async () => {
    const { backend, fake } = excelPane();
    render(<App backend={backend} />);
    await checked();
    const item = screen.getAllByTestId("finding").find((element) => element.textContent?.startsWith("● 03支出决算表!D8"))!;
    fireEvent.click(item);
    await waitFor(() => expect(fake.selection).toEqual({ sheet: "03支出决算表", address: "D8" }));
    expect(item.getAttribute("aria-current")).toBe("true");
  });

  it("filters the list by a count", async () => {
    const { backend } = excelPane();
    render(<App backend={backend} />);
    await checked();
    fireEvent.click(screen.getByTestId("count-fillable"));
    const items = screen.getAllByTestId("finding");
    expect(items).toHaveLength(3);
    expect(items.every((item) => item.textContent?.includes("实为 空白"))).toBe(true);
    fireEvent.click(screen.getByTestId("count-fillable"));
    expect(screen.getAllByTestId("finding").length).toBeGreaterThan(3);
  });

  it("previews the fill, writes it, offers 撤销, and undoes it", async () => {
    const { backend, fake } = excelPane();
    render(<App backend={backend} />);
    await checked();
    clickButton("一键填充（3）");
    const preview = screen.getByRole("region", { name: "填充预览" });
    expect(within(preview).getByText("将填写 3 个单元格")).toBeTruthy();
    expect(within(preview).getAllByTestId("fill-item").map((item) => item.textContent)).toEqual(
      expect.arrayContaining(["03支出决算表!D8→ 1672.10", "03支出决算表!E8→ 587.63", "03支出决算表!C9→ 1837.28"])
    );
    expect(fake.cell("03支出决算表", "D8")).toBeUndefined();

    fireEvent.click(within(preview).getByRole("button", { name: "确定" }));
    expect(await screen.findByText("已填写 3 个单元格")).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole("status")).toBeNull());
    expect(fake.cell("03支出决算表", "D8")?.value).toBe(1672.1);
    expect(fake.cell("03支出决算表", "E8")?.value).toBe(587.63);
    expect(fake.cell("03支出决算表", "C9")?.value).toBe(1837.28);
    // Checked again after the fill: nothing left to fill.
    expect(screen.getByTestId("count-fillable").textContent).toBe("可填充 0");

    clickButton("撤销");
    expect(await screen.findByText("已撤销填充，恢复了 3 个单元格")).toBeTruthy();
    expect(screen.queryByText("已填写 3 个单元格")).toBeNull();
    expect(fake.cell("03支出决算表", "D8")?.value).toBe("");
    expect(screen.getByTestId("count-fillable").textContent).toBe("可填充 3");
  });

  it("cancels the fill preview without writing", async () => {
    const { backend, fake } = excelPane();
    render(<App backend={backend} />);
    await checked();
    clickButton("一键填充（3）");
    clickButton("取消");
    expect(screen.queryByRole("region", { name: "填充预览" })).toBeNull();
    expect(fake.cell("03支出决算表", "D8")).toBeUndefined();
  });

  it("says in one sentence why Excel refused, and what to do", async () => {
    const { backend, fake } = excelPane(workbookWithProblems({ protectedSheet: true }));
    render(<App backend={backend} />);
    await checked();
    clickButton("一键填充（3）");
    clickButton("确定");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("工作表“03支出决算表”受保护，D8 是锁定的单元格，无法写入：请在 审阅 → 撤销工作表保护 后重试");
    expect(fake.cell("03支出决算表", "D8")).toBeUndefined();
    expect(screen.queryByText(/已填写/)).toBeNull();
  });

  it("highlights the finding cells and clears them again", async () => {
    const { backend, fake } = excelPane();
    render(<App backend={backend} />);
    await checked();
    await openMenuItem("高亮问题单元格");
    await waitFor(() => expect(fake.cell("03支出决算表", "C9")?.fill.color).toBe(HIGHLIGHT_COLORS.fillable));
    await waitFor(() => expect(screen.queryByRole("status")).toBeNull());
    await openMenuItem("清除高亮");
    await waitFor(() => expect(fake.cell("03支出决算表", "C9")?.fill.pattern).toBe("None"));
  });

  it("exports 审核结果 with a row per finding", async () => {
    const { backend, fake } = excelPane();
    render(<App backend={backend} />);
    await checked();
    await openMenuItem("导出审核报告");
    expect(await screen.findByText("已将审核结果导出到工作表“审核结果”")).toBeTruthy();
    const findings = screen.getAllByTestId("finding").length;
    expect(fake.cell("审核结果", `A${6 + findings}`)?.value).toBeDefined();
    expect(fake.cell("审核结果", "C7")?.formula).toMatch(/^=HYPERLINK\("#'/);
  });

  it("shows the 情况说明 draft written from the workbook's tables", async () => {
    const { backend } = excelPane();
    render(<App backend={backend} />);
    await checked();
    await openMenuItem("情况说明草稿");
    const panel = screen.getByRole("region", { name: "情况说明草稿" });
    expect(panel.textContent).toContain("一、收入支出决算总体情况说明");
    expect(within(panel).getByRole("button", { name: "复制" })).toHaveProperty("disabled", false);
  });

  it("says when there is no 情况说明 draft to copy", async () => {
    const backend = new PausedBackend();
    render(<App backend={backend} />);
    clickButton("校验");
    await act(async () => backend.release({ result: checkWorkbook({ name: "x.xlsx", sheets: [] }), edits: [], narrative: null, checkedAt: new Date() }));
    await openMenuItem("情况说明草稿");
    const panel = screen.getByRole("region", { name: "情况说明草稿" });
    expect(within(panel).getByText("未能从这个工作簿生成情况说明草稿。")).toBeTruthy();
    expect(within(panel).getByRole("button", { name: "复制" })).toHaveProperty("disabled", true);
  });

  it("copies the 情况说明 draft", async () => {
    const writeText = jest.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const backend = new PausedBackend();
    render(<App backend={backend} />);
    clickButton("校验");
    const paragraphs = ["一、收入支出决算总体情况说明", "2024年度收入总计2259.73万元。"];
    await act(async () => backend.release({ result: checkWorkbook({ name: "x.xlsx", sheets: [] }), edits: [], narrative: paragraphs, checkedAt: new Date() }));
    await openMenuItem("情况说明草稿");
    const panel = screen.getByRole("region", { name: "情况说明草稿" });
    fireEvent.click(within(panel).getByRole("button", { name: "复制" }));
    expect(await within(panel).findByText("已复制到剪贴板")).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith("一、收入支出决算总体情况说明\n\n2024年度收入总计2259.73万元。");
  });

  it("shows why a check failed, and lets the user try again", async () => {
    const backend = new PausedBackend();
    render(<App backend={backend} />);
    clickButton("校验");
    await screen.findByText("正在读取 12/15 个工作表…");
    await act(async () => backend.fail(new Error("Excel 正处于单元格编辑状态，无法读取工作簿：请先按 Enter 或 Esc 结束编辑后重试")));
    expect(screen.getByRole("alert").textContent).toContain("请先按 Enter 或 Esc 结束编辑后重试");
    expect(screen.getByRole("button", { name: "校验" })).toHaveProperty("disabled", false);
    expect(screen.getByText(/点击“校验”开始/)).toBeTruthy();
  });
});
