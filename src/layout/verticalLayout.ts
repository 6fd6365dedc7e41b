/**
 * The vertical layout, for narrow screens: time runs down a spine, each event is a card beside it
 * at its date. Pure: (events, range, width, measurers) in, positions out, tested without a DOM.
 *
 * Across, from the left: the tick labels (the gutter), the spine (points sit on it), the columns
 * that bars, bands and windows are packed into, then the cards. Down: the range in view fills a
 * spine of a fixed length, so zooming changes the pixels per day, as zooming the horizontal chart
 * does; the range itself is the same viewport state (days) in both layouts.
 */
import { format, type Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import type { TimelineEvent } from "../domain/types";
import { utcTicks } from "d3";
import { DAYS_PER_YEAR, dayOfMs, isDateDay, msOfDay, utcDateOfDay, withEra, yearOfDay } from "../domain/fuzzyDate";
import { POINT_RADIUS_PX, labelOf, shapeOf } from "./layoutTimeline";
import { computeTicks, tickUnit } from "./ticks";
import type { MarkShape, TextMeasurer, Viewport } from "./types";

/** Room above the spine's first day: a card anchored there starts at the top of the chart. */
export const V_TOP_PX = 18;
/** Room under the spine's last day (and the last card) for the "as of" label. */
export const V_BOTTOM_PX = 48;
/** Between two cards (or a card and a group). */
export const CARD_GAP_PX = 8;
/** A card's padding and borders, top and bottom together; the date line; a title line (VerticalChart.css). */
export const CARD_PAD_Y_PX = 16;
export const CARD_WHEN_PX = 17;
export const CARD_LINE_PX = 19;
/** A card's borders and padding, left and right together: its text is this much narrower (VerticalChart.css). */
export const CARD_INSET_X_PX = 22;
/** A date wraps to at most this many lines (a span's two dates in words are long on a phone). */
export const CARD_WHEN_MAX_LINES = 2;
/** Titles wrap to at most this many lines; the full title is in the card's name and the details. */
export const CARD_MAX_LINES = 3;
/** Where the connector from the spine meets a card, from its top: beside its date line. */
export const CARD_ANCHOR_PX = 16;
/** A "+N more" group's height. */
export const CLUSTER_HEIGHT_PX = 32;
/**
 * How far below its date a card may be pushed by the cards before it before it joins a "+N more"
 * group instead. Measured as if cards only moved down; the centring pass then halves it.
 */
export const MAX_DRIFT_PX = 640;
/** The bar columns take at most this share of the width (and at least MIN_MARK_AREA_PX)… */
const MARK_AREA_SHARE = 0.19;
const MIN_MARK_AREA_PX = 40;
/** …in columns this wide (narrower when there are many, down to MIN_COLUMN_PX). */
const MAX_COLUMN_PX = 13;
const MIN_COLUMN_PX = 8;
/** Between the mark columns and the cards; between the gutter and the spine's points. */
const CARD_SPACE_X_PX = 10;
/** Drawn bars are at least this long, so a one-day span stays visible. */
const MIN_BAR_LENGTH_PX = 3;
/** Two bars in one column keep this much air between them. */
const COLUMN_GAP_PX = 3;
/** A bar's card is due this far below its start, however long the bar (layoutVertical). */
const SOON_PX = 240;
/** Over this many events in view only those with cards (and those kept) get a mark on the spine. */
export const MAX_SPINE_MARKS = 400;
/** The tick labels' font size (VerticalChart.css), and the room a label needs down the page. */
const TICK_LINE_PX = 14;

/**
 * The spine's length for these events at this width: about a card for each (the range that fits
 * them all then has room for their cards where they are spread out), within bounds. It depends on
 * the events and the width, not the range: zooming changes how many days the same length shows.
 */
export function spineLengthFor(
  events: readonly TimelineEvent[],
  widthPx: number,
  measureTitle: TextMeasurer,
  labelFor: (event: TimelineEvent) => string = labelOf,
  when?: { whenFor: (event: TimelineEvent) => string; measureWhen: TextMeasurer },
): number {
  if (events.length === 0) return MIN_SPINE_PX;
  // The text's width on a card beside a typical gutter and mark area.
  const textPx = Math.max(60, widthPx * (1 - MARK_AREA_SHARE) - 64 - CARD_INSET_X_PX);
  // The titles' lines on average, from a sample of at most SPINE_SAMPLE of them.
  const step = Math.max(1, Math.floor(events.length / SPINE_SAMPLE));
  let lines = 0;
  let whenLines = 0;
  let sampled = 0;
  for (let i = 0; i < events.length; i += step, sampled++) {
    lines += Math.min(CARD_MAX_LINES, wrappedLines(labelFor(events[i]), textPx, measureTitle));
    whenLines += when ? Math.min(CARD_WHEN_MAX_LINES, wrappedLines(when.whenFor(events[i]), textPx, when.measureWhen)) : 1;
  }
  const pitch = cardHeight(lines / sampled, whenLines / sampled) + CARD_GAP_PX;
  return Math.round(Math.min(Math.max(events.length * pitch, MIN_SPINE_PX), MAX_SPINE_PX));
}
const MIN_SPINE_PX = 560;
const MAX_SPINE_PX = 6000;
const SPINE_SAMPLE = 200;

/** An event's mark on the spine. */
export interface VerticalMark {
  event: TimelineEvent;
  shape: MarkShape;
  /** The centre across: the spine for a point, its column for a bar, band or window. */
  xPx: number;
  /** Top and bottom; a point's centre in both. */
  y0Px: number;
  y1Px: number;
  /** -1 for a point (on the spine). */
  column: number;
  /** The mark goes on above or below the range: that end is not drawn (no arrow, no deadline line). */
  cutStart: boolean;
  cutEnd: boolean;
}

export interface VerticalCard {
  event: TimelineEvent;
  mark: VerticalMark;
  /** The title as the horizontal chart labels it (the status in words when it did not simply happen). */
  label: string;
  /** Lines the title wraps to at the card's width (at most CARD_MAX_LINES). */
  lines: number;
  /** Lines the date wraps to (1 without `whenFor`, at most CARD_WHEN_MAX_LINES). */
  whenLines: number;
  topPx: number;
  heightPx: number;
  /** Where on the spine the card belongs: its connector starts there. */
  anchorYPx: number;
}

/** Events too dense for cards of their own: a count that expands on zoom. */
export interface VerticalCluster {
  count: number;
  firstEventId: string;
  lastEventId: string;
  /** The (fractional) days its events start on (a point's day), first and last: zooming to them shows them. */
  startDay: number;
  endDay: number;
  topPx: number;
  heightPx: number;
  anchorYPx: number;
}

export interface VerticalTick {
  yPx: number;
  day: number;
  /** "" when there is no room for it (the line is still drawn). */
  label: string;
  /** The larger unit under the label ("2018" under "Jun"), on the first tick and where it changes. */
  sublabel?: string;
  major: boolean;
}

export interface VerticalLayout {
  widthPx: number;
  heightPx: number;
  /** Where the range's first day starts, and the spine's length. */
  topPx: number;
  spineLengthPx: number;
  pxPerDay: number;
  /** The tick labels' column; the spine's x; the width bars are drawn at. */
  gutterPx: number;
  spineXPx: number;
  barWidthPx: number;
  /** Where the cards start, and how wide they are. */
  cardXPx: number;
  cardWidthPx: number;
  marks: VerticalMark[];
  cards: VerticalCard[];
  clusters: VerticalCluster[];
  ticks: VerticalTick[];
  /** The "as of" line and its label's lines, when the publication day is in the range. */
  asOf?: { yPx: number; lines: string[] };
  /** Events wholly before and after the range. */
  earlier: number;
  later: number;
  /** y of the start of a (fractional) day, and the day at a y. */
  yOfDay: (day: number) => number;
  dayAt: (yPx: number) => number;
}

export interface VerticalLayoutOptions {
  viewport: Viewport;
  widthPx: number;
  spineLengthPx: number;
  /** The "as of" line, when the data gives one. */
  asOfDay?: number;
  /** Measures a card's title (its font), and the tick and "as of" labels (theirs). */
  measureTitle: TextMeasurer;
  measureSmall: TextMeasurer;
  locale?: Locale;
  /** Events that always get a card when in range (selected, compared, focused): never in a group. */
  keepIds?: ReadonlySet<string | undefined>;
  labelFor?: (event: TimelineEvent) => string;
  /** The date line a card shows, and the measurer of its font: a date too long for a line takes two. */
  whenFor?: (event: TimelineEvent) => string;
  measureWhen?: TextMeasurer;
}

/** Lines `text` wraps to at `maxPx`, breaking at spaces (a word wider than a line breaks where it must, as `overflow-wrap: anywhere` does). */
export function wrappedLines(text: string, maxPx: number, measure: TextMeasurer): number {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return 1;
  const room = Math.max(maxPx, 1);
  let lines = 1;
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= room) {
      line = candidate;
      continue;
    }
    if (line) lines++;
    // A word wider than a line fills whole lines of its own.
    const wordPx = measure(word);
    if (wordPx > room) {
      lines += Math.ceil(wordPx / room) - 1;
      line = "";
    } else {
      line = word;
    }
  }
  return lines;
}

