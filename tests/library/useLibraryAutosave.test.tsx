// @vitest-environment jsdom
import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { act, renderHook, waitFor } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { useLibraryAutosave, type ShownTimeline } from "../../src/library/useLibraryAutosave";
import { addEntry, getEntry, isBroken, listEntries, saveEntry, type LibraryEntry } from "../../src/library/libraryStore";
import { emptyLibrary } from "../fixtures/emptyLibrary";
import type { Dataset } from "../../src/domain/types";

const small = JSON.parse(readFileSync(`${process.cwd()}/tests/e2e/fixtures/small.json`, "utf8")) as Dataset;

beforeEach(async () => {
  await emptyLibrary();
  localStorage.clear();
});

describe("autosave", () => {
  it("an edit saves over the entry's revision; a save over a newer revision (another tab's) is refused and said, and can be kept as a copy", async () => {
    const entry = await addEntry({ title: small.title, name: "small.json", eventCount: 1, text: JSON.stringify(small) });
    const open = vi.fn();
    let shown: ShownTimeline = { loadId: 1, dataset: small, name: "small.json", origin: "opened", library: { id: entry.id, revision: 1 } };
    const { result, rerender } = renderHook(() => useLibraryAutosave(shown, open));
    // An edit here: saved as revision 2.
    shown = { ...shown, dataset: { ...small, title: "Edited here" } };
    rerender();
    await waitFor(async () => expect([((await getEntry(entry.id)) as LibraryEntry).revision, result.current[0]]).toEqual([2, undefined]), { timeout: 15_000 });
    expect(result.current[0]).toBeUndefined();
    // Another tab saves revision 3; this tab's next edit is refused, not written over it.
    await saveEntry(entry.id, { title: "Edited in the other tab" }, 2);
    shown = { ...shown, dataset: { ...small, title: "Edited here again" } };
    rerender();
    await waitFor(() => expect(result.current[0]).toMatchObject({ kind: "problem", problem: "conflict", message: expect.stringMatching(/changed in another tab/) }), { timeout: 15_000 });
    expect(((await getEntry(entry.id)) as LibraryEntry).title).toBe("Edited in the other tab");
    act(() => result.current[1].saveAsCopy());
    await waitFor(async () => expect((await listEntries()).map((e) => !isBroken(e) && e.title).sort()).toEqual(["Edited here again", "Edited in the other tab"]), { timeout: 15_000 });
    await waitFor(() => expect(result.current[0]).toBeUndefined(), { timeout: 15_000 });
  });

  it("the bundled timeline as loaded is never saved; an edit of it becomes a new library entry", async () => {
    let shown: ShownTimeline = { loadId: 1, dataset: small, loadedDataset: small, name: "data/events.json", origin: "bundled" };
    const { rerender } = renderHook(() => useLibraryAutosave(shown, vi.fn()));
    await new Promise((r) => setTimeout(r, 50));
    expect(await listEntries()).toEqual([]);
    shown = { ...shown, dataset: { ...small, title: "My version" } };
    rerender();
    await waitFor(async () => expect((await listEntries()).map((e) => !isBroken(e) && e.title)).toEqual(["My version"]), { timeout: 15_000 });
  });
});
