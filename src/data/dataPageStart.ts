/**
 * A script of its own that the page's head imports on a page opened with `?data=`
 * (scripts/preloadForPage.ts): it starts reading and importing the file as soon as the file and the
 * import code are in, while the app's much larger script is still downloading and compiling. The
 * app's own call to prefetchDataset then finds the import under way. It shares its modules with
 * the app, never importing the app's chunk (vite.config.ts: the "data-start" group).
 */
import { prefetchDataset } from "./prefetchDataset";

prefetchDataset(window.location.search);
