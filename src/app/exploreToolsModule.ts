import { lazyModule } from "../hooks/lazyModule";

/** The explorer's tools (ExploreTools), which an embed never loads. */
export const exploreToolsModule = lazyModule(() => import("./ExploreTools"));
