import { createContext, useContext } from "react";
import type { Dataset } from "../domain/types";

/**
 * The dataset on screen, for the parts of a view that carry it elsewhere (the Embed dialog's share
 * link), without threading it through every view between. DataIntake provides it.
 */
export const ShownDatasetContext = createContext<Dataset | undefined>(undefined);

export const useShownDataset = (): Dataset | undefined => useContext(ShownDatasetContext);
