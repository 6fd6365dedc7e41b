// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ExportMenu } from "../../src/components/ExportMenu";

/** Open or close the menu as a click on its summary does: the details element toggles. */
function toggle(open: boolean) {
  const details = screen.getByText("Export").closest("details")!;
  details.open = open;
  fireEvent(details, new Event("toggle"));
}

describe("the Export menu", () => {
  it("keeps what the reader chose when it is closed and opened again", async () => {
    const user = userEvent.setup();
    render(<ExportMenu model={undefined} query="" />);
    toggle(true);
    const width = await screen.findByRole("spinbutton", { name: "Width (px)" });
    await user.clear(width);
    await user.type(width, "1000");
    await user.click(screen.getByRole("button", { name: "Download PNG" }));
    expect(screen.getByRole("status")).toHaveTextContent("There is no chart to save");
    toggle(false);
    toggle(true);
    expect(screen.getByRole("spinbutton", { name: "Width (px)" })).toHaveValue(1000);
    expect(screen.getByRole("combobox", { name: "Size" })).toHaveValue("custom");
    expect(screen.getByRole("status")).toHaveTextContent("There is no chart to save");
  });

  it("says so when its code fails to arrive, instead of loading for ever", async () => {
    vi.resetModules();
    vi.doMock("../../src/components/ExportPanel", () => {
      throw new TypeError("Failed to fetch dynamically imported module");
    });
    const { ExportMenu: FreshMenu } = await import("../../src/components/ExportMenu");
    render(<FreshMenu model={undefined} query="" />);
    toggle(true);
    expect(await screen.findByRole("alert")).toHaveTextContent("could not be loaded");
    vi.doUnmock("../../src/components/ExportPanel");
  });
});
