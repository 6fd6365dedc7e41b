// @vitest-environment jsdom
import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { act, render, renderHook, screen, waitFor } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { useTimelineData } from "../../src/data/useTimelineData";
import { useLibraryAutosave } from "../../src/library/useLibraryAutosave";
import { isBroken, listEntries } from "../../src/library/libraryStore";
import { emptyLibrary } from "../fixtures/emptyLibrary";
import { LEGACY_KEY } from "../../src/library/currentTimeline";
import { App } from "../../src/app/App";
import type { Dataset } from "../../src/domain/types";

const small = JSON.parse(readFileSync(`${process.cwd()}/tests/e2e/fixtures/small.json`, "utf8")) as Dataset;

/** The app's data with its autosave, as DataIntake runs them. */
function useAppData(dataUrl: string | null) {
  const [data, controls] = useTimelineData(dataUrl);
  useLibraryAutosave(data.state === "ready" ? { loadId: data.loadId, dataset: data.dataset, name: data.name, origin: data.origin, library: data.library } : undefined, controls.open);
  return [data, controls] as const;
}

const titles = async () => (await listEntries()).map((e) => (isBroken(e) ? "(broken)" : e.title));

beforeEach(async () => {
  await emptyLibrary();
  localStorage.clear();
  sessionStorage.clear();
});

describe("a saved timeline is never lost", () => {
  it("open file A, visit ?data=other.json, go back to the bundled timeline: A is still in the library", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify(small), { status: 200 })));
    const first = renderHook(() => useAppData(null));
    act(() => first.result.current[1].open({ ...small, title: "File A" }, [], 1, "a.json"));
    await waitFor(async () => expect(await titles()).toEqual(["File A"]), { timeout: 15_000 });
    first.unmount();
    const other = renderHook(() => useAppData("other.json"));
    await waitFor(() => expect(other.result.current[0].state).toBe("ready"), { timeout: 15_000 });
    act(() => other.result.current[1].backToBundled());
    other.unmount();
    expect(await titles()).toEqual(["File A"]);
    // The next visit starts with the bundled timeline (A was not on screen), and A is still there.
    const next = renderHook(() => useAppData(null));
    expect(next.result.current[0].state === "ready" && next.result.current[0].origin).toBe("bundled");
    vi.unstubAllGlobals();
  });

  it("the one timeline an older version kept in localStorage moves into the library, and only then leaves localStorage", async () => {
    localStorage.setItem(LEGACY_KEY, JSON.stringify({ name: "kept.json", text: JSON.stringify({ ...small, title: "Kept before" }), savedAt: "2026-01-01T00:00:00Z" }));
    const { result } = renderHook(() => useAppData(null));
    await waitFor(() => expect(result.current[0].state === "ready" && result.current[0].dataset.title).toBe("Kept before"), { timeout: 15_000 });
    expect(await titles()).toEqual(["Kept before"]);
    expect(localStorage.getItem(LEGACY_KEY)).toBeNull();
  });

  it("when the library cannot be opened, the older storage's timeline is shown from where it was and stays there", async () => {
    const text = JSON.stringify({ name: "kept.json", text: JSON.stringify({ ...small, title: "Kept before" }), savedAt: "" });
    localStorage.setItem(LEGACY_KEY, text);
    const open = vi.spyOn(indexedDB, "open").mockImplementation(() => {
      throw new DOMException("The user denied permission to access the database.", "SecurityError");
    });
    const { result } = renderHook(() => useAppData(null));
    await waitFor(() => expect(result.current[0].state === "ready" && result.current[0].dataset.title).toBe("Kept before"), { timeout: 15_000 });
    const shown = result.current[0];
    expect(shown.state === "ready" && shown.notice).toMatch(/Your library could not be opened: this browser does not let the page keep data.*still kept/);
    expect(localStorage.getItem(LEGACY_KEY)).toBe(text);
    open.mockRestore();
  });

  it("a damaged value in the older storage is moved as it is, and offered for download rather than dropped", async () => {
    localStorage.setItem(LEGACY_KEY, "{not json");
    render(<App search="" />);
    await waitFor(() => expect(document.querySelector(".data-notice")).toHaveTextContent(/could not be read again.*kept in your library.*download/), { timeout: 15_000 });
    expect(document.querySelector("h1")).toHaveTextContent(/US–North Korea/);
    const [entry] = await listEntries();
    expect(entry && !isBroken(entry) && entry.text).toBe("{not json");
    expect(localStorage.getItem(LEGACY_KEY)).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
