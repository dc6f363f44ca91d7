// A rendering failure shows one sentence instead of a blank pane.
import { Component, ReactNode } from "react";

export class ErrorBoundary extends Component<{ children: ReactNode }, { message: string | null }> {
  state = { message: null as string | null };

  static getDerivedStateFromError(error: unknown): { message: string } {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  render(): ReactNode {
    if (this.state.message === null) return this.props.children;
    return (
      <div role="alert" style={{ padding: 12 }}>
        决算助手出现意外错误（{this.state.message}），请关闭任务窗格后重新打开。
      </div>
    );
  }
}
