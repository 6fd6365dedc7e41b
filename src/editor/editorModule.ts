import { lazyModule } from "../hooks/lazyModule";

/** The editor (its forms, the date reader with chrono-node, the validator), loaded when editing starts. */
export const editorModule = lazyModule(() => import("./editorChunk"));
