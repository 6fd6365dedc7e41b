import { useEffect, useState } from "react";
import type { Locale } from "date-fns";
import { DEFAULT_DATE_LOCALE, loadedLocale, loadLocale, type LocaleId } from "./locales";

/**
 * The date-fns locale for `id`, loading it if it has not arrived. Meanwhile the locale shown
 * before stays on screen; at the very start there is none yet (undefined), and the app says it is
 * loading. A locale that fails to arrive (a dropped connection) leaves the default in its place.
 */
export function useDateLocale(id: LocaleId): Locale | undefined {
  const ready = loadedLocale(id);
  const [shown, setShown] = useState(ready);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadLocale(id).then(
      (locale) => live && setShown(locale),
      () => live && setShown((current) => current ?? DEFAULT_DATE_LOCALE),
    );
    return () => {
      live = false;
    };
  }, [id, ready]);
  return ready ?? shown;
}
