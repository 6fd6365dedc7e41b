import { describe, expect, it } from "vitest";
import { enGB } from "date-fns/locale/en-GB";
import { fr } from "date-fns/locale/fr";
import { ko } from "date-fns/locale/ko";
import { dayText, readDayText } from "../../src/domain/dayText";
import { dayOfIso } from "../../src/domain/fuzzyDate";

const day = (iso: string) => dayOfIso(iso)!;

describe("readDayText", () => {
  it("reads a day written as the field shows it, in ISO form, or with the month first", () => {
    expect(readDayText("1 Mar 2019", enGB)).toBe(day("2019-03-01"));
    expect(readDayText("2019-03-01", enGB)).toBe(day("2019-03-01"));
    expect(readDayText("March 1, 2019", enGB)).toBe(day("2019-03-01"));
    expect(readDayText(" 28 february 2019 ", enGB)).toBe(day("2019-02-28"));
  });

  it("reads the month as the page's language names it, and English names too", () => {
    expect(readDayText("1 mars 2019", fr)).toBe(day("2019-03-01"));
    expect(readDayText("1 mai 2019", fr)).toBe(day("2019-05-01"));
    expect(readDayText("18 janv. 2019", fr)).toBe(day("2019-01-18"));
    expect(readDayText("1 March 2019", fr)).toBe(day("2019-03-01"));
    expect(readDayText("2019 12월 1", ko)).toBe(day("2019-12-01"));
  });

  it("refuses what is not a whole, existing day", () => {
    for (const text of ["", "March 2019", "1 Mar 201", "31 Feb 2019", "2019-02-30", "1 Mar 2019 2020", "yesterday", "1 Foo 2019"]) expect(readDayText(text, enGB), text).toBeUndefined();
  });
});

describe("dayText", () => {
  it("names the day, its month in short words and the year, in the language given, and reads back as that day", () => {
    expect(dayText(day("2019-01-18"), enGB)).toBe("18 Jan 2019");
    expect(dayText(day("2019-01-18"), fr)).toBe("18 janv. 2019");
    for (const locale of [enGB, fr, ko]) expect(readDayText(dayText(day("2019-02-28"), locale), locale)).toBe(day("2019-02-28"));
  });
});
