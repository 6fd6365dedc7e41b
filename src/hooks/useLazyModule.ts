import { useEffect, useState } from "react";
import type { LazyModule } from "./lazyModule";

/**
 * The module, fetching it when `wanted`; undefined until it has arrived. A chunk that fails to
 * arrive stays undefined: callers draw without it.
 */
export function useLazyModule<M>(lazy: LazyModule<M>, wanted = true): M | undefined {
  const [arrived, setArrived] = useState(lazy.loaded);
  useEffect(() => {
    if (!wanted || arrived) return;
    let live = true;
    lazy.load().then(
      (m) => live && setArrived(() => m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lazy, wanted, arrived]);
  return wanted ? (arrived ?? lazy.loaded()) : undefined;
}
