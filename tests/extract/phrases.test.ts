import { describe, expect, it } from "vitest";
import { candidate, extract, whenOf } from "./helpers";

describe("weekdays are resolved by the tense of their clause", () => {
  // Monday 31 December 2018: the week crosses both a month and a year boundary.
  const NEW_YEARS_EVE = "2018-12-31";

  it("a past-tense weekday is the most recent one on or before publication, across a year boundary", () => {
    expect(whenOf("The two leaders met on Friday.", NEW_YEARS_EVE, "Friday")).toBe("2018-12-28");
    expect(whenOf("Talks collapsed on Thursday.", NEW_YEARS_EVE, "Thursday")).toBe("2018-12-27");
  });

  it("a future-tense weekday is the next one on or after publication, into the new year", () => {
    expect(whenOf("The two leaders will meet on Thursday.", NEW_YEARS_EVE, "Thursday")).toBe("2019-01-03");
    expect(whenOf("Parliament is to vote on Wednesday.", NEW_YEARS_EVE, "Wednesday")).toBe("2019-01-02");
  });

  it("the publication day counts when it is that weekday, in both tenses", () => {
    // The BBC article of Friday 18 January 2019: "who visited the White House on Friday".
    expect(whenOf("Kim Yong-chol, who visited the White House on Friday, is close to the leader.", "2019-01-18", "Friday")).toBe("2019-01-18");
    expect(whenOf("The president will speak on Friday.", "2019-01-18", "Friday")).toBe("2019-01-18");
    expect(whenOf("The talks ended on Monday.", NEW_YEARS_EVE, "Monday")).toBe("2018-12-31");
  });

  it("past tense across a month boundary, published on the first of a month", () => {
    // Friday 1 March 2019
    expect(whenOf("Protesters gathered on Tuesday.", "2019-03-01", "Tuesday")).toBe("2019-02-26");
    expect(whenOf("Protesters will gather on Tuesday.", "2019-03-01", "Tuesday")).toBe("2019-03-05");
  });

  it("a day someone aims at ('called a strike for Tuesday') lies ahead even in the past tense", () => {
    expect(whenOf("The union called a general strike for Tuesday.", "1993-09-13", "Tuesday")).toBe("1993-09-14");
  });

  it("'takes effect from Monday' looks ahead", () => {
    expect(whenOf("The ban takes effect from Monday.", "2019-01-16", "Monday")).toBe("2019-01-21");
  });

  it("'last' and 'next' keep chrono's meaning", () => {
    expect(whenOf("He resigned last Friday.", "2019-01-16", "last Friday")).toBe("2019-01-11");
    expect(whenOf("He will resign next Friday.", "2019-01-16", "next Friday")).toBe("2019-01-25");
  });

  it("a weekday in two clauses of different tense gets each clause's direction", () => {
    const text = "Mr Arafat flew to Washington on Sunday and will return to Tunis on Tuesday.";
    expect(whenOf(text, "1993-09-13", "Sunday")).toBe("1993-09-12");
    expect(whenOf(text, "1993-09-13", "Tuesday")).toBe("1993-09-14");
  });

  it("says how the weekday was resolved", () => {
    const c = candidate("The two leaders met on Friday.", NEW_YEARS_EVE, "Friday");
    expect(c.tense).toBe("past");
    expect(c.reason).toMatch(/most recent Friday/);
    expect(c.granularity).toBe("day");
  });
});

