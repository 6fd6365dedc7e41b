import { describe, expect, it } from "vitest";
import { readDatePhrase } from "../../src/extract/readDatePhrase";
import { formatFuzzyDate } from "../../src/domain/fuzzyDate";
import { fuzzyDate } from "../../src/domain/parseFuzzyDate";

const read = (text: string, dayFirst = true) => readDatePhrase(text, { reference: "2019-03-10", dayFirst });
const edtfOf = (text: string, dayFirst = true) => {
  const r = read(text, dayFirst);
  if (!r.ok) throw new Error(r.error);
  return r.edtf;
};

describe("dates typed as people write them become the EDTF the file stores", () => {
  it.each([
    ["12 June 2018", "2018-06-12", "12 June 2018"],
    ["June 2018", "2018-06", "June 2018"],
    ["c. July 2018", "2018-07~", "c. July 2018"],
    ["by the end of February 2019", "[..2019-02-28]", "by 28 February 2019"],
    ["17–18 January 2019", "2019-01-17/2019-01-18", "17 January 2019 – 18 January 2019"],
  ])("%s → %s, said back as %s", (typed, edtf, words) => {
    expect(edtfOf(typed)).toBe(edtf);
    expect(formatFuzzyDate(fuzzyDate(edtf))).toBe(words);
  });

  it("a year alone, and EDTF typed as EDTF, are taken as they are", () => {
    expect(edtfOf("2018")).toBe("2018");
    expect(edtfOf("2018-06-12/2018-06-14")).toBe("2018-06-12/2018-06-14");
    expect(edtfOf("[..2019-02-28]")).toBe("[..2019-02-28]");
  });

  it("doubt typed in words or with a question mark is kept", () => {
    expect(edtfOf("probably June 2018")).toBe("2018-06?");
    expect(edtfOf("June 2018?")).toBe("2018-06?");
    expect(edtfOf("about 12 June 2018?")).toBe("2018-06-12%");
  });

  it("all-number dates read in the locale's order", () => {
    expect(edtfOf("12/06/2018", true)).toBe("2018-06-12");
    expect(edtfOf("12/06/2018", false)).toBe("2018-12-06");
  });

  it("text that is not a date, or is only partly one, gets an error that says what to write", () => {
    const empty = read("  ");
    expect(empty.ok).toBe(false);
    expect(!empty.ok && empty.error).toMatch(/is empty .*12 June 2018/);
    const junk = read("whenever");
    expect(!junk.ok && junk.error).toMatch(/not a date this app can read/);
    const partly = read("June 2018 or maybe later");
    expect(!partly.ok && partly.error).toMatch(/only "June 2018" could be read/);
  });

  it("a qualifier on a deadline is refused with the reason, not dropped", () => {
    const r = read("c. by the end of February 2019");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/cannot qualify a deadline/);
  });
});
