// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { useState } from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { enGB } from "date-fns/locale/en-GB";
import { fr } from "date-fns/locale/fr";
import type { Locale } from "date-fns";
import { AsOfControl } from "../../src/components/AsOfControl";
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
