// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { contentHeightPx, SIZED_BY_PARENT_CLASS, startChildSizing } from "../../src/embed/childSizing";
import { EMBED_ATTRIBUTE, startParentSizer } from "../../src/embed/parentSizer";
import { DEFAULT_CHILD_ID } from "../../src/embed/pymMessages";

type Listener = (event: MessageEvent) => void;

/** A child window inside a frame: the real jsdom document, a recorded parent, messages by hand. */
function fakeChild({ search = "", ancestorOrigins = [] as string[] } = {}) {
  const sent: { message: string; targetOrigin: string }[] = [];
  const parent = { postMessage: (message: string, targetOrigin: string) => sent.push({ message, targetOrigin }) };
  const listeners: Listener[] = [];
  let observed: (() => void) | undefined;
  class FakeResizeObserver {
    constructor(callback: () => void) {
      observed = callback;
    }
    observe() {}
    disconnect() {
      observed = undefined;
    }
  }
  const win = {
    parent,
    document,
    location: { search, ancestorOrigins },
    addEventListener: (type: string, l: Listener) => type === "message" && listeners.push(l),
    removeEventListener: (type: string, l: Listener) => type === "message" && listeners.splice(listeners.indexOf(l), 1),
    ResizeObserver: FakeResizeObserver,
    MutationObserver: window.MutationObserver,
  } as unknown as Window & typeof globalThis;
  const receive = (data: unknown, origin: string, source: unknown = parent) => listeners.forEach((l) => l({ data, origin, source } as MessageEvent));
  return { win, sent, parent, receive, resize: () => observed?.(), listeners };
}

let height = 700;
const realRect = HTMLElement.prototype.getBoundingClientRect;
afterEach(() => {
  HTMLElement.prototype.getBoundingClientRect = realRect;
  document.documentElement.classList.remove(SIZED_BY_PARENT_CLASS);
  document.body.innerHTML = "";
});
function stubBodyHeight() {
  HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    return { ...realRect.call(this), height: this === document.body ? height : 0, width: this === document.body ? 0 : 640 } as DOMRect;
  };
}

describe("child: reports its height the way Pym does", () => {
  it("sends its content height at once, with the childId a Pym parent gave it, to the known parent origin", () => {
    stubBodyHeight();
    height = 700.2;
    const child = fakeChild({ search: "?mode=embed&childId=story-graphic&parentUrl=https%3A%2F%2Fnews.example%2Fa.html" });
    const stop = startChildSizing(child.win);
    expect(child.sent).toEqual([{ message: "pymxPYMxstory-graphicxPYMxheightxPYMx701", targetOrigin: "https://news.example" }]);
    stop();
  });

  it("sends again when the content's size changes, and only then", () => {
    stubBodyHeight();
    height = 500;
    const child = fakeChild();
    startChildSizing(child.win);
    child.resize();
    expect(child.sent).toHaveLength(1);
    height = 640;
    child.resize();
    expect(child.sent.map((s) => s.message)).toEqual([`pymxPYMx${DEFAULT_CHILD_ID}xPYMxheightxPYMx500`, `pymxPYMx${DEFAULT_CHILD_ID}xPYMxheightxPYMx640`]);
    expect(child.sent[1].targetOrigin).toBe("*");
  });

  it("also measures after DOM changes (Chromium pauses ResizeObserver in off-screen cross-origin frames)", async () => {
    stubBodyHeight();
    height = 500;
    const child = fakeChild();
    const stop = startChildSizing(child.win);
    height = 900;
    document.body.append(document.createElement("p"));
    await Promise.resolve();
    expect(child.sent.map((s) => s.message.split("xPYMx").pop())).toEqual(["500", "900"]);
    stop();
  });

  it("answers its parent's width message with its height, and stops needing a scrollbar", () => {
    stubBodyHeight();
    height = 500;
    const child = fakeChild({ ancestorOrigins: ["https://news.example"] });
    startChildSizing(child.win);
    child.receive(`pymxPYMx${DEFAULT_CHILD_ID}xPYMxwidthxPYMx640`, "https://news.example");
    expect(child.sent).toHaveLength(2);
    expect(document.documentElement.classList.contains(SIZED_BY_PARENT_CLASS)).toBe(true);
  });

  it("ignores messages from another origin, another window, for another child, or not Pym's", () => {
    stubBodyHeight();
    const child = fakeChild({ ancestorOrigins: ["https://news.example"] });
    startChildSizing(child.win);
    child.receive(`pymxPYMx${DEFAULT_CHILD_ID}xPYMxwidthxPYMx640`, "https://evil.example");
    child.receive(`pymxPYMx${DEFAULT_CHILD_ID}xPYMxwidthxPYMx640`, "https://news.example", {});
    child.receive("pymxPYMxsomeone-elsexPYMxwidthxPYMx640", "https://news.example");
    child.receive({ width: 640 }, "https://news.example");
    expect(child.sent).toHaveLength(1);
    expect(document.documentElement.classList.contains(SIZED_BY_PARENT_CLASS)).toBe(false);
  });

  it("does nothing when the page is not in a frame", () => {
    const win = { parent: undefined as unknown, addEventListener: vi.fn() } as unknown as Window & typeof globalThis;
    (win as unknown as { parent: unknown }).parent = win;
    startChildSizing(win)();
    expect(win.addEventListener).not.toHaveBeenCalled();
  });

  it("measures the body (which can shrink), not the root's scroll height (which cannot)", () => {
    stubBodyHeight();
    height = 321.5;
    expect(contentHeightPx(document)).toBe(322);
  });
});

