import { useState } from "react";
import { lazyModule } from "../hooks/lazyModule";
import type { ExportPanelProps } from "./ExportPanel";

const exportPanelModule = lazyModule(() => import("./ExportPanel"));

/**
 * The Export menu. The menu is part of the toolbar from the start (so the toolbar has its final
 * size when the chart appears); what it opens comes with its code when first opened: a closed
 * menu's form fields cost every page's first render, and nothing is seen of them.
 */
export function ExportMenu(props: ExportPanelProps) {
  const [open, setOpen] = useState(false);
  const panel = exportPanelModule.useLoaded(open);
  return (
    <details className="export-menu" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Export</summary>
      {open &&
        (panel ? (
          <panel.ExportPanel {...props} />
        ) : (
          <p className="export-panel" role="status">
            Loading…
          </p>
        ))}
    </details>
  );
}
