import type { Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { enUS } from "date-fns/locale/en-US";
import { fr } from "date-fns/locale/fr";
import { de } from "date-fns/locale/de";
import { es } from "date-fns/locale/es";
import { ko } from "date-fns/locale/ko";

/** The locales dates can be shown in (`?locale=`). Only date formats change; the interface is English. */
export const LOCALES = {
  "en-GB": { label: "English (UK)", locale: enGB },
  "en-US": { label: "English (US)", locale: enUS },
  fr: { label: "Français", locale: fr },
  de: { label: "Deutsch", locale: de },
  es: { label: "Español", locale: es },
  ko: { label: "한국어", locale: ko },
} satisfies Record<string, { label: string; locale: Locale }>;

export type LocaleId = keyof typeof LOCALES;
export const DEFAULT_LOCALE: LocaleId = "en-GB";

export function isLocaleId(value: string): value is LocaleId {
  return Object.prototype.hasOwnProperty.call(LOCALES, value);
}
