import { lazy, Suspense, useRef, useState } from "react";
import { useDataActions } from "./dataActions";

// Its items load as the menu first opens: every page shows the menu, few open it.
const DataMenuItems = lazy(() => import("./DataMenuItems"));

/** Ways in and out: open a file, start from an article, download as our JSON or TimelineJS, go back. */
export function DataMenu({ onAddArticle }: { onAddArticle?: () => void }) {
  const actions = useDataActions();
  const menu = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  if (!actions) return null;
  /** Every item closes the menu, as a menu does. */
  const closeMenu = () => {
    if (menu.current) menu.current.open = false;
  };
  return (
    <details className="data-menu" ref={menu} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>Data</summary>
      {opened && (
        <Suspense fallback={null}>
          <DataMenuItems actions={actions} closeMenu={closeMenu} onAddArticle={onAddArticle} />
        </Suspense>
      )}
    </details>
  );
}
