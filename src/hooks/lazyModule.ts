/** Code in a chunk of its own, fetched once, and at hand at once afterwards. */
export interface LazyModule<M> {
  /** Fetch it (once: later calls get the same promise). */
  load(): Promise<M>;
  /** The module if it has arrived. */
  loaded(): M | undefined;
}

/**
 * Code that only some views need, kept out of the page's first script: the canvas layer for
 * crowded timelines, the explorer's tools, the handout. Unlike React.lazy, a module already fetched
 * (the page's head preloads the ones a view will need) renders in the same pass, with no fallback
 * (useLazyModule). Without React itself: a `?data=` page's import code, which runs before the
 * app's script has arrived, asks for the canvas layer through it.
 */
export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let module: M | undefined;
  let loading: Promise<M> | undefined;
  const load = () => {
    loading ??= importer().then(
      (m) => (module = m),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return { load, loaded: () => module };
}
