import { describe, expect, it } from "vitest";
import { candidate } from "./helpers";

const PUB = "2019-01-18";
const statusOf = (text: string, phrase: string) => candidate(text, PUB, phrase).status;

describe("status is guessed from the date and the modality of the sentence", () => {
  it("past dates happened; future dates are planned", () => {
    expect(statusOf("The two leaders met in Singapore last June.", "last June")).toBe("happened");
    expect(statusOf("The two leaders will meet again in March.", "March")).toBe("planned");
  });

  it("'is to' and 'by the end of' make a planned event", () => {
    const c = candidate("US President Donald Trump is to meet Kim Jong-un for a second summit by the end of February, the White House says.", PUB, "February");
    expect(c.status).toBe("planned");
    expect(c.statusCue).toBe("is to");
  });

  it("'could' and speculation make it speculated; 'expected' makes it expected", () => {
    expect(statusOf("Speculation is mounting that the summit could be held in Vietnam in February.", "February")).toBe("speculated");
    expect(statusOf("The deal is expected to be signed next week.", "next week")).toBe("expected");
  });

  it("'since' makes a state that is ongoing at publication", () => {
    expect(statusOf("Sanctions have stayed in place since 2006.", "2006")).toBe("ongoing");
  });

  it("a window that contains publication follows the tense", () => {
    expect(statusOf("The talks will resume this week.", "this week")).toBe("planned");
    expect(statusOf("The talks resumed this week.", "this week")).toBe("happened");
  });
});

describe("actors and places come from a general gazetteer", () => {
  it("recognises countries, demonyms, capitals as governments and leaders", () => {
    const c = candidate("Talks between Washington and Pyongyang stalled after Mr Trump met the North Korean envoy on Friday.", PUB, "Friday");
    expect(c.actors).toEqual(["united-states", "north-korea"]);
  });

  it("names the place after 'in', 'at' or 'visited', a city or landmark before a country", () => {
    expect(candidate("Kim Yong-chol, who visited the White House on Friday, is close to the leader.", PUB, "Friday").place).toBe("Washington, DC");
    expect(candidate("They held their summit in Singapore last June.", PUB, "June").place).toBe("Singapore");
    expect(candidate("Ministers met in Geneva in Switzerland on Monday.", PUB, "Monday").place).toBe("Geneva");
  });

  it("leaves actors empty and place unset when it recognises nothing", () => {
    const c = candidate("The committee met on Monday.", PUB, "Monday");
    expect(c.actors).toEqual([]);
    expect(c.place).toBeUndefined();
  });

  it("does not take 'Latin America' for the United States or 'us' for the US", () => {
    expect(candidate("Trade with Latin America grew last year, they told us.", PUB, "last year").actors).toEqual([]);
  });
});

describe("titles", () => {
  it("takes the clause of the time phrase and the name a relative clause hangs on", () => {
    expect(candidate("Kim Yong-chol, who visited the White House on Friday, is close to the leader.", PUB, "Friday").title).toBe("Kim Yong-chol visited the White House");
    expect(candidate("It did test a new weapon last November – its first test in a year.", PUB, "last November").title).toBe("It did test a new weapon");
  });
});
