import { createContext, useContext } from "react";
import type { Dataset } from "../domain/types";
import type { DataOrigin } from "./useTimelineData";

/** What the toolbar's Data menu can do; provided by DataIntake around the views. */
export interface DataActions {
  /** Read a file the reader chose (or dropped): shows the report, opens nothing yet. */
  readFile(file: File): void;
  /** Start "New timeline from an article". */
  startArticle(): void;
  /** Start "New timeline": an empty timeline with a title, to fill in with the editor. */
  newTimeline(): void;
  backToBundled(): void;
  /** The dataset on screen and where it came from, for downloads. */
  current?: { dataset: Dataset; origin: DataOrigin; name: string };
}

/** What the reader asked for: a file read, a paste looked at, an article or a new timeline started (DataIntake, IntakeDialogs). */
export type IntakeRequest = { kind: "file"; file: File } | { kind: "paste"; text: string } | { kind: "article" } | { kind: "new" };

export const DataActionsContext = createContext<DataActions | undefined>(undefined);

export function useDataActions(): DataActions | undefined {
  return useContext(DataActionsContext);
}
