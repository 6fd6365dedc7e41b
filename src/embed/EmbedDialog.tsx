import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Dataset } from "../domain/types";
import { MAX_SHARE_FRAGMENT_CHARS } from "../library/shareLimit";
import { DEFAULT_EMBED_PARTS, type EmbedParts, type PartDisplay, type Theme } from "./pageOptions";
import { DEFAULT_EMBED_HEIGHT_PX, embedSnippet, embedUrl } from "./embedSnippet";
import { EMBED_ATTRIBUTE, startParentSizer } from "./parentSizer";
import { searchWith } from "../state/url";
import "./EmbedDialog.css";

interface Props {
  /** The current view as a query string: the embed opens on it. */
  viewSearch: string;
  title: string;
  /** The name of a timeline opened from this computer, which no embed can load; else undefined. */
  openedHere?: string;
  onClose: () => void;
  /** The app's address; defaults to this page's. */
  appUrl?: string;
  /** The timeline on screen, for the share link (none: no share link). */
  dataset?: Dataset;
}

const PREVIEW_WIDTHS = [360, 640, 1000] as const;
const PART_LABELS: Record<PartDisplay, string> = { show: "Shown", collapse: "Collapsed (one line to open)", hide: "Hidden" };
const THEME_LABELS: Record<Theme, string> = { auto: "Follow the reader’s setting", light: "Light", dark: "Dark" };

/**
 * The Embed dialog: options for height, theme and parts, the HTML to paste for the current view,
 * and a live preview of exactly that embed (sized by the same parent script the snippet loads).
 */
