/**
 * 100,000 events, the most an import accepts: imported in full, not refused, and not lost.
 * Slow today (about 0.3 ms a date in edtf.js inside validateDataset; parseFuzzyDate.ts keeps what it read),
 * hence the long timeouts; 100,001 events are refused at once (hostile.test.ts).
 */
import { describe, expect, it } from "vitest";
import { importAny, MAX_IMPORT_EVENTS, summariseImport } from "../../src/import";
import { isoOfDay } from "../../src/domain/fuzzyDate";

const N = MAX_IMPORT_EVENTS;
const TIMEOUT_MS = 300_000;
/** 1,000 distinct days, so that a date cache can help and the dates still vary. */
const dayOf = (i: number) => isoOfDay(17_000 + (i % 1000));

describe("100,000 events", () => {
  it(
    "in our JSON format, all are imported",
    () => {
      const events = Array.from({ length: N }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, when: dayOf(i), status: "happened", evidence: [{ source: "s", quote: "q" }] }));
      const text = JSON.stringify({ version: 1, title: "Big", sources: [{ id: "s", publisher: "P", title: "T", published: "2019-01-18" }], events });
      const result = importAny(text);
      expect(result.issues).toEqual([]);
      expect(result.dataset!.events).toHaveLength(N);
      expect(summariseImport(result)).toBe("100,000 of 100,000 events imported.");
    },
    TIMEOUT_MS,
  );

  it(
    "in TimelineJS JSON with HTML in every text (10,000 of them here, to keep the suite quick), all are imported",
    () => {
      const events = Array.from({ length: N / 10 }, (_, i) => ({ start_date: { year: 1990 + (i % 30), month: 1 + (i % 12) }, text: { headline: `Event <b>${i}</b>`, text: "<p>Text &amp; more<script>alert(1)</script></p>" } }));
      const result = importAny(JSON.stringify({ title: { text: { headline: "Big" } }, events }), { importedOn: "2019-01-18" });
      expect(result.dataset!.events).toHaveLength(N / 10);
      expect(result.dataset!.events[1]).toMatchObject({ title: "Event 1", when: "1991-02", summary: "Text & more" });
      expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    },
    TIMEOUT_MS,
  );
});
