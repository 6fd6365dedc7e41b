/**
 * The app's address, in one place: every parameter it reads or writes (a typed table: the name,
 * how it is read and written, its default, the modes that read it), one function that builds a
 * query string and one that writes it into history. The view, the modes, presentations and embeds
 * compose their settings from these (viewUrl.ts, appMode.ts, presentation/, embed/).
 */
import { useEffect, useState } from "react";
import { dayOfIso } from "../domain/fuzzyDate";
import type { EventStatus } from "../domain/types";
import { EVENT_STATUSES } from "../domain/vocabulary";
import type { LaneGrouping } from "../layout/types";
import { isLocaleId, LOCALES, type LocaleId } from "./locales";

/** What the app shows: explore (the default), embed, present, and the presenter's own window. */
export const APP_MODES = ["explore", "embed", "present", "presenter"] as const;
export type AppMode = (typeof APP_MODES)[number];
export const LANE_GROUPINGS = ["category", "actor", "none"] as const satisfies readonly LaneGrouping[];
export const THEMES = ["auto", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
/** How an optional part of an embed appears: in full, behind a disclosure, or not at all. */
export const PART_DISPLAYS = ["show", "collapse", "hide"] as const;
export type PartDisplay = (typeof PART_DISPLAYS)[number];
/** How explore and embed draw time: across the page, down it, or down it on narrow screens (auto). */
export const CHART_LAYOUTS = ["auto", "vertical", "horizontal"] as const;
export type ChartLayout = (typeof CHART_LAYOUTS)[number];

/**
 * A value read from the address, or the reason it cannot be used, in words, for a notice. A list
 * with some items that cannot be used keeps the rest (`value`), and `why` names the items.
 */
export type Read<T> = { ok: true; value: T } | { ok: false; why: string; value?: T };

interface Param<T> {
  /** The modes that read it ("all" for every one). Others leave it in the address as it is. */
  modes: readonly AppMode[] | "all";
  /** Never throws: a value that cannot be used is refused with the reason. */
  read: (raw: string) => Read<T>;
  /** The text to write; the default writes nothing (the parameter is left out). */
  write: (value: T) => string;
  default: T;
  /** Set by the page an embed sits in (Pym.js, our embed.js), never by the app: not copied into a snippet. */
  host?: true;
}

/** A table entry, typed by its default. */
const param = <T>(spec: Param<T>): Param<T> => spec;
const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const no = <T>(why: string): Read<T> => ({ ok: false, why });
const ID = /^[a-z0-9][a-z0-9-]*$/;
const YES = ["1", "true", "yes", "show", "on"];
const NO = ["0", "false", "no", "hide", "off"];

const text = (maxLength = 2000): Param<string>["read"] => (raw) => ok(raw.slice(0, maxLength));
/** "a, b or c". */
const orList = (values: readonly string[]) => (values.length < 2 ? values.join("") : `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`);
const oneOf =
  <T extends string>(allowed: readonly T[]): Param<T>["read"] =>
  (raw) =>
    (allowed as readonly string[]).includes(raw) ? ok(raw as T) : no(`use ${orList(allowed)}`);
const items = (raw: string) => raw.split(",").map((s) => s.trim()).filter(Boolean);
const idList: Param<string[]>["read"] = (raw) => {
  const values = items(raw);
  const bad = values.filter((v) => !ID.test(v));
  return bad.length > 0 ? { ok: false, why: `${bad.join(", ")} (not ids)`, value: values.filter((v) => ID.test(v)) } : ok(values);
};
const plain = (value: string) => value;
const list = (values: readonly string[]) => values.join(",");
const flag: Param<boolean>["read"] = (raw) => {
  const value = raw.toLowerCase();
  return YES.includes(value) ? ok(true) : NO.includes(value) ? ok(false) : no("use 1 or 0");
};
const part: Param<PartDisplay>["read"] = (raw) => {
  const value = raw.toLowerCase();
  if (YES.includes(value)) return ok("show");
  if (NO.includes(value)) return ok("hide");
  if (value === "collapse" || value === "collapsed") return ok("collapse");
  return no("use show, collapse or hide");
};

/** "#0b5cad" from "0b5cad", "#0B5CAD" or "#06c"; undefined for anything else. */
export function parseHexColour(value: string): string | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join("") : match[1];
  return `#${hex.toLowerCase()}`;
}

const VIEW_MODES = ["explore", "embed", "present", "presenter"] as const;
const EXPLORING = ["explore", "embed"] as const;
const PRESENTING = ["present", "presenter"] as const;