/** A card's height for a title of `lines` lines under a date of `whenLines`. */
export const cardHeight = (lines: number, whenLines = 1) => CARD_PAD_Y_PX + whenLines * CARD_WHEN_PX + lines * CARD_LINE_PX;

/** Items in order, each wanting a top, at least `gap` apart: the tops nearest their wishes (least squares), none above `minTop`. */
export function centreItems(items: readonly { preferPx: number; heightPx: number }[], gap: number, minTop = 0): number[] {
  // Shifted by the room the items before need, the tops must not decrease: an isotonic
  // regression (pool adjacent violators), whose blocks sit at the mean of their wishes.
  const offsets: number[] = [];
  let offset = 0;
  for (const item of items) {
    offsets.push(offset);
    offset += item.heightPx + gap;
  }
  const blocks: { sum: number; count: number }[] = [];
  items.forEach((item, i) => {
    blocks.push({ sum: item.preferPx - offsets[i], count: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1];
      const before = blocks[blocks.length - 2];
      if (before.sum / before.count <= last.sum / last.count) break;
      before.sum += last.sum;
      before.count += last.count;
      blocks.pop();
    }
  });
  const tops: number[] = [];
  for (const block of blocks) {
    const level = Math.max(block.sum / block.count, minTop);
    for (let k = 0; k < block.count; k++) tops.push(level + offsets[tops.length]);
  }
  return tops;
}

