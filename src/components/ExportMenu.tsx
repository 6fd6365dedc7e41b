import { useEffect, useState } from "react";
import { lazyModule } from "../hooks/lazyModule";
import type { ExportPanelProps } from "./ExportPanel";
import { useLazyModule } from "../hooks/useLazyModule";

const exportPanelModule = lazyModule(() => import("./ExportPanel"));

/**
 * The Export menu. The menu is part of the toolbar from the start (so the toolbar has its final
 * size when the chart appears); what it opens comes with its code when first opened: a closed
 * menu's form fields cost every page's first render, and nothing is seen of them. Once opened, the
 * panel stays (a closed menu hides it), so the size chosen and the last message outlast a close.
 */
export function ExportMenu(props: ExportPanelProps) {
  const [opened, setOpened] = useState(false);
  const [failed, setFailed] = useState(false);
  const panel = useLazyModule(exportPanelModule, opened);
  useEffect(() => {
    if (!opened || panel) return;
    let live = true;
    exportPanelModule.load().catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [opened, panel]);
  return (
    <details className="export-menu" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>Export</summary>
      {opened &&
        (panel ? (
          <panel.ExportPanel {...props} />
        ) : failed ? (
          <p className="export-panel" role="alert">
            The export tools could not be loaded (the connection may have dropped). Reload the page to try again.
          </p>
        ) : (
          <p className="export-panel" role="status">
            Loading…
          </p>
        ))}
    </details>
  );
}
