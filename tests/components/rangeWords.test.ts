import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { enGB } from "date-fns/locale/en-GB";
import { enUS } from "date-fns/locale/en-US";
import { fr } from "date-fns/locale/fr";
import { de } from "date-fns/locale/de";
import { es } from "date-fns/locale/es";
import { ko } from "date-fns/locale/ko";
import { showingWords, widestShowingWords } from "../../src/components/rangeWords";
import { civilDay } from "../../src/domain/civilDay";

describe("the room the range's words take", () => {
  it("says the range on screen", () => {
    expect(showingWords(civilDay(2018, 6, 12), civilDay(2019, 2, 28), enGB)).toBe("Showing 12 Jun 2018 – 28 Feb 2019");
  });

  // Characters stand in for width here (the digits are tabular; the browser test measures pixels):
  // a range whose words outgrew the widest would widen the toolbar again.
  it.each([
    ["en-GB", enGB],
    ["en-US", enUS],
    ["fr", fr],
    ["de", de],
    ["es", es],
    ["ko", ko],
  ])("no range of four-digit years is longer in %s than the widest words", (_, locale) => {
    const widest = Math.max(...widestShowingWords(locale).map((words) => words.length));
    const day = fc.integer({ min: civilDay(1000, 1, 1), max: civilDay(9999, 12, 31) });
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(showingWords(Math.min(a, b), Math.max(a, b), locale).length).toBeLessThanOrEqual(widest);
      }),
      { numRuns: 2000 },
    );
  });
});