interface Candidate {
  event: TimelineEvent;
  shape: MarkShape;
  y0: number;
  y1: number;
  /** Where on the spine a card may meet it: a point's day; anywhere along a bar, band or window in view. */
  lo: number;
  hi: number;
  /** Which card goes first: hi, but no later than SOON_PX after lo (see below). */
  due: number;
  /** Date order, for ties. */
  order: number;
}

/** A min-heap of candidates by when their card is due (then date order). */
class ByLatest {
  private items: Candidate[] = [];
  get size() {
    return this.items.length;
  }
  private before = (a: Candidate, b: Candidate) => a.due < b.due || (a.due === b.due && a.order < b.order);
  push(c: Candidate) {
    const items = this.items;
    items.push(c);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }
  pop(): Candidate | undefined {
    const items = this.items;
    const first = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && this.before(items[l], items[m])) m = l;
        if (r < items.length && this.before(items[r], items[m])) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m], items[i]];
        i = m;
      }
    }
    return first;
  }
}

/**
 * Place events down a spine: marks on it, cards beside it at their dates (pushed apart where they
 * would overlap, centred on their dates where they can be), "+N more" groups where cards would be
 * pushed too far from their dates, and ticks.
 *
 * A point's card belongs at its day; a bar's (a span, a month, a deadline's window) anywhere beside
 * the bar, since every day of it is the event's. So cards go down the page earliest-deadline-first:
 * of the events whose card may start where the last card ended, the one that must be placed
 * soonest. A dense day's points come first and a long span's card waits, beside its bar, until
 * there is room; but not for long (SOON_PX), or spans that end together (the states still true at
 * publication) would all wait for their end, where the last days' points crowd already.
 */
