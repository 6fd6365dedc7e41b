import { useEffect, useState } from "react";

/** Code in a chunk of its own, fetched once, and at hand at once afterwards. */
export interface LazyModule<M> {
  /** Fetch it (once: later calls get the same promise). */
  load(): Promise<M>;
  /** The module if it has arrived. */
  loaded(): M | undefined;
  /**
   * The module, fetching it when `wanted`; undefined until it has arrived. A chunk that fails to
   * arrive stays undefined: callers draw without it.
   */
  useLoaded(wanted?: boolean): M | undefined;
}

/**
 * Code that only some views need, kept out of the page's first script: the canvas layer for
 * crowded timelines, the explorer's tools, the handout. Unlike React.lazy, a module already fetched
 * (the page's head preloads the ones a view will need) renders in the same pass, with no fallback.
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
  const loaded = () => module;
  function useLoaded(wanted = true): M | undefined {
    const [arrived, setArrived] = useState(module);
    useEffect(() => {
      if (!wanted || arrived) return;
      let live = true;
      load().then(
        (m) => live && setArrived(m),
        () => undefined,
      );
      return () => {
        live = false;
      };
    }, [wanted, arrived]);
    return wanted ? (arrived ?? module) : undefined;
  }
  return { load, loaded, useLoaded };
}
