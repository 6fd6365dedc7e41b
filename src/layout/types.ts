import type { TimelineEvent } from "../domain/types";

/** Measures the rendered width of a label in pixels (the DOM in the app, a character count in tests). */
export type TextMeasurer = (text: string) => number;

/** The visible time range, in whole UTC days (both ends included). The single source of truth for zoom. */
export interface Viewport {
  startDay: number;
  endDay: number;
}

export type LaneGrouping = "category" | "actor" | "none";

/** How an event is drawn, decided from its date alone. */
export type MarkShape =
  | "point" // one known day
  | "fuzzy" // one day somewhere in a month or year: a soft band
  | "span" // lasts from one day to another: a bar
  | "deadline"; // one day on or before a deadline: a window ending at a marked line

/** An event placed on the chart. */
export interface PlacedEvent {
  event: TimelineEvent;
  laneId: string;
  shape: MarkShape;
  /** Left and right edge of the mark; equal centres for a point. */
  x0Px: number;
  x1Px: number;
  /** The label as drawn: the title (and status), shortened with an ellipsis if too long. */
  label: string;
  /** Too crowded to show the label: it appears on hover and focus instead. */
  labelHidden: boolean;
  /** Where the label starts and how wide it is. */
  labelXPx: number;
  labelWidthPx: number;
  row: number;
  /** Vertical centre of the mark's row. */
  yPx: number;
}

export interface PlacedLane {
  id: string;
  label: string;
  yPx: number;
  heightPx: number;
  rows: number;
}

export interface Tick {
  xPx: number;
  day: number;
  label: string;
  /** A tick that starts a larger unit (a new year among months) is drawn stronger. */
  major: boolean;
  /** At the right edge the label sits left of its tick. */
  anchorEnd?: boolean;
}

/** Events too dense to draw one by one, shown as a count that expands on zoom. */
export interface PlacedCluster {
  laneId: string;
  /** How many events it stands for, and the first and last of them in date order. */
  count: number;
  firstEventId: string;
  lastEventId: string;
  startDay: number;
  endDay: number;
  x0Px: number;
  x1Px: number;
  yPx: number;
}

export interface TimelineLayout {
  widthPx: number;
  heightPx: number;
  /** Top of the plot area, below the axis. */
  plotTopPx: number;
  lanes: PlacedLane[];
  events: PlacedEvent[];
  clusters: PlacedCluster[];
  ticks: Tick[];
  /** x of a day's start, for the "as of" line and anything else. */
  xOfDay: (day: number) => number;
}
