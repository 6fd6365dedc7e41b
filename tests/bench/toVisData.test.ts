import { describe, expect, it } from "vitest";
import { generateDataset, shapeOfWhen } from "../../bench/generateDataset";
import { NO_CATEGORY_GROUP, toVisData, toVisItem } from "../../bench/toVisData";

const event = (when: string, extra: { title?: string; category?: string } = {}) => ({ id: "e-1", title: extra.title ?? "Summit", when, category: extra.category ?? "summit" });

describe("toVisItem: the peer's item for one of our events", () => {
  it("starts a day-precise event on that day, with no end", () => {
    expect(toVisItem(event("1987-03-14"))).toEqual({ id: "e-1", content: "Summit", start: "1987-03-14", group: "summit" });
  });

  it("starts a month-precise event on the first of the month, and a year on 1 January", () => {
    expect(toVisItem(event("1987-03")).start).toBe("1987-03-01");
    expect(toVisItem(event("1987-03~")).start).toBe("1987-03-01");
    expect(toVisItem(event("1987-03?")).start).toBe("1987-03-01");
    expect(toVisItem(event("1987")).start).toBe("1987-01-01");
    expect(toVisItem(event("1987-03")).end).toBeUndefined();
  });

  it("gives a span an end just after its last day, so that the range covers that day", () => {
    expect(toVisItem(event("1987-03-14/1987-03-20"))).toMatchObject({ start: "1987-03-14", end: "1987-03-21" });
    // Month spans run from the first of the first month to the end of the last one.
    expect(toVisItem(event("1987-03/1987-06"))).toMatchObject({ start: "1987-03-01", end: "1987-07-01" });
    // Across a year end and a leap day.
    expect(toVisItem(event("1987-12-30/1988-02-29"))).toMatchObject({ start: "1987-12-30", end: "1988-03-01" });
  });

  it("draws a deadline as a point on its deadline day, the one day it names", () => {
    const item = toVisItem(event("[..1987-05-31]"));
    expect(item.start).toBe("1987-05-31");
    expect(item.end).toBeUndefined();
  });

  it("draws 'one day between' as a point on the first day it may be, not as a span", () => {
    const item = toVisItem(event("[1987-05-01..1987-05-31]"));
    expect(item.start).toBe("1987-05-01");
    expect(item.end).toBeUndefined();
  });

  it("escapes the title, which vis-timeline would otherwise read as HTML", () => {
    expect(toVisItem(event("1987", { title: `<img src=x onerror="alert(1)"> & 'co'` })).content).toBe("&#60;img src=x onerror=&#34;alert(1)&#34;&#62; &#38; &#39;co&#39;");
  });

  it("names the event and the date when a date does not parse", () => {
    expect(() => toVisItem({ ...event("1987-13"), id: "e-42" })).toThrow(/e-42.*1987-13/);
  });
});

describe("toVisData: a whole generated dataset", () => {
  it("keeps every event, in a group per category, with the same first days the app reads", () => {
    const dataset = generateDataset({ count: 1000 });
    const { items, groups } = toVisData(dataset);
    expect(items).toHaveLength(1000);
    expect(items.map((i) => i.id)).toEqual(dataset.events.map((e) => e.id));
    expect(groups.map((g) => g.id)).toEqual(dataset.categories!.map((c) => c.id));
    const groupIds = new Set(groups.map((g) => g.id));
    expect(items.every((i) => groupIds.has(i.group))).toBe(true);
    // Spans, and only spans, end; every end comes after its start.
    dataset.events.forEach((e, n) => {
      const isSpan = shapeOfWhen(e.when)?.endsWith("Span") ?? false;
      expect(items[n].end !== undefined, e.when).toBe(isSpan);
      if (items[n].end) expect(items[n].end! > items[n].start).toBe(true);
      expect(items[n].start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
  });

  it("puts events without a category in a group of their own, which vis-timeline would otherwise hide", () => {
    const { items, groups } = toVisData({ categories: [{ id: "summit", label: "Summit" }], events: [{ ...event("2018"), category: undefined } as never] });
    expect(items[0].group).toBe(NO_CATEGORY_GROUP.id);
    expect(groups).toEqual([{ id: "summit", content: "Summit" }, NO_CATEGORY_GROUP]);
  });
});
