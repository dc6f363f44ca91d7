/** @jest-environment jsdom */
// The pane over a real Excel's limits (issue 16): what it says before a fill on an Excel whose Ctrl+Z cannot undo it,
// 撤销 and 清除高亮 after the pane was reloaded, and a sheet Excel could not give.
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { HIGHLIGHT_COLORS } from "../../src/excel/highlight";
import { NO_EXCEL_UNDO_NOTE } from "../../src/excel/host";
import { App } from "../../src/taskpane/App";
import { FakeExcel } from "../excel/fake-excel";
import { table07Sheet } from "../excel/sample-sheets";
import { excelPane, workbookWithProblems } from "./pane-fixtures";

jest.setTimeout(30_000); // four full checks through the fake on a shared machine

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
beforeAll(() => {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
});

const clickButton = (name: string | RegExp) => fireEvent.click(screen.getByRole("button", { name }));

async function checked(): Promise<void> {
  clickButton("校验");
  await screen.findByTestId("count-error");
  await waitFor(() => expect(screen.queryByRole("status")).toBeNull());
}

async function openMenuItem(name: string): Promise<void> {
  clickButton("更多操作");
  fireEvent.click(await screen.findByRole("menuitem", { name }));
}

describe("the pane in Excel, against Excel's limits", () => {
  it("says before a fill that Ctrl+Z will not undo it on Excel before ExcelApi 1.20, and nothing on newer Excel", async () => {
    for (const [supported, note] of [[17, true], [20, false]] as const) {
      const { backend } = excelPane(workbookWithProblems(), { supported });
      render(<App backend={backend} />);
      await checked();
      clickButton("一键填充（3）");
      expect(screen.queryByText(NO_EXCEL_UNDO_NOTE) !== null).toBe(note);
      cleanup();
    }
  });

  it("offers 撤销 after the pane is reloaded, and undoes the fill from the record in the workbook", async () => {
    const first = excelPane();
    render(<App backend={first.backend} />);
    await checked();
    clickButton("一键填充（3）");
    clickButton("确定");
    expect(await screen.findByText("已填写 3 个单元格")).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole("status")).toBeNull());
    cleanup();

    // The pane is closed and opened again: a new host over the same workbook.
    const before = first.fake.syncCount;
    const again = excelPane([], { fake: first.fake });
    render(<App backend={again.backend} />);
    expect(await screen.findByText("已填写 3 个单元格")).toBeTruthy();
    expect(first.fake.syncCount).toBe(before + 2);
    clickButton("撤销");
    expect(await screen.findByText("已撤销填充，恢复了 3 个单元格")).toBeTruthy();
    expect(first.fake.cell("03支出决算表", "D8")?.value).toBe("");
  });

  it("offers 清除高亮 after the pane is reloaded, and clears what was painted", async () => {
    const first = excelPane();
    render(<App backend={first.backend} />);
    await checked();
    await openMenuItem("高亮问题单元格");
    await waitFor(() => expect(first.fake.cell("03支出决算表", "C9")?.fill.color).toBe(HIGHLIGHT_COLORS.fillable));
    await waitFor(() => expect(screen.queryByRole("status")).toBeNull());
    cleanup();

    const again = excelPane([], { fake: first.fake });
    const before = first.fake.syncCount;
    render(<App backend={again.backend} />);
    // The record is read first (find the part, read its XML): the fake, unlike Excel, runs one batch at a time.
    await waitFor(() => expect(first.fake.syncCount).toBe(before + 2));
    await checked();
    await openMenuItem("清除高亮");
    await waitFor(() => expect(first.fake.cell("03支出决算表", "C9")?.fill.pattern).toBe("None"));
  });

  it("names a sheet Excel could not give as 信息, and checks the others", async () => {
    const fake = new FakeExcel([...workbookWithProblems(), { ...table07Sheet("附表"), protected: true }], { name: "x.xlsx" });
    fake.setCell("附表", "XFD1048576", "x");
    const { backend } = excelPane([], { fake });
    render(<App backend={backend} />);
    await checked();
    // The two figures of 03 and 07 that are wrong, and the seven 公开 tables this small workbook lacks.
    expect(screen.getByTestId("count-error").textContent).toBe("错误 9");
    fireEvent.click(screen.getByTestId("count-info"));
    expect(await screen.findByText(/工作表“附表”无法读取，其中的数字未核对/)).toBeTruthy();
  });
});
