/**
 * What follow-up reports say about dates: plans told in the past tense, wire-style weekdays after
 * a name, years and months used as adjectives or listed, and dates counted from the one before.
 * One describe block per kind of expression the gold files mark (see scripts/extract-score.ts).
 */
import { describe, expect, it } from "vitest";
import { candidate, extract, whenOf } from "./helpers";

const datesOf = (text: string, published: string) => extract(text, published).candidates.map((c) => [c.phrase.text, c.when]);

describe("past-tense-plan: a plan reported in the past tense still points ahead", () => {
  // Sunday 10 February 2019
  const PUB = "2019-02-10";

  it("'decided to meet again in early March' is the coming March, not the one before", () => {
    expect(whenOf("The ministers decided to meet again in early March.", PUB, "March")).toBe("2019-03");
    expect(candidate("The ministers decided to meet again in early March.", PUB, "March").status).toBe("planned");
  });

  it("'planned to leave on Thursday' is the Thursday ahead", () => {
    expect(whenOf("The delegation planned to leave on Thursday.", PUB, "Thursday")).toBe("2019-02-14");
  });

  it("agreed, promised, hoped to: each points ahead from publication", () => {
    expect(whenOf("The leaders agreed to sign the treaty formally in Paris in mid-December.", "1995-11-22", "December")).toBe("1995-12");
    expect(whenOf("Officials said they had hoped to fix a date for the visit in December.", "1986-10-13", "December")).toBe("1986-12");
    expect(whenOf("The rebels promised to hand over their weapons on Friday.", PUB, "Friday")).toBe("2019-02-15");
  });

  it("'was due to fly home on Thursday' is the Thursday ahead", () => {
    expect(whenOf("Fhimah walked free and was due to fly home to Tripoli on Thursday.", "2001-01-31", "Thursday")).toBe("2001-02-01");
  });

  it("a plan made on a day the sentence gives points ahead from that day, not from publication", () => {
    const text = "On Tuesday the ministers agreed to meet again on Friday.";
    expect(whenOf(text, PUB, "Tuesday")).toBe("2019-02-05");
    expect(whenOf(text, PUB, "Friday")).toBe("2019-02-08");
  });

  it("a day something was called or set for lies ahead, as a weekday does", () => {
    expect(whenOf("The union called a national strike for March 3.", "2019-02-20", "March 3")).toBe("2019-03-03");
  });

  it("the plain past tense still looks back", () => {
    expect(whenOf("The ministers met in early March.", "2019-04-10", "March")).toBe("2019-03");
    expect(whenOf("The ministers met on Thursday.", PUB, "Thursday")).toBe("2019-02-07");
  });

  it("a deadline on a weekday ('must pass by Friday') lies ahead", () => {
    expect(whenOf("The budget, which Congress must pass by Friday, includes new money.", "1986-10-13", "Friday")).toBe("[..1986-10-17]");
  });
});

describe("weekday-after-name: wire style puts the weekday after the subject", () => {
  // Wednesday 13 February 2019
  const PUB = "2019-02-13";

  it("'Merkel Tuesday rejected the offer' is the Tuesday before publication", () => {
    expect(whenOf("Merkel Tuesday rejected the offer.", PUB, "Tuesday")).toBe("2019-02-12");
  });

  it("after a full name and a title, with the verb in the past or a reporting verb", () => {
    expect(whenOf("U.S. envoy Richard Holbrooke Tuesday told reporters the talks had nearly failed.", "1995-11-22", "Tuesday")).toBe("1995-11-21");
    expect(whenOf("Secretary of State George Shultz Monday said the offers remained.", "1986-10-13", "Monday")).toBe("1986-10-13");
  });

  it("after a lower-case noun too, and in the future tense", () => {
    expect(whenOf("NATO allies Monday welcomed the progress.", PUB, "Monday")).toBe("2019-02-11");
    expect(whenOf("Merkel Friday will meet the French president.", PUB, "Friday")).toBe("2019-02-15");
  });

  it("names that hold a weekday stay names", () => {
    expect(extract("The Super Tuesday primaries decided the race.", PUB).candidates).toEqual([]);
    expect(extract("Black Monday crashes are rare.", PUB).candidates).toEqual([]);
    expect(extract("He signed the Good Friday Agreement.", PUB).candidates).toEqual([]);
  });
});

