// A finding of a PDF report shown where it is printed: its page drawn by pdf.js, the figure's box outlined.
import { useEffect, useRef, useState } from "react";
import type { PdfLocation } from "../../pdf";

export function PdfPageView({ bytes, where }: { bytes: Uint8Array; where: PdfLocation }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    setProblem(null);
    void (async () => {
      try {
        const { drawFindingPage } = await import(/* webpackChunkName: "pdf-read" */ "../../pdf/browser");
        if (!cancelled && canvas.current) await drawFindingPage(bytes, where, canvas.current);
      } catch (error) {
        if (!cancelled) setProblem(`无法显示第 ${where.page} 页：${error instanceof Error ? error.message : String(error)}`);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [bytes, where]);
  return (
    <section aria-label={`PDF 第 ${where.page} 页`} data-testid="pdf-page" data-page={where.page}>
      <div style={{ fontSize: 12, margin: "4px 0" }}>PDF 第 {where.page} 页（红框为该数字所在位置）</div>
      {problem ? <div role="alert">{problem}</div> : <canvas ref={canvas} style={{ width: "100%", border: "1px solid #e1dfdd" }} />}
    </section>
  );
}