describe("months and seasons take the year the modifier or the tense gives them", () => {
  it("'last June' is the most recent June before publication, at month precision", () => {
    expect(whenOf("They met in Singapore last June.", "2019-01-18", "last June")).toBe("2018-06");
    expect(whenOf("It tested a weapon last November.", "2019-01-18", "last November")).toBe("2018-11");
  });

  it("'last June' published in June is a year back; published in July it is the June just gone", () => {
    expect(whenOf("They met last June.", "2019-06-20", "last June")).toBe("2018-06");
    expect(whenOf("They met last June.", "2019-07-02", "last June")).toBe("2019-06");
  });

  it("'next March' and 'this December'", () => {
    expect(whenOf("Elections are due next March.", "2019-01-18", "next March")).toBe("2019-03");
    expect(whenOf("Elections are due next March.", "2019-04-02", "next March")).toBe("2020-03");
    expect(whenOf("The plant closes this December.", "2019-01-18", "this December")).toBe("2019-12");
  });

  it("a bare month looks back in the past tense and forward in the future tense", () => {
    expect(whenOf("In May, the rocket flew to within nine miles of the surface.", "1969-07-21", "May")).toBe("1969-05");
    expect(whenOf("Nasa plans a second landing in November.", "1969-07-21", "November")).toBe("1969-11");
    expect(whenOf("The army withdrew in November.", "2019-01-18", "November")).toBe("2018-11");
  });

  it("'June last year' and 'July next year'", () => {
    expect(whenOf("The talks began in June last year.", "2019-01-18", "June last year")).toBe("2018-06");
    expect(whenOf("Elections are expected in July next year.", "1993-09-13", "July next year")).toBe("1994-07");
  });

  it("a day and month without a year, before and after publication", () => {
    expect(whenOf("Lehman reported a loss on Sept. 10.", "2008-09-16", "Sept. 10")).toBe("2008-09-10");
    expect(whenOf("Israel will withdraw by December 13.", "1993-09-13", "December 13")).toBe("[..1993-12-13]");
    expect(whenOf("The ceasefire began on 30 December.", "2019-01-04", "30 December")).toBe("2018-12-30");
  });

  it("a year given just after a day and month is used ('the September 11 attacks in 2001')", () => {
    expect(candidate("It was the worst attack since the September 11 attacks in 2001.", "2008-09-16", "September 11").when).toMatch(/^2001-09-11/);
  });

  it("seasons are three-month windows, northern hemisphere", () => {
    expect(whenOf("The exodus began in the summer.", "1989-11-10", "summer")).toBe("[1989-06..1989-08]");
    expect(whenOf("The factory closed last winter.", "2019-01-18", "last winter")).toBe("[2017-12..2018-02]");
    expect(whenOf("The talks resume in autumn 2019.", "2019-01-18", "autumn 2019")).toBe("[2019-09..2019-11]");
  });

  it("quarters and halves", () => {
    expect(whenOf("Profits fell in the first half of 2018.", "2019-01-18", "first half of 2018")).toBe("[2018-01..2018-06]");
    expect(whenOf("Lehman reported a loss for the third quarter.", "2008-09-16", "third quarter")).toBe("[2008-07..2008-09]");
  });
});

describe("years, decades and centuries", () => {
  it("'earlier last year' is only year-precise", () => {
    const c = candidate("A report earlier last year had identified the bases.", "2019-01-18", "earlier last year");
    expect(c.when).toBe("2018");
    expect(c.granularity).toBe("year");
  });

  it("a bare year after a preposition or in 'the 1993 accords'; not in '1,500 troops' or 'in 2000 people'", () => {
    expect(whenOf("The PLO was founded in 1964.", "1993-09-13", "1964")).toBe("1964");
    expect(whenOf("The 1978 Camp David accords promised autonomy.", "1993-09-13", "1978")).toBe("1978");
    expect(extract("The rally drew 1,500 troops, 2000 police and 1800 protesters, and in 2000 people marched.", "2019-01-18").candidates).toEqual([]);
  });

  it("'in 2019 and 2020' gives both years; 'rose by 2000' is an amount", () => {
    expect(extract("Elections were held in 2016 and 2018.", "2019-01-18").candidates.map((c) => c.when)).toEqual(["2016", "2018"]);
    expect(extract("Sales rose by 2000 and the firm won by 1200.", "2019-01-18").candidates).toEqual([]);
  });

  it("'the turn of the century' is about the century year nearest publication", () => {
    expect(whenOf("It was built at the turn of the century.", "2019-01-18", "turn of the century")).toBe("2000~");
    expect(whenOf("It was built at the turn of the century.", "1912-05-01", "turn of the century")).toBe("1900~");
  });

  it("decades and centuries are sets of years", () => {
    expect(whenOf("The space race dominated the 1960s.", "1969-07-21", "1960s")).toBe("[1960..1969]");
    expect(whenOf("Trade grew in the early 1990s.", "2019-01-18", "1990s")).toBe("[1990..1993]");
    expect(whenOf("It was built in the 19th century.", "2019-01-18", "19th century")).toBe("[1801..1900]");
  });

  it("'the end of 2020' is its last month, 'a decade ago' about a year", () => {
    expect(whenOf("The treaty expires at the end of 2020.", "2019-01-18", "2020")).toBe("2020-12");
    expect(whenOf("The war ended a decade ago.", "2019-01-18", "a decade ago")).toBe("2009~");
  });

  it("year ranges are intervals", () => {
    expect(whenOf("The war lasted from 1939 to 1945.", "2019-01-18", "1939")).toBe("1939/1945");
    expect(whenOf("He led the country in 1990-94.", "2019-01-18", "1990")).toBe("1990/1994");
  });
});