export function layoutVertical(events: readonly TimelineEvent[], options: VerticalLayoutOptions): VerticalLayout {
  const { viewport, widthPx, spineLengthPx, measureTitle, measureSmall } = options;
  const locale = options.locale ?? enGB;
  const keep = options.keepIds ?? new Set<string>();
  const labelFor = options.labelFor ?? labelOf;
  const top = V_TOP_PX;
  const spanDays = viewport.endDay + 1 - viewport.startDay;
  const pxPerDay = spineLengthPx / spanDays;
  const yOfDay = (day: number) => top + (day - viewport.startDay) * pxPerDay;
  const dayAt = (yPx: number) => viewport.startDay + (yPx - top) / pxPerDay;
  const spineEnd = top + spineLengthPx;
  const inSpine = (y: number) => Math.min(Math.max(y, top), spineEnd);

  // What is in view, in date order.
  const visible: Candidate[] = [];
  let earlier = 0;
  let later = 0;
  events.forEach((event, order) => {
    const { startDay, endDay } = event.extent;
    if (endDay + 1 <= viewport.startDay) return void earlier++;
    if (startDay >= viewport.endDay + 1) return void later++;
    const shape = shapeOf(event);
    let y0 = yOfDay(startDay);
    let y1 = yOfDay(endDay + 1);
    if (shape === "point") y0 = y1 = (y0 + y1) / 2;
    else if (y1 - y0 < MIN_BAR_LENGTH_PX) y1 = y0 + MIN_BAR_LENGTH_PX;
    const lo = inSpine(y0);
    const hi = inSpine(y1);
    visible.push({ event, shape, y0, y1, lo, hi, due: Math.min(hi, lo + SOON_PX), order });
  });

  // Ticks and the "as of" label decide the gutter's width.
  const ticks = verticalTicks(viewport, spineLengthPx, top, locale);
  const asOfDay = options.asOfDay;
  const asOfY = asOfDay === undefined ? NaN : yOfDay(asOfDay + 1);
  const asOfDate = asOfDay === undefined ? undefined : utcDateOfDay(asOfDay);
  const asOf = asOfDate && asOfY >= top && asOfY <= spineEnd ? { yPx: asOfY, lines: ["As of", format(asOfDate, "d LLL", { locale }), format(asOfDate, "yyyy", { locale })] } : undefined;
  dropCrowdedTickLabels(ticks, asOf, locale);
  let labelPx = 0;
  for (const t of ticks) labelPx = Math.max(labelPx, measureSmall(t.label), t.sublabel ? measureSmall(t.sublabel) : 0);
  for (const line of asOf?.lines ?? []) labelPx = Math.max(labelPx, measureSmall(line));
  const gutterPx = Math.ceil(labelPx) + 8;
  const spineXPx = gutterPx + POINT_RADIUS_PX + 2;

  // Bars, bands and windows into columns beside the spine (greedy, in order of their tops: the
  // fewest columns). Past the columns the width allows, a bar shares the column that frees first.
  const markAreaPx = Math.max(MIN_MARK_AREA_PX, Math.round(widthPx * MARK_AREA_SHARE));
  const maxColumns = Math.max(1, Math.floor(markAreaPx / MIN_COLUMN_PX));
  const columnOf = new Map<TimelineEvent, number>();
  const columnEnds: number[] = [];
  for (const c of visible.filter((v) => v.shape !== "point").sort((a, b) => a.y0 - b.y0 || a.order - b.order)) {
    let column = columnEnds.findIndex((end) => end + COLUMN_GAP_PX <= c.y0);
    if (column === -1 && columnEnds.length < maxColumns) column = columnEnds.length;
    if (column === -1) column = columnEnds.indexOf(Math.min(...columnEnds));
    columnEnds[column] = Math.max(columnEnds[column] ?? Number.NEGATIVE_INFINITY, c.y1);
    columnOf.set(c.event, column);
  }
  const columns = columnEnds.length;
  const pitch = columns > 0 ? Math.min(MAX_COLUMN_PX, markAreaPx / columns) : 0;
  const barWidthPx = Math.min(10, Math.max(5, pitch - 3));
  const columnsX = spineXPx + POINT_RADIUS_PX + 2;
  const cardXPx = Math.round(columns > 0 ? columnsX + columns * pitch + CARD_SPACE_X_PX : spineXPx + POINT_RADIUS_PX + CARD_SPACE_X_PX);
  const cardWidthPx = Math.max(0, widthPx - cardXPx);
  const markOf = (c: Candidate): VerticalMark => {
    const column = c.shape === "point" ? -1 : (columnOf.get(c.event) ?? 0);
    return {
      event: c.event,
      shape: c.shape,
      xPx: column < 0 ? spineXPx : columnsX + pitch * (column + 0.5),
      y0Px: c.y0,
      y1Px: c.y1,
      column,
      cutStart: c.y0 < top,
      cutEnd: c.y1 > spineEnd,
    };
  };

  // Cards down the page, earliest deadline first. A card that would start more than MAX_DRIFT_PX
  // below the last place it may meet its mark joins a group instead, as does every late one after
  // it until the cards catch up with their dates. Kept events always get a card.
  type Item = { kind: "card"; candidate: Candidate; label: string; lines: number; whenLines: number; heightPx: number; topPx: number } | { kind: "cluster"; cluster: VerticalCluster; heightPx: number; topPx: number; open: boolean };
  const items: Item[] = [];
  const byRelease = [...visible].sort((a, b) => a.lo - b.lo || a.order - b.order);
  const ready = new ByLatest();
  let next = 0;
  let cursor = 0;
  while (next < byRelease.length || ready.size > 0) {
    // Nothing may go where the last card ended: on to where the next one may.
    if (ready.size === 0) cursor = Math.max(cursor, byRelease[next].lo - CARD_ANCHOR_PX);
    while (next < byRelease.length && byRelease[next].lo - CARD_ANCHOR_PX <= cursor) ready.push(byRelease[next++]);
    const c = ready.pop()!;
    // A card with time to spare does not take the room of one due sooner that may start before
    // it would end (a span starting on a crowded day gives way to that day's points). Kept events
    // give way too: focusing a card must not move the cards around it.
    const coming = byRelease[next];
    if (coming && coming.due < c.due && coming.lo - CARD_ANCHOR_PX < cursor + cardHeight(1) + CARD_GAP_PX) {
      ready.push(c);
      cursor = coming.lo - CARD_ANCHOR_PX;
      continue;
    }
    const late = cursor - (c.hi - CARD_ANCHOR_PX);
    const last = items[items.length - 1];
    const kept = keep.has(c.event.id);
    if (!kept && last?.kind === "cluster" && last.open && late > 0) {
      last.cluster.count++;
      last.cluster.startDay = Math.min(last.cluster.startDay, dayAt(c.lo));
      last.cluster.endDay = Math.max(last.cluster.endDay, dayAt(c.lo));
      last.cluster.lastEventId = c.event.id;
      continue;
    }
    if (last?.kind === "cluster") last.open = false;
    if (kept || late <= MAX_DRIFT_PX) {
      const label = labelFor(c.event);
      const lines = Math.min(CARD_MAX_LINES, wrappedLines(label, cardWidthPx - CARD_INSET_X_PX, measureTitle));
      const whenLines = options.whenFor ? Math.min(CARD_WHEN_MAX_LINES, wrappedLines(options.whenFor(c.event), cardWidthPx - CARD_INSET_X_PX, options.measureWhen ?? measureSmall)) : 1;
      const heightPx = cardHeight(lines, whenLines);
      items.push({ kind: "card", candidate: c, label, lines, whenLines, heightPx, topPx: cursor });
      cursor += heightPx + CARD_GAP_PX;
    } else {
      const day = dayAt(c.lo);
      const cluster: VerticalCluster = { count: 1, firstEventId: c.event.id, lastEventId: c.event.id, startDay: day, endDay: day, topPx: cursor, heightPx: CLUSTER_HEIGHT_PX, anchorYPx: c.hi };
      items.push({ kind: "cluster", cluster, heightPx: CLUSTER_HEIGHT_PX, topPx: cursor, open: true });
      cursor += CLUSTER_HEIGHT_PX + CARD_GAP_PX;
    }
  }

  // Then each run of crowded items is centred on where it belongs rather than hanging below it: a
  // card wants to be where it is if its mark is beside it, else as near as its mark allows.
  const wish = (item: Item) =>
    item.kind === "card"
      ? Math.min(Math.max(item.topPx, item.candidate.lo - CARD_ANCHOR_PX), item.candidate.hi - CARD_ANCHOR_PX)
      : item.cluster.anchorYPx - item.heightPx / 2;
  const tops = centreItems(items.map((item) => ({ preferPx: wish(item), heightPx: item.heightPx })), CARD_GAP_PX);
  const cards: VerticalCard[] = [];
  const clusters: VerticalCluster[] = [];
  items.forEach((item, i) => {
    if (item.kind === "card") {
      const c = item.candidate;
      // The connector meets the mark level with the card's date line where it can.
      const anchorYPx = c.shape === "point" ? c.lo : Math.min(Math.max(tops[i] + CARD_ANCHOR_PX, c.lo), c.hi);
      cards.push({ event: c.event, mark: markOf(c), label: item.label, lines: item.lines, whenLines: item.whenLines, topPx: tops[i], heightPx: item.heightPx, anchorYPx });
    } else {
      clusters.push({ ...item.cluster, topPx: tops[i] });
    }
  });
  const marks = visible.length <= MAX_SPINE_MARKS ? visible.map(markOf) : cards.map((card) => card.mark);
  const lastItem = items.length > 0 ? tops[items.length - 1] + items[items.length - 1].heightPx : 0;

  return {
    widthPx,
    heightPx: Math.ceil(Math.max(spineEnd, lastItem) + V_BOTTOM_PX),
    topPx: top,
    spineLengthPx,
    pxPerDay,
    gutterPx,
    spineXPx,
    barWidthPx,
    cardXPx,
    cardWidthPx,
    marks,
    cards,
    clusters,
    ticks,
    asOf,
    earlier,
    later,
    yOfDay,
    dayAt,
  };
}

