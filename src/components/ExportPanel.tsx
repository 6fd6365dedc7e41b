import { useId, useState } from "react";
import { createRoot } from "react-dom/client";
import { flushSync } from "react-dom";
import { creditText } from "../domain/creditText";
import { EXPORT_PRESETS, parseExportSize } from "../export/image/exportSizes";
import { ChartPicture } from "../chart/ChartPicture";
import "./ExportPanel.css";
import type { ChartModel } from "../chart/useChartModel";

export interface ExportPanelProps {
  /** The chart as it is on screen (none before it has a width). */
  model: ChartModel | undefined;
  /** The search, whose matches the picture shows as the screen does. */
  query: string;
  /** A line under the title, e.g. the visible range. */
  subtitle?: string;
}

/**
 * The chart drawn from its model as a still picture, in the page (so that the page's styles apply)
 * but off screen, for as long as `draw` needs it.
 */
function withPicture<T>(model: ChartModel, query: string, draw: (svg: SVGSVGElement) => T): T {
  const host = document.createElement("div");
  host.className = "export-host";
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(<ChartPicture model={model} idPrefix="export-" query={query} label={model.timeline.title} />));
    return draw(host.querySelector("svg")!);
  } finally {
    root.unmount();
    host.remove();
  }
}

const DEFAULT_PRESET = EXPORT_PRESETS[1];

/** The Export menu's panel: the chart as an image (PNG or SVG, with legend and credit, at a chosen size), and the printed handout. */
export function ExportPanel({ model, query, subtitle }: ExportPanelProps) {
  const id = useId();
  const [preset, setPreset] = useState(DEFAULT_PRESET.id);
  const [width, setWidth] = useState(String(DEFAULT_PRESET.size.widthPx));
  const [height, setHeight] = useState(String(DEFAULT_PRESET.size.heightPx));
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);

  const choosePreset = (value: string) => {
    setPreset(value);
    const found = EXPORT_PRESETS.find((p) => p.id === value);
    if (found) {
      setWidth(String(found.size.widthPx));
      setHeight(String(found.size.heightPx));
    }
  };

  const run = async (kind: "png" | "svg") => {
    const parsed = parseExportSize(width, height);
    if ("error" in parsed) {
      setMessage(parsed.error);
      return;
    }
    if (!model || model.events.length === 0) {
      setMessage("There is no chart to save: no events match the filters.");
      return;
    }
    const { timeline } = model;
    setBusy(true);
    setMessage(`Preparing the ${kind.toUpperCase()}…`);
    try {
      // The code that draws and saves the image loads when first used.
      const [{ exportChartSvg, legendCategories }, { svgToPngBlob }, { downloadBlob, exportFileName }] = await Promise.all([
        import("../export/image/exportChart"),
        import("../export/image/rasterise"),
        import("../export"),
      ]);
      const { svg } = withPicture(model, query, (chart) =>
        exportChartSvg(chart, { title: timeline.title, subtitle, credit: creditText(timeline), categories: legendCategories(model.events, timeline.categories, model.colourIndexOf), size: parsed.size }),
      );
      const fileName = exportFileName(timeline.title, `-${parsed.size.widthPx}x${parsed.size.heightPx}.${kind}`);
      const blob = kind === "svg" ? new Blob([svg], { type: "image/svg+xml;charset=utf-8" }) : await svgToPngBlob(svg, parsed.size);
      downloadBlob(blob, fileName);
      setMessage(`Saved ${fileName} (${parsed.size.widthPx} × ${parsed.size.heightPx} pixels).`);
    } catch (e) {
      setMessage(`The image could not be made: ${(e as Error).message}.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-panel">
      <div className="export-image" role="group" aria-labelledby={`${id}-image`}>
        <h2 id={`${id}-image`} className="export-heading">
          Download the chart as an image
        </h2>
        <div className="export-size">
          <label htmlFor={`${id}-size`}>Size</label>
          <select id={`${id}-size`} value={preset} onChange={(e) => choosePreset(e.target.value)}>
            {EXPORT_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
            <option value="custom">Custom</option>
          </select>
          <label htmlFor={`${id}-w`}>Width (px)</label>
          <input id={`${id}-w`} type="number" inputMode="numeric" min={200} max={4096} value={width} onChange={(e) => {
              setWidth(e.target.value);
              setPreset("custom");
            }} />
          <label htmlFor={`${id}-h`}>Height (px)</label>
          <input id={`${id}-h`} type="number" inputMode="numeric" min={200} max={4096} value={height} onChange={(e) => {
              setHeight(e.target.value);
              setPreset("custom");
            }} />
        </div>
        <div className="export-buttons">
          <button type="button" className="text-button" disabled={busy} onClick={() => void run("png")}>
            Download PNG
          </button>
          <button type="button" className="text-button" disabled={busy} onClick={() => void run("svg")}>
            Download SVG
          </button>
        </div>
        <p className="export-message" role="status">
          {message}
        </p>
      </div>
      <button type="button" className="text-button" onClick={() => window.print()}>
        Print handout<span className="export-hint"> — the whole chronology of the current filter, with the chart and its legend</span>
      </button>
    </div>
  );
}