describe("publication on a day other months do not have", () => {
  it("published on 29 February or 31 December, dates in shorter months are still found", () => {
    const text = "Prices fell last February. It was founded in 2018. From 1990 to 1994 he ruled. They met in June.";
    expect(extract(text, "2020-02-29").candidates.map((c) => c.when)).toEqual(["2019-02", "2018", "1990/1994", "2019-06"]);
    expect(extract(text, "2019-12-31").candidates.map((c) => c.when)).toEqual(["2019-02", "2018", "1990/1994", "2019-06"]);
  });
});

describe("deadlines", () => {
  it("'by the end of February' is one day on or before the last day of February", () => {
    const c = candidate("Trump is to meet Kim for a second summit by the end of February, the White House says.", "2019-01-18", "by the end of February");
    expect(c.when).toBe("[..2019-02-28]");
    expect(c.role).toBe("deadline");
    expect(c.phrase.text).toBe("by the end of February");
  });

  it("the end of February in a leap year", () => {
    expect(whenOf("A deal is to be signed by the end of February.", "2020-01-10", "February")).toBe("[..2020-02-29]");
  });

  it("'by the end of the year', 'before the end of the decade', 'by 2025', 'within two weeks'", () => {
    expect(whenOf("The troops will leave by the end of the year.", "2019-01-18", "end of the year")).toBe("[..2019-12-31]");
    expect(whenOf("He set the goal of landing a man on the Moon before the end of the decade.", "1961-05-25", "decade")).toBe("[..1969-12-31]");
    expect(whenOf("Emissions are to halve by 2025.", "2019-01-18", "2025")).toBe("[..2025]");
    expect(whenOf("Talks are to start within two weeks.", "1993-09-13", "within two weeks")).toBe("[..1993-09-27]");
  });

  it("'by the end of the week' ends on the Sunday, across a year boundary", () => {
    expect(whenOf("The EU will release funds by the end of the week.", "2004-12-28", "end of the week")).toBe("[..2005-01-02]");
  });

  it("'by' before a possessive date is an agent, not a deadline", () => {
    expect(whenOf("Thousands were killed by Sunday's earthquake.", "2004-12-28", "Sunday")).toBe("2004-12-26");
  });
});