export default function EmbedDialog({ viewSearch, title, openedHere, onClose, appUrl = `${window.location.origin}${window.location.pathname}`, dataset }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const snippetBox = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const [heightKind, setHeightKind] = useState<"auto" | "fixed">("auto");
  const [fixedPx, setFixedPx] = useState(DEFAULT_EMBED_HEIGHT_PX);
  const [theme, setTheme] = useState<Theme>("auto");
  const [accent, setAccent] = useState<string | undefined>(undefined);
  const [parts, setParts] = useState<EmbedParts>(DEFAULT_EMBED_PARTS);
  const [previewWidth, setPreviewWidth] = useState<number>(640);
  const [copyStatus, setCopyStatus] = useState("");
  const share = useShareLink(dataset);
  // A timeline opened from this computer has no address an embed could load it from, except the
  // share link's, which carries it.
  const fragment = openedHere && share.state === "ready" ? share.fragment : undefined;
  const notEmbeddable = fragment ? undefined : openedHere;
  const shareUrl = share.state === "ready" ? `${appUrl}${searchWith(viewSearch, {}, { drop: ["data", "format"] })}#${share.fragment}` : undefined;
  const [shareCopyStatus, setShareCopyStatus] = useState("");
  const shareBox = useRef<HTMLInputElement>(null);

  // Before the first paint, as useModalDialog does.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (typeof element.showModal === "function") {
      if (!element.open) element.showModal();
    } else {
      element.setAttribute("open", "");
    }
    // showModal focuses the first control; do the same where it is missing (older engines, jsdom).
    if (!element.contains(document.activeElement)) element.querySelector<HTMLElement>("button, input, select, textarea")?.focus();
    const stop = startParentSizer(window);
    return () => {
      stop();
      if (element.open && typeof element.close === "function") element.close();
    };
  }, []);

  const settings = { appUrl, viewSearch, theme, accent, parts, title: `Interactive timeline: ${title}`, fragment };
  const height = heightKind === "auto" ? ({ kind: "auto", initialPx: DEFAULT_EMBED_HEIGHT_PX } as const) : ({ kind: "fixed", px: fixedPx } as const);
  const snippet = embedSnippet({ ...settings, height });
  const previewSrc = useMemo(() => embedUrl({ appUrl, viewSearch, theme, accent, parts, fragment }), [appUrl, viewSearch, theme, accent, parts, fragment]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopyStatus("Copied to the clipboard.");
    } catch {
      snippetBox.current?.select();
      setCopyStatus("Could not copy automatically: the code is selected, press Ctrl+C (⌘C on a Mac).");
    }
  };
  // Close through the element, so the browser hands focus back to the button that opened it; its
  // "close" event then tells the owner. (Where <dialog> is not supported, tell the owner directly.)
  const close = () => {
    const element = dialog.current;
    if (element?.open && typeof element.close === "function") element.close();
    else onClose();
  };
  const setPart = <K extends keyof EmbedParts>(key: K, value: EmbedParts[K]) => setParts((p) => ({ ...p, [key]: value }));

  return (
    <dialog
      ref={dialog}
      className="embed-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onClick={(e) => {
        if (e.target === e.currentTarget) close(); // a click on the backdrop
      }}
    >
      <div className="embed-dialog-head">
        <h2 id={`${id}-title`}>Embed this timeline</h2>
        <button type="button" className="icon-button" onClick={close} aria-label="Close">
          ×
        </button>
      </div>
      <p className="embed-dialog-intro">
        Paste this HTML into your article. The embed opens on the view you have now (the selected event, the dates shown and any filters), fits any column from 320 px wide, and
        follows the reader’s light or dark setting unless you choose one.
      </p>
      <div className="embed-dialog-options">
        <fieldset>
          <legend>Height</legend>
          <label className="check">
            <input type="radio" name={`${id}-height`} checked={heightKind === "auto"} onChange={() => setHeightKind("auto")} /> Fit its content (adds a small script; pages
            using Pym.js need none)
          </label>
          <label className="check">
            <input type="radio" name={`${id}-height`} checked={heightKind === "fixed"} onChange={() => setHeightKind("fixed")} /> Fixed height, scrolling inside
          </label>
          {heightKind === "fixed" && (
            <label className="embed-dialog-px">
              Height in pixels{" "}
              <input
                type="number"
                min={240}
                max={4000}
                step={10}
                value={fixedPx}
                onChange={(e) => setFixedPx(Math.min(4000, Math.max(240, Number(e.target.value) || DEFAULT_EMBED_HEIGHT_PX)))}
              />
            </label>
          )}
        </fieldset>
        <fieldset>
          <legend>Theme</legend>
          {(Object.keys(THEME_LABELS) as Theme[]).map((t) => (
            <label key={t} className="check">
              <input type="radio" name={`${id}-theme`} checked={theme === t} onChange={() => setTheme(t)} /> {THEME_LABELS[t]}
            </label>
          ))}
          <label className="check">
            <input type="checkbox" checked={accent !== undefined} onChange={(e) => setAccent(e.target.checked ? "#0b5cad" : undefined)} /> Accent colour
          </label>
          {accent !== undefined && (
            <label className="check embed-dialog-accent">
              <input type="color" value={accent} onChange={(e) => setAccent(e.target.value)} /> {accent} <span className="note">(darkened or lightened if needed to stay legible)</span>
            </label>
          )}
        </fieldset>
        <fieldset>
          <legend>Show</legend>
          {(
            [
              ["title", "Title"],
              ["dek", "Description under the title"],
              ["credit", "Source credit line"],
            ] as const
          ).map(([key, label]) => (
            <label key={key} className="check">
              <input type="checkbox" checked={parts[key]} onChange={(e) => setPart(key, e.target.checked)} /> {label}
            </label>
          ))}
          {(
            [
              ["filters", "Filters and search"],
              ["list", "Table of events"],
            ] as const
          ).map(([key, label]) => (
            <label key={key} className="embed-dialog-select">
              {label}{" "}
              <select value={parts[key]} onChange={(e) => setPart(key, e.target.value as PartDisplay)}>
                {(Object.keys(PART_LABELS) as PartDisplay[]).map((d) => (
                  <option key={d} value={d}>
                    {PART_LABELS[d]}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      </div>
      {notEmbeddable && (
        <p className="embed-dialog-warning">
          <strong>This embed will not show “{notEmbeddable}”.</strong> It was opened on this computer, and an embed can only load a timeline from a web address: this
          code shows the bundled timeline. To embed yours, download it (Data → Download as JSON), put the file on a web server, open it here with ?data= and its address,
          and come back to this dialog.
        </p>
      )}
      {fragment && (
        <p className="embed-dialog-note">
          The embed carries “{openedHere}” in its address, as the share link below does: it needs no server of yours.
        </p>
      )}
      <label htmlFor={`${id}-snippet`} className="embed-dialog-label">
        HTML to paste
      </label>
      <textarea id={`${id}-snippet`} ref={snippetBox} className="embed-dialog-snippet" readOnly rows={heightKind === "auto" ? 5 : 4} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      <div className="embed-dialog-copy">
        <button type="button" className="text-button" onClick={copy}>
          Copy HTML
        </button>
        <span role="status">{copyStatus}</span>
      </div>
      <section className="embed-dialog-share" aria-labelledby={`${id}-share`}>
        <h3 id={`${id}-share`}>Share link</h3>
        <p>
          A link that carries this timeline itself, compressed into the part of the address after “#”, which browsers never send to a server. Whoever opens it sees this
          timeline and can add it to their library. Links carry at most {Math.round(MAX_SHARE_FRAGMENT_CHARS / 1024)} KB.
        </p>
        {share.state === "making" && <p role="status">Making the link…</p>}
        {share.state === "too-big" && (
          <p className="embed-dialog-warning" role="alert">
            This timeline is too large for a link: it needs {Math.ceil(share.chars / 1024)} KB, and a link carries at most {Math.round(MAX_SHARE_FRAGMENT_CHARS / 1024)} KB. Download
            it (Data → Download as JSON) and put the file on a web server (open it here with ?data= and its address), or publish it with the app itself (npm run build -- --data
            your-file.json, see the README).
          </p>
        )}
        {share.state === "error" && (
          <p className="embed-dialog-warning" role="alert">
            {share.message}
          </p>
        )}
        {shareUrl && share.state === "ready" && (
          <>
            <label htmlFor={`${id}-share-link`} className="embed-dialog-label">
              Link ({Math.ceil(share.fragment.length / 1024)} KB)
            </label>
            <input id={`${id}-share-link`} ref={shareBox} className="embed-dialog-share-link" type="text" readOnly value={shareUrl} onFocus={(e) => e.currentTarget.select()} />
            <div className="embed-dialog-copy">
              <button
                type="button"
                className="text-button"
                onClick={async () => {
                  try {
                    await navigator.clipboard.writeText(shareUrl);
                    setShareCopyStatus("Link copied to the clipboard.");
                  } catch {
                    shareBox.current?.select();
                    setShareCopyStatus("Could not copy automatically: the link is selected, press Ctrl+C (⌘C on a Mac).");
                  }
                }}
              >
                Copy link
              </button>
              <span role="status">{shareCopyStatus}</span>
            </div>
          </>
        )}
      </section>
      <section className="embed-dialog-preview" aria-labelledby={`${id}-preview`}>
        <div className="embed-dialog-preview-head">
          <h3 id={`${id}-preview`}>Preview</h3>
          <div role="radiogroup" aria-label="Preview width" className="embed-dialog-widths">
            {PREVIEW_WIDTHS.map((w) => (
              <label key={w} className="check">
                <input type="radio" name={`${id}-width`} checked={previewWidth === w} onChange={() => setPreviewWidth(w)} /> {w} px
              </label>
            ))}
          </div>
        </div>
        <div className="embed-dialog-frame" style={{ width: previewWidth }}>
          <iframe
            key={heightKind === "fixed" ? `fixed-${fixedPx}` : "auto"}
            src={previewSrc}
            title={`Preview: ${settings.title}`}
            {...(heightKind === "auto" ? { [EMBED_ATTRIBUTE]: "" } : {})}
            width="100%"
            height={heightKind === "auto" ? DEFAULT_EMBED_HEIGHT_PX : fixedPx}
          />
        </div>
      </section>
    </dialog>
  );
}

type ShareState = { state: "none" } | { state: "making" } | { state: "ready"; fragment: string } | { state: "too-big"; chars: number } | { state: "error"; message: string };

/** The share link's fragment for the dataset on screen, made when the dialog opens (compression is asynchronous). */
function useShareLink(dataset: Dataset | undefined): ShareState {
  const [share, setShare] = useState<ShareState>(dataset ? { state: "making" } : { state: "none" });
  useEffect(() => {
    if (!dataset) return;
    let live = true;
    Promise.all([import("../export"), import("../library/shareLink")]).then(
      async ([{ toOurJson }, { canShare, shareFragment }]) => {
        if (!canShare()) return live && setShare({ state: "error", message: "This browser cannot make share links (it has no CompressionStream)." });
        // Compact JSON: the link is as short as it can be.
        let fragment: string;
        try {
          fragment = await shareFragment(JSON.stringify(JSON.parse(toOurJson(dataset))));
        } catch {
          // A browser with CompressionStream but no Blob.stream() (or a compression that fails).
          return live && setShare({ state: "error", message: "This browser could not make the share link (compressing the timeline failed)." });
        }
        if (live) setShare(fragment.length > MAX_SHARE_FRAGMENT_CHARS ? { state: "too-big", chars: fragment.length } : { state: "ready", fragment });
      },
      () => live && setShare({ state: "error", message: "The share link could not be made: part of the app failed to load. Check the connection and try again." }),
    );
    return () => {
      live = false;
    };
  }, [dataset]);
  return share;
}
