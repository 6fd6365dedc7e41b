import type { Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";

/**
 * The locales dates can be shown in (`?locale=`). Only date formats change; the interface is
 * English. The default comes with the page; the others load when chosen (about 2 KB gzip each, so
 * five of them were a tenth of the default view's weight).
 */
export const LOCALES = {
  "en-GB": { label: "English (UK)", load: async () => enGB },
  "en-US": { label: "English (US)", load: () => import("date-fns/locale/en-US").then((m) => m.enUS) },
  fr: { label: "Français", load: () => import("date-fns/locale/fr").then((m) => m.fr) },
  de: { label: "Deutsch", load: () => import("date-fns/locale/de").then((m) => m.de) },
  es: { label: "Español", load: () => import("date-fns/locale/es").then((m) => m.es) },
  ko: { label: "한국어", load: () => import("date-fns/locale/ko").then((m) => m.ko) },
} satisfies Record<string, { label: string; load: () => Promise<Locale> }>;

export type LocaleId = keyof typeof LOCALES;
export const DEFAULT_LOCALE: LocaleId = "en-GB";
export const DEFAULT_DATE_LOCALE: Locale = enGB;

export function isLocaleId(value: string): value is LocaleId {
  return Object.prototype.hasOwnProperty.call(LOCALES, value);
}

const loaded = new Map<LocaleId, Locale>([[DEFAULT_LOCALE, enGB]]);

/** The locale if it has arrived, else undefined. */
export const loadedLocale = (id: LocaleId): Locale | undefined => loaded.get(id);

/** Load a locale (once; later calls get the same). */
export async function loadLocale(id: LocaleId): Promise<Locale> {
  const locale = loaded.get(id) ?? (await LOCALES[id].load());
  loaded.set(id, locale);
  return locale;
}
