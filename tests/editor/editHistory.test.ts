import { describe, expect, it } from "vitest";
import { record, redo, redoLabel, startHistory, undo, undoLabel } from "../../src/editor/editHistory";

describe("edit history", () => {
  it("undo steps back through every change and redo replays them, with the words for each", () => {
    let h = startHistory("a");
    h = record(h, "b", "Added b");
    h = record(h, "c", "Added c");
    expect(undoLabel(h)).toBe("Added c");
    h = undo(h);
    expect(h.present.value).toBe("b");
    expect(redoLabel(h)).toBe("Added c");
    h = undo(h);
    expect(h.present.value).toBe("a");
    expect(undoLabel(h)).toBeUndefined();
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present.value).toBe("c");
    expect(redo(h)).toBe(h);
  });

  it("a new change after an undo drops what could have been redone", () => {
    let h = record(record(startHistory(1), 2, "two"), 3, "three");
    h = record(undo(h), 4, "four");
    expect(h.present.value).toBe(4);
    expect(redoLabel(h)).toBeUndefined();
    expect(undo(h).present.value).toBe(2);
  });

  it("keeps at most the limit of versions, dropping the oldest", () => {
    let h = startHistory(0);
    for (let i = 1; i <= 10; i++) h = record(h, i, `to ${i}`, 3);
    expect(h.past.map((v) => v.value)).toEqual([7, 8, 9]);
  });

  it("recording the same value is no change", () => {
    const h = startHistory("a");
    expect(record(h, "a", "nothing")).toBe(h);
  });
});
