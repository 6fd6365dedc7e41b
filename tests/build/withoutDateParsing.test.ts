import { describe, expect, it } from "vitest";
import { parse } from "date-fns";
import { enUS } from "date-fns/locale/en-US";
import { EN_MATCH_STUB, loadWithoutDateParsing, PARSING_LEFT_OUT } from "../../scripts/withoutDateParsing";

describe("withoutDateParsing (build plugin)", () => {
  it.each(["/app/node_modules/date-fns/locale/en-US/_lib/match.js", "C:\\app\\node_modules\\date-fns\\locale\\en-US\\_lib\\match.js"])("leaves out the English parsing patterns (%s)", (id) => {
    expect(loadWithoutDateParsing(id)).toBe(EN_MATCH_STUB);
  });

  it.each(["/app/node_modules/date-fns/locale/fr/_lib/match.js", "/app/node_modules/date-fns/locale/en-US/_lib/localize.js", "/app/node_modules/date-fns/format.js", "/app/src/domain/match.js"])("leaves every other module as it is (%s)", (id) => {
    expect(loadWithoutDateParsing(id)).toBeUndefined();
  });

  it("makes a parse with the English locale fail and say why, where the real patterns read the month", async () => {
    const { match } = (await import(`data:text/javascript,${encodeURIComponent(EN_MATCH_STUB)}`)) as { match: typeof enUS.match };
    expect(parse("Jan 2019", "MMM yyyy", new Date(0), { locale: enUS }).getMonth()).toBe(0);
    expect(() => parse("Jan 2019", "MMM yyyy", new Date(0), { locale: { ...enUS, match } })).toThrow(PARSING_LEFT_OUT);
  });
});