describe("parent (embed.js): sizes our iframes from their messages", () => {
  function page() {
    document.body.innerHTML = `
      <iframe id="ours" ${EMBED_ATTRIBUTE} src="https://app.example/timeline/?mode=embed"></iframe>
      <iframe id="plain" src="https://app.example/timeline/?mode=embed"></iframe>`;
    const ours = document.getElementById("ours") as HTMLIFrameElement;
    const plain = document.getElementById("plain") as HTMLIFrameElement;
    const posted = vi.fn();
    Object.defineProperty(ours.contentWindow!, "postMessage", { value: posted, configurable: true });
    const stop = startParentSizer(window);
    const send = (data: unknown, origin: string, source: Window | null) => window.dispatchEvent(new MessageEvent("message", { data, origin, source }));
    return { ours, plain, posted, stop, send };
  }

  it("sets the height from a height message from our frame's window and origin, then says hello with the width", () => {
    const { ours, posted, stop, send } = page();
    send(`pymxPYMx${DEFAULT_CHILD_ID}xPYMxheightxPYMx812`, "https://app.example", ours.contentWindow);
    expect(ours.getAttribute("height")).toBe("812");
    expect(ours.style.height).toBe("812px");
    expect(posted).toHaveBeenCalledTimes(1);
    expect(posted.mock.calls[0][0]).toMatch(new RegExp(`^pymxPYMx${DEFAULT_CHILD_ID}xPYMxwidthxPYMx\\d+$`));
    expect(posted.mock.calls[0][1]).toBe("https://app.example");
    send(`pymxPYMx${DEFAULT_CHILD_ID}xPYMxheightxPYMx900`, "https://app.example", ours.contentWindow);
    expect(ours.style.height).toBe("900px");
    expect(posted).toHaveBeenCalledTimes(1);
    stop();
  });

  it("ignores messages from the wrong origin, from frames that are not ours, and nonsense heights", () => {
    const { ours, plain, stop, send } = page();
    send(`pymxPYMx${DEFAULT_CHILD_ID}xPYMxheightxPYMx812`, "https://evil.example", ours.contentWindow);
    send(`pymxPYMx${DEFAULT_CHILD_ID}xPYMxheightxPYMx812`, "https://app.example", plain.contentWindow);
    send(`pymxPYMx${DEFAULT_CHILD_ID}xPYMxheightxPYMx812`, "https://app.example", window);
    send(`pymxPYMx${DEFAULT_CHILD_ID}xPYMxheightxPYMx99999999`, "https://app.example", ours.contentWindow);
    send("height:812", "https://app.example", ours.contentWindow);
    expect(ours.getAttribute("height")).toBeNull();
    expect(plain.getAttribute("height")).toBeNull();
    stop();
  });

  it("stops listening when stopped", () => {
    const { ours, stop, send } = page();
    stop();
    send(`pymxPYMx${DEFAULT_CHILD_ID}xPYMxheightxPYMx812`, "https://app.example", ours.contentWindow);
    expect(ours.getAttribute("height")).toBeNull();
  });
});