/** Every parameter of the address. */
export const PARAMS = {
  /** A dataset to load instead of the bundled one (this site, or https). */
  data: param({ modes: "all", read: text(), write: plain, default: "" }),
  /** Forces the format of `data`. */
  format: param({ modes: "all", read: text(40), write: plain, default: "" }),
  mode: param({ modes: "all", read: oneOf(APP_MODES), write: plain, default: "explore" as AppMode }),
  /** `view=library`: the reader's library of timelines instead of the timeline (explore mode). */
  view: param({ modes: ["explore"], read: oneOf(["timeline", "library"] as const), write: plain, default: "timeline" as "timeline" | "library" }),
  /** The selected event, and a second one to compare with. */
  event: param({ modes: VIEW_MODES, read: (raw) => (ID.test(raw) ? ok(raw) : no("not an event id")), write: plain, default: "" }),
  compare: param({ modes: EXPLORING, read: (raw) => (ID.test(raw) ? ok(raw) : no("not an event id")), write: plain, default: "" }),
  /** The visible range, whole days (read together: see viewUrl.ts). */
  from: param({ modes: EXPLORING, read: (raw) => (dayOfIso(raw) !== undefined ? ok(raw) : no("not a date, YYYY-MM-DD")), write: plain, default: "" }),
  to: param({ modes: EXPLORING, read: (raw) => (dayOfIso(raw) !== undefined ? ok(raw) : no("not a date, YYYY-MM-DD")), write: plain, default: "" }),
  /** `layout=vertical` or `horizontal` forces one; by default a chart 480 px wide or less runs down the page. */
  layout: param({ modes: EXPLORING, read: oneOf(CHART_LAYOUTS), write: plain, default: "auto" as ChartLayout }),
  /** See the timeline as it was known on this day: what had been reported by then (YYYY-MM-DD). */
  asof: param({ modes: VIEW_MODES, read: (raw) => (dayOfIso(raw) !== undefined ? ok(raw) : no("not a date, YYYY-MM-DD")), write: plain, default: "" }),
  lanes: param({ modes: VIEW_MODES, read: oneOf<LaneGrouping>(LANE_GROUPINGS), write: plain, default: "category" as LaneGrouping }),
  actors: param({ modes: VIEW_MODES, read: idList, write: list, default: [] as string[] }),
  categories: param({ modes: VIEW_MODES, read: idList, write: list, default: [] as string[] }),
  status: param({
    modes: VIEW_MODES,
    read: (raw) => {
      const values = items(raw);
      const good = values.filter((s): s is EventStatus => (EVENT_STATUSES as readonly string[]).includes(s));
      return good.length < values.length ? { ok: false, why: `${values.filter((s) => !good.includes(s as EventStatus)).join(", ")} (use ${EVENT_STATUSES.join(", ")})`, value: good } : ok(good);
    },
    write: list,
    default: [] as EventStatus[],
  }),
  /** The search. */
  q: param({ modes: VIEW_MODES, read: text(200), write: (value: string) => value.trim(), default: "" }),
  /** The dates' language. */
  locale: param({ modes: "all", read: (raw) => (isLocaleId(raw) ? ok(raw) : no(`not a supported locale: use ${orList(Object.keys(LOCALES))}`)), write: plain, default: "en-GB" as LocaleId }),
  theme: param({ modes: "all", read: oneOf(THEMES), write: plain, default: "auto" as Theme }),
  /** An accent colour (hex), kept at WCAG AA contrast. */
  accent: param({ modes: "all", read: (raw) => (parseHexColour(raw) ? ok(parseHexColour(raw)!) : no("use a hex colour such as 0b5cad")), write: (value: string) => value.replace(/^#/, ""), default: "" }),
  /** An embed's parts. */
  title: param({ modes: ["embed"], read: flag, write: (value: boolean) => (value ? "1" : "0"), default: true }),
  dek: param({ modes: ["embed"], read: flag, write: (value: boolean) => (value ? "1" : "0"), default: false }),
  credit: param({ modes: ["embed"], read: flag, write: (value: boolean) => (value ? "1" : "0"), default: true }),
  filters: param({ modes: ["embed"], read: part, write: plain, default: "collapse" as PartDisplay }),
  list: param({ modes: ["embed"], read: part, write: plain, default: "collapse" as PartDisplay }),
  /** An embed's fixed height in pixels: its content fits inside it (the chart takes what is left). */
  height: param({ modes: ["embed"], read: (raw) => (/^\d{3,4}$/.test(raw) && Number(raw) >= 200 && Number(raw) <= 4000 ? ok(Number(raw)) : no("use a height in pixels from 200 to 4000")), write: String, default: 0 }),
  /** The presentation's step, 1-based (whether it exists is for the presentation to say). */
  step: param({ modes: PRESENTING, read: (raw) => (/^\d{1,6}$/.test(raw.trim()) && Number(raw) >= 1 ? ok(Number(raw.trim())) : no("not a step number")), write: String, default: 0 }),
  /** `steps=all`: every event by date, even when the dataset has a story. */
  steps: param({ modes: PRESENTING, read: oneOf(["all", "story"] as const), write: plain, default: "story" as "all" | "story" }),
  /** `reveal=hide`: events after the current step are not drawn until their turn (rather than faint). */
  reveal: param({ modes: ["present"], read: oneOf(["mute", "hide"] as const), write: plain, default: "mute" as "mute" | "hide" }),
  childId: param({ modes: ["embed"], read: text(64), write: plain, default: "", host: true }),
  initialWidth: param({ modes: ["embed"], read: text(16), write: plain, default: "", host: true }),
  parentTitle: param({ modes: ["embed"], read: text(), write: plain, default: "", host: true }),
  parentUrl: param({ modes: ["embed"], read: text(), write: plain, default: "", host: true }),
  parentOrigin: param({ modes: ["embed"], read: text(), write: plain, default: "", host: true }),
};

export type ParamName = keyof typeof PARAMS;
/** The value a parameter holds. */
export type ParamValue<K extends ParamName> = (typeof PARAMS)[K]["default"];

/** The parameters whose values the page an embed sits in sets. */
export const HOST_PARAMS = (Object.keys(PARAMS) as ParamName[]).filter((name) => "host" in PARAMS[name]);

/**
 * A parameter's value: the default when absent or empty; when the text cannot be used, the
 * default (or the part that can be, for lists) and the reason, as "name=text (why)".
 */
export function readParam<K extends ParamName>(search: string | URLSearchParams, name: K): { value: ParamValue<K>; ignored?: string } {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const raw = params.get(name);
  const spec = PARAMS[name] as unknown as Param<ParamValue<K>>;
  if (raw === null || raw === "") return { value: spec.default };
  const read = spec.read(raw);
  if (read.ok) return { value: read.value };
  // A list keeps what it can and names the rest; anything else is ignored whole.
  return read.value !== undefined ? { value: read.value, ignored: `${name}: ${read.why}` } : { value: spec.default, ignored: `${name}=${raw} (${read.why})` };
}

/**
 * Read several parameters of one address, collecting what could not be used: `read(name)` gives
 * a value (see readParam), `ignored` the reasons, in the order read.
 */
export function paramReader(search: string | URLSearchParams): { read: <K extends ParamName>(name: K) => ParamValue<K>; ignored: string[] } {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const ignored: string[] = [];
  const read = <K extends ParamName>(name: K): ParamValue<K> => {
    const result = readParam(params, name);
    if (result.ignored) ignored.push(result.ignored);
    return result.value;
  };
  return { read, ignored };
}

/**
 * A query string: `search` with `changes` written in (a value equal to the parameter's default, or
 * undefined, takes the parameter out), every other parameter kept as it was. "" when empty, else
 * "?…". Commas stay commas: lists read better in an address than %2C.
 */
export function searchWith(search: string, changes: { [K in ParamName]?: ParamValue<K> | undefined }, { drop = [] as readonly ParamName[] } = {}): string {
  const params = new URLSearchParams(search);
  for (const name of drop) params.delete(name);
  for (const name of Object.keys(changes) as ParamName[]) {
    const spec = PARAMS[name] as unknown as Param<ParamValue<typeof name>>;
    const value = changes[name];
    const written = value === undefined ? "" : spec.write(value);
    if (written === "" || written === spec.write(spec.default)) params.delete(name);
    else params.set(name, written);
  }
  const text = params.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}

/**
 * Put a query string in the address bar: `push` adds a history entry (Back returns to the one
 * before), `replace` changes the current one. Nothing happens when it is already there.
 */
export function writeAddress(search: string, how: "push" | "replace"): void {
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (how === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(window.history.state, "", url);
}

/**
 * Go to another address of the app without reloading: a history entry (so Back returns), then a
 * popstate so that whoever follows the address (useLocationSearch, useUrlSync) catches up.
 */
export function navigate(search: string): void {
  writeAddress(search, "push");
  window.dispatchEvent(new PopStateEvent("popstate", { state: null }));
}

/** The query string, starting from `initial` and following history navigation (Back, Forward, navigate()). */
export function useLocationSearch(initial: string): string {
  const [search, setSearch] = useState(initial);
  useEffect(() => {
    const onPop = () => setSearch(window.location.search);
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  return search;
}