describe("adjective-year-month: a year or month used as an adjective dates its noun", () => {
  it("'the 1996 campaign', 'Clinton's 1996 campaign', 'the party's 1994 change of leader'", () => {
    expect(whenOf("He ran the 1996 campaign.", "1999-03-12", "1996")).toBe("1996");
    expect(whenOf("Clinton's 1996 campaign raised record sums.", "1999-03-12", "1996")).toBe("1996");
  });

  it("'the March accession' takes its year from the tense, like 'in March'", () => {
    expect(whenOf("The March accession will enlarge the alliance.", "1999-02-10", "March")).toBe("1999-03");
    expect(datesOf("The October ceasefire, which took effect on October 12, has largely held.", "1995-11-22")).toEqual([
      ["The October", "1995-10"],
      ["October 12", "1995-10-12"],
    ]);
    expect(whenOf("The May opening of the trial ended years of deadlock.", "2001-01-31", "May")).toBe("2000-05");
  });

  it("a month before a word that is no event stays out ('the May government', 'a March hare')", () => {
    expect(extract("Critics of the May government spoke.", "2019-02-10").candidates).toEqual([]);
  });

  it("'the biggest drop since the September 11 attacks in 2001' dates the attacks, not a span", () => {
    expect(whenOf("Stocks had their biggest drop since the September 11 attacks in 2001.", "2008-09-16", "September 11")).toBe("2001-09-11");
  });
});

describe("list: dates that share a month, a preposition or a verb", () => {
  it("'on April 24 and 25' is one two-day span", () => {
    expect(whenOf("The talks are to be held on April 24 and 25.", "1999-03-12", "April 24")).toBe("1999-04-24/1999-04-25");
  });

  it("a past-tense plan for two days ahead", () => {
    expect(whenOf("They also decided to meet donors in London on December 8 and 9.", "1995-11-22", "December 8")).toBe("1995-12-08/1995-12-09");
  });

  it("days that are not consecutive are separate dates, each in the month named", () => {
    expect(datesOf("Votes will be held on March 3 and 17.", "2019-02-10")).toEqual([
      ["March 3", "2019-03-03"],
      ["and 17", "2019-03-17"],
    ]);
  });

  it("'on Wednesday and Thursday' is a span of two days", () => {
    expect(whenOf("The leaders will clash in parliament on Wednesday and Thursday.", "2019-02-11", "Wednesday")).toBe("2019-02-13/2019-02-14");
  });

  it("years in a list with commas each get their own date", () => {
    expect(datesOf("The party lost the elections of 1979, 1983 and 1987.", "1990-01-10").map(([, w]) => w)).toEqual(["1979", "1983", "1987"]);
  });

  it("a list of days leaves no number behind in the title", () => {
    expect(candidate("The talks are to be held on April 24 and 25.", "1999-03-12", "April 24").title).not.toMatch(/\b25\b|and$/);
  });
});

describe("anchored: counted from the date mentioned just before, not from publication", () => {
  // Friday 12 March 1999
  const PUB = "1999-03-12";

  it("'the day before' opening a sentence counts from the previous sentence's date", () => {
    expect(whenOf("The leaders met on Monday. The day before, protesters had gathered.", PUB, "The day before")).toBe("1999-03-07");
  });

  it("'the next morning' and 'a week later' count from the last date before them", () => {
    const text = "The treaty was signed on March 3. The next morning, troops withdrew. A week later, the border opened.";
    expect(whenOf(text, PUB, "The next morning")).toBe("1999-03-04");
    expect(whenOf(text, PUB, "A week later")).toMatch(/^1999-03-11~?$/);
  });

  it("'a year later' after a year is the year after, whatever the publication date", () => {
    expect(whenOf("In 1990 the party split. A year later it lost power.", PUB, "A year later")).toMatch(/^1991~?$/);
  });

  it("'the day before the vote' counts from the vote, which the text does not date", () => {
    const result = extract("The leaders met on Monday. The day before the vote, protesters had gathered.", PUB);
    expect(result.candidates.map((c) => c.phrase.text)).toEqual(["on Monday"]);
  });

  it("'the same day' as a date given to the month keeps the month", () => {
    expect(whenOf("Libya handed the suspects over in April 1999. The sanctions were suspended the same day.", "2001-01-31", "the same day")).toBe("1999-04");
    // A year named in passing ("a 1998 proposal") is a coarser date than the handover's month.
    const text = "Libya handed the suspects over in April 1999, after accepting a 1998 proposal. The sanctions were suspended the same day.";
    expect(whenOf(text, "2001-01-31", "the same day")).toBe("1999-04");
  });

  it("'since the war began' counts from when the war began, not from 'war crimes'", () => {
    const text = "The war in Bosnia began in April 1992. Two leaders were indicted for war crimes in July. Some 200,000 people have been killed since the war began.";
    expect(whenOf(text, "1995-11-22", "since the war")).toBe("1992-04/1995-11-22");
  });
});