/**
 * Ticks down the spine: d3's round dates, labelled in the locale, the larger unit where it starts.
 * Beyond JavaScript's dates, or with a year or more between ticks, the horizontal axis's year
 * ticks (eras named, thousands to billions of years) placed down the spine.
 */
export function verticalTicks(viewport: Viewport, spineLengthPx: number, topPx: number, locale: Locale = enGB): VerticalTick[] {
  const count = Math.max(2, Math.floor(spineLengthPx / 90));
  const inDates = isDateDay(viewport.startDay) && isDateDay(viewport.endDay + 1);
  const within = (t: VerticalTick) => t.yPx >= topPx - 0.5 && t.yPx <= topPx + spineLengthPx + 0.5;
  if (!inDates || (viewport.endDay + 1 - viewport.startDay) / count >= DAYS_PER_YEAR) {
    return computeTicks(viewport, spineLengthPx, locale, 90)
      .map((t) => ({ yPx: topPx + t.xPx, day: t.day, label: t.label, major: t.major }))
      .filter(within);
  }
  const days = [...new Set(utcTicks(new Date(msOfDay(viewport.startDay)), new Date(msOfDay(viewport.endDay + 1)), count).map((d) => dayOfMs(d.getTime())))];
  const unit = tickUnit(days);
  const pxPerDay = spineLengthPx / (viewport.endDay + 1 - viewport.startDay);
  return days
    .map((day, i) => {
      const date = utcDateOfDay(day);
      const startsYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1;
      const startsMonth = date.getUTCDate() === 1;
      const yPx = topPx + (day - viewport.startDay) * pxPerDay;
      const year = withEra(format(date, "y", { locale }), yearOfDay(day), locale, false);
      if (unit === "year") return { yPx, day, label: year, major: true };
      if (unit === "month") return { yPx, day, label: format(date, "LLL", { locale }), sublabel: startsYear || i === 0 ? year : undefined, major: startsYear };
      return { yPx, day, label: format(date, "d LLL", { locale }), sublabel: startsYear || i === 0 ? year : undefined, major: startsMonth };
    })
    .filter(within);
}