describe("relative days, weeks and durations", () => {
  it("yesterday, today, tomorrow, later today", () => {
    expect(whenOf("The prime minister visited Phuket yesterday.", "2004-12-28", "yesterday")).toBe("2004-12-27");
    expect(whenOf("The bank is expected to fold later today.", "2008-09-16", "today")).toBe("2008-09-16");
    expect(whenOf("The results will be announced tomorrow.", "2019-12-31", "tomorrow")).toBe("2020-01-01");
  });

  it("weeks and weekends are sets of days", () => {
    expect(whenOf("The government seized the lenders last week.", "2008-09-16", "last week")).toBe("[2008-09-08..2008-09-14]");
    expect(whenOf("The court will meet next week.", "2008-09-16", "next week")).toBe("[2008-09-22..2008-09-28]");
    expect(whenOf("Talks collapsed over the weekend.", "2008-09-16", "weekend")).toBe("[2008-09-13..2008-09-14]");
    expect(whenOf("The city will open new crossings at the weekend.", "1989-11-10", "weekend")).toBe("[1989-11-11..1989-11-12]");
  });

  it("'two years ago' and 'three weeks ago' are approximate", () => {
    expect(whenOf("The mine closed two years ago.", "2019-01-18", "two years ago")).toBe("2017~");
    expect(whenOf("The mine closed three weeks ago.", "2019-01-18", "three weeks ago")).toBe("2018-12-28~");
  });

  it("'in a year' after 'first' is a gap back from the sentence's own date", () => {
    const c = candidate("It tested a new weapon last November, its first official report of a weapons test in a year.", "2019-01-18", "in a year");
    expect(c.when).toBe("2017-11~");
    expect(c.role).toBe("gap");
    expect(c.confidence).toBeLessThan(0.5);
  });

  it("'in a year' in the future tense is about a year after publication", () => {
    expect(whenOf("The new bridge will be finished in a year.", "2019-01-18", "in a year")).toBe("2020~");
    expect(whenOf("The new bridge will be finished in two weeks.", "2019-01-18", "in two weeks")).toBe("2019-02-01~");
  });

  it("'in two weeks' in the past tense is the two weeks up to publication", () => {
    expect(whenOf("Cases outside China rose thirteenfold in two weeks.", "2020-03-12", "in two weeks")).toBe("2020-02-27~/2020-03-12");
  });

  it("'until April 3' in the future tense runs from publication; 'stay closed' is no past tense", () => {
    expect(whenOf("Italy extended its lockdown on Tuesday, and schools will stay closed until April 3.", "2020-03-12", "April 3")).toBe("2020-03-12/2020-04-03");
    expect(whenOf("Italy extended its lockdown on Tuesday, and schools will stay closed until April 3.", "2020-03-12", "Tuesday")).toBe("2020-03-10");
  });

  it("a range of lengths ('for at least 12 to 18 months') is found and left unresolved", () => {
    const r = extract("A vaccine is unlikely to be ready for at least 12 to 18 months.", "2020-03-12");
    expect(r.candidates).toEqual([]);
    expect(r.unresolved.map((u) => u.kind)).toEqual(["duration"]);
  });

  it("'over the past two years' runs from about two years back until publication", () => {
    const c = candidate("Prices have doubled over the past two years.", "2019-01-18", "past two years");
    expect(c.when).toBe("2017-01~/2019-01-18");
    expect(c.status).toBe("ongoing");
  });

  it("'for 30 years' in the present perfect dates the start; otherwise a duration is unresolved", () => {
    expect(whenOf("He has been in power for 30 years.", "2019-01-18", "30 years")).toBe("1989-01~/2019-01-18");
    const r = extract("Violence has continued for months. They talked for hours.", "2019-01-18");
    expect(r.candidates).toEqual([]);
    expect(r.unresolved.map((u) => [u.phrase.text, u.kind])).toContainEqual(["for months", "duration"]);
  });

  it("'since 1961' and 'since June' run until publication", () => {
    expect(whenOf("The programme has cost $24bn since 1961.", "1969-07-21", "1961")).toBe("1961/1969-07-21");
    expect(whenOf("Prices have risen since June.", "2019-01-18", "June")).toBe("2018-06/2019-01-18");
  });
});

describe("older and other spellings", () => {
  it("reads 'to-day', 'to-morrow', 'this morning' and 'last night' against publication", () => {
    const text = "The war in Europe ended at midnight last night. Mr. Churchill will broadcast at 3 p.m. to-day. The King will speak to-morrow evening. This morning crowds gathered.";
    expect(extract(text, "1945-05-08").candidates.map((c) => c.when)).toEqual(["1945-05-07", "1945-05-08", "1945-05-09", "1945-05-08"]);
  });

  it("a verb right by the phrase governs it: 'said Friday that he would go'", () => {
    expect(whenOf("Trump said Friday that he would go.", "2019-01-16", "Friday")).toBe("2019-01-11");
  });

  it("'between March and May' is a span in the year the tense gives, crossing a new year if need be", () => {
    expect(whenOf("Fighting raged between March and May.", "2019-01-18", "March")).toBe("2018-03/2018-05");
    expect(whenOf("Elections will be held between November and February.", "2019-01-18", "November")).toBe("2019-11/2020-02");
  });

  it("'by mid-2020' and 'by mid-March' end at the middle", () => {
    expect(whenOf("The plan will be ready by mid-2020.", "2019-01-18", "2020")).toBe("[..2020-06-30]");
    expect(whenOf("The vote must happen by mid-March.", "2019-01-18", "March")).toBe("[..2019-03-15]");
  });
});

