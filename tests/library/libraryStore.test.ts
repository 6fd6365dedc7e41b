import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { openDB } from "idb";
import { addEntry, DB_NAME, duplicateEntry, getEntry, isBroken, listEntries, removeEntry, renameEntry, restoreEntry, saveEntry, type LibraryEntry } from "../../src/library/libraryStore";
import { emptyLibrary } from "../fixtures/emptyLibrary";

const content = (title: string) => ({ title, name: `${title}.json`, eventCount: 1, text: JSON.stringify({ version: 1, title, events: [{}] }) });

const wipe = emptyLibrary;
beforeEach(wipe);

describe("the library", () => {
  it("adds, lists (latest change first), renames, duplicates, deletes and puts back", async () => {
    const a = await addEntry(content("Alpha"));
    await new Promise((r) => setTimeout(r, 5));
    const b = await addEntry(content("Beta"));
    expect((await listEntries()).map((e) => !isBroken(e) && e.title)).toEqual(["Beta", "Alpha"]);
    const renamed = await renameEntry(a, "Alpha, renamed");
    expect(renamed.revision).toBe(2);
    expect(JSON.parse(renamed.text).title).toBe("Alpha, renamed");
    const copy = await duplicateEntry(b);
    expect(copy.title).toBe("Copy of Beta");
    expect(copy.id).not.toBe(b.id);
    const removed = await removeEntry(b.id);
    expect(await getEntry(b.id)).toBeUndefined();
    await restoreEntry(removed, b.id);
    expect(await getEntry(b.id)).toEqual(b);
  });

  it("a save over a revision another tab wrote is refused, with the newer entry; nothing is overwritten", async () => {
    const a = await addEntry(content("Alpha"));
    const theirs = await saveEntry(a.id, { title: "Their change" }, 1);
    expect(theirs.revision).toBe(2);
    const mine = saveEntry(a.id, { title: "My change" }, 1);
    await expect(mine).rejects.toMatchObject({ problem: "conflict", current: expect.objectContaining({ title: "Their change", revision: 2 }) });
    expect(((await getEntry(a.id)) as LibraryEntry).title).toBe("Their change");
  });

  it("a save to an entry deleted meanwhile says so", async () => {
    const a = await addEntry(content("Alpha"));
    await removeEntry(a.id);
    await expect(saveEntry(a.id, { title: "x" }, 1)).rejects.toMatchObject({ problem: "missing" });
  });

  it("a stored value that is not an entry is listed as broken, kept, and its text offered", async () => {
    const a = await addEntry(content("Alpha"));
    const db = await openDB(DB_NAME);
    await db.put("timelines", { id: "odd", text: "{half a timeline", revision: "x" });
    db.close();
    const listed = await listEntries();
    expect(listed.map((e) => e.id).sort()).toEqual([a.id, "odd"].sort());
    const odd = listed.find((e) => e.id === "odd")!;
    expect(isBroken(odd) && odd.text).toBe("{half a timeline");
    await expect(saveEntry("odd", { title: "x" }, 1)).rejects.toMatchObject({ problem: "conflict" });
  });

  it("a full disk is a clear message, not a crash", async () => {
    const put = vi.spyOn(IDBObjectStore.prototype, "add").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    await expect(addEntry(content("Alpha"))).rejects.toMatchObject({ problem: "quota", message: expect.stringMatching(/storage for this site is full/) });
    put.mockRestore();
  });

  it("a database a newer version of the app wrote, or no database at all, is a clear message", async () => {
    const db = await openDB(DB_NAME, 7);
    db.close();
    await expect(listEntries()).rejects.toMatchObject({ problem: "newer", message: expect.stringMatching(/newer version of this app/) });
    await wipe();
    const open = vi.spyOn(indexedDB, "open").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    await expect(listEntries()).rejects.toMatchObject({ problem: "unavailable", message: expect.stringMatching(/does not let the page keep data/) });
    open.mockRestore();
  });
});