/** Labels too close to the one above, or to the "as of" label, are left out (their lines stay). */
function dropCrowdedTickLabels(ticks: VerticalTick[], asOf: { yPx: number; lines: string[] } | undefined, locale: Locale) {
  // A label is drawn centred on its tick, its sublabel under it.
  const extent = (t: VerticalTick, withSublabel = t.sublabel !== undefined): [number, number] => [t.yPx - TICK_LINE_PX / 2, t.yPx + TICK_LINE_PX / 2 + (withSublabel ? TICK_LINE_PX : 0)];
  const asOfBox: [number, number] | undefined = asOf && [asOf.yPx - 2, asOf.yPx + 4 + asOf.lines.length * TICK_LINE_PX];
  const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] + 2 && b[0] < a[1] + 2;
  const clear = (box: [number, number], others: VerticalTick[]) => !(asOfBox && overlaps(box, asOfBox)) && others.every((k) => !overlaps(box, extent(k)));
  // Majors first, so a new year's label wins over the month beside it.
  const kept: VerticalTick[] = [];
  for (const t of [...ticks].sort((a, b) => Number(b.major) - Number(a.major))) {
    if (clear(extent(t), kept)) kept.push(t);
    else {
      t.label = "";
      t.sublabel = undefined;
    }
  }
  // The year must stay said somewhere: when no label kept it, the first one says it, room permitting.
  const saysYear = (t: VerticalTick) => t.sublabel !== undefined || /\d{4}/.test(t.label);
  const first = ticks.find((t) => t.label);
  if (first && !kept.some(saysYear) && clear(extent(first, true), kept.filter((k) => k !== first))) {
    first.sublabel = format(utcDateOfDay(first.day), "yyyy", { locale });
  }
}