describe("phrases that count from the story", () => {
  it("'later that day' is the same day; 'the next morning' skips a year mentioned in passing", () => {
    const text = "The rebels attacked on 3 January 2011. Later that day, the president spoke. Earlier that year, talks had failed. The next morning, crowds gathered.";
    expect(extract(text, "2019-01-18").candidates.map((c) => c.when)).toEqual(["2011-01-03", "2011-01-03", "2011", "2011-01-04"]);
  });

  it("'since the summit' spans from the summit the story dated earlier until publication", () => {
    const text = "They held their first summit in Singapore last June. North Korea hasn't tested a missile since the summit.";
    const c = candidate(text, "2019-01-18", "since the summit");
    expect(c.when).toBe("2018-06/2019-01-18");
    expect(c.status).toBe("ongoing");
    expect(c.reason).toMatch(/last June/);
  });

  it("'since the war' with no dated war before it is returned unresolved", () => {
    const r = extract("Little has been rebuilt since the war.", "2019-01-18");
    expect(r.candidates).toEqual([]);
    expect(r.unresolved).toHaveLength(1);
    expect(r.unresolved[0]).toMatchObject({ kind: "anaphor", phrase: { text: "since the war" } });
  });

  it("'two days later' counts from the last dated mention; with none it is unresolved", () => {
    expect(whenOf("The rebels took the city on 3 March 2011. Two days later, the army returned.", "2019-01-18", "Two days later")).toBe("2011-03-05");
    const r = extract("Two days later, the army returned.", "2019-01-18");
    expect(r.candidates).toEqual([]);
    expect(r.unresolved[0].kind).toBe("anaphor");
  });

  it("'the following week' names a week; 'seven months after X' counts from X later in the sentence", () => {
    expect(whenOf("The rebels took the city on 3 March 2011. The following week, talks began.", "2019-01-18", "following week")).toBe("[2011-03-07..2011-03-13]");
    expect(whenOf("The landing came seven months after Apollo 8 circled the Moon last December.", "1969-07-21", "seven months after")).toBe("1969-07~");
  });

  it("'six days after it happened' with no date for 'it' in the sentence is unresolved, not counted from an unrelated date", () => {
    const r = extract("He released transcripts on Monday showing a cover-up six days after it happened.", "1974-08-09");
    expect(r.candidates.map((c) => c.phrase.text)).toEqual(["on Monday"]);
    expect(r.unresolved).toMatchObject([{ kind: "anaphor", phrase: { text: "six days after" } }]);
  });

  it("a time of day takes the day of the date just before it", () => {
    const text = "The astronauts landed on the Moon on Sunday. Armstrong stepped out at 10:56 pm Eastern time.";
    expect(whenOf(text, "1969-07-21", "10:56")).toBe("1969-07-20");
    expect(extract("Armstrong stepped out at 10:56 pm.", "1969-07-21").unresolved[0].kind).toBe("partial");
  });
});

describe("what is not a date", () => {
  it("undated statements get no dated candidate", () => {
    const r = extract("Nuclear negotiations have stalled. President Trump said he was looking forward to the talks.", "2019-01-18");
    expect(r.candidates).toEqual([]);
    expect(r.unresolved).toEqual([]);
    expect(r.sentences).toHaveLength(2);
  });

  it("weekdays in names, fractions and round numbers are left alone; 9/11 is the attacks", () => {
    const text =
      "The Good Friday Agreement held. Black Monday shook markets. The Sunday Times reported it. He won on Super Tuesday. " +
      "About 3/4 of voters agreed. The 1000 Genomes project began. A 1500-strong force left. The 9/11 attacks changed everything.";
    expect(extract(text, "2019-01-18").candidates.map((c) => [c.phrase.text, c.when])).toEqual([["9/11", "2001-09-11"]]);
  });

  it("verbs, names and numbers that look like dates are left alone", () => {
    const text =
      "Protesters march on the capital. Theresa May said talks would go on. He sat down. Trump is to meet Kim for a second summit. " +
      "Rates were held at 2%. Now, the talks. The Sun reported it.";
    expect(extract(text, "2019-01-18").candidates.map((c) => c.phrase.text)).toEqual([]);
  });
});

describe("every candidate points back into the text", () => {
  it("phrase and sentence offsets slice the original text, across line breaks", () => {
    const text = "Headline without a stop\n\nMr. Smith met the U.S. envoy on Friday. They will meet again on 12 March.\nLast year the talks failed.";
    const r = extract(text, "2019-01-18");
    expect(r.candidates.length).toBe(3);
    for (const c of r.candidates) {
      expect(text.slice(c.phrase.start, c.phrase.end)).toBe(c.phrase.text);
      expect(text.slice(c.sentence.start, c.sentence.end)).toBe(c.sentence.text);
      expect(c.sentence.start).toBeLessThanOrEqual(c.phrase.start);
      expect(c.sentence.end).toBeGreaterThanOrEqual(c.phrase.end);
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
    expect(r.candidates.map((c) => c.when)).toEqual(["2019-01-18", "2019-03-12", "2018"]);
  });
});
