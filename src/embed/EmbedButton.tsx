import { lazy, Suspense, useRef, useState } from "react";
import type { Dataset } from "../domain/types";

// Loaded on first use: the embed view and most readers never need it.
const EmbedDialog = lazy(() => import("./EmbedDialog"));

interface Props {
  /** The current view as a query string; read when the dialog opens. */
  viewSearch: string;
  /** The timeline's title, for the frame's accessible name. */
  title: string;
  /** The name of a timeline opened from this computer, which no embed can load. */
  openedHere?: string;
  /** The timeline on screen, for the share link. */
  dataset?: Dataset;
}

/** The toolbar's "Embed" button; opens the Embed dialog and gives focus back when it closes. */
export function EmbedButton({ viewSearch, title, openedHere, dataset }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className="text-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Embed
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog
            viewSearch={viewSearch}
            title={title}
            openedHere={openedHere}
            dataset={dataset}
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
