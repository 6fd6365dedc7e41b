// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { useState } from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { enGB } from "date-fns/locale/en-GB";
import { fr } from "date-fns/locale/fr";
import { ko } from "date-fns/locale/ko";
import type { Locale } from "date-fns";
import { AsOfControl } from "../../src/components/AsOfControl";
import { readDayText } from "../../src/components/readDayText";
import { dayOfIso } from "../../src/domain/fuzzyDate";

const day = (iso: string) => dayOfIso(iso)!;
const reports = [day("2019-01-18"), day("2019-02-28")];

function Harness({ onChange, locale = enGB }: { onChange: (day: number) => void; locale?: Locale }) {
  const [shown, setShown] = useState(day("2019-01-18"));
  return (
    <AsOfControl
      day={shown}
      publicationDays={reports}
      locale={locale}
      onChange={(d) => {
        setShown(d);
        onChange(d);
      }}
    />
  );
}

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

describe("the as-of control", () => {
  it("shows the day in the page's date language, and applies a day typed whole", async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const field = screen.getByRole("textbox", { name: "As of" });
    expect(field).toHaveValue("18 Jan 2019");
    await userEvent.clear(field);
    await userEvent.type(field, "1 Mar 2019");
    // "1 Mar 201" is no day yet: only the whole date applies.
    expect(onChange.mock.calls).toEqual([[day("2019-03-01")]]);
    await userEvent.tab();
    expect(field).toHaveValue("1 Mar 2019");
    expect(screen.getByRole("button", { name: "Earlier report" })).toHaveAttribute("title", "As of the report before: 28 Feb 2019");
  });

  it("says what is wrong with a day it cannot read, and Escape puts the shown day back", async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} locale={fr} />);
    const field = screen.getByRole("textbox", { name: "As of" });
    expect(field).toHaveValue("18 janv. 2019");
    await userEvent.clear(field);
    await userEvent.type(field, "31 février 2019{Enter}");
    expect(onChange).not.toHaveBeenCalled();
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("alert")).toHaveTextContent("Not a day: type one like 18 janv. 2019 or 2019-01-18");
    expect(field).toHaveAccessibleDescription(/Not a day/);
    await userEvent.keyboard("{Escape}");
    expect(field).toHaveValue("18 janv. 2019");
    await userEvent.type(field, "{Enter}");
    expect(field).not.toHaveAttribute("aria-invalid");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("steps through the reports' days with Earlier and Later", async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    expect(screen.getByRole("button", { name: "Earlier report" })).toBeDisabled();
    await userEvent.click(screen.getByRole("button", { name: "Later report" }));
    expect(screen.getByRole("textbox", { name: "As of" })).toHaveValue("28 Feb 2019");
    expect(screen.getByRole("button", { name: "Later report" })).toBeDisabled();
  });
});
