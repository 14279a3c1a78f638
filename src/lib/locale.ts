/** The UI language: French or English, from the browser's language until the user picks one (remembered). */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export const LOCALES = ['en-CA', 'fr-CA'] as const;
export type Locale = (typeof LOCALES)[number];

export function browserLocale(languages: readonly string[] = navigator.languages ?? [navigator.language]): Locale {
  for (const language of languages) {
    if (language.toLowerCase().startsWith('fr')) return 'fr-CA';
    if (language.toLowerCase().startsWith('en')) return 'en-CA';
  }
  return 'en-CA';
}

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

export const useLocaleStore = create<LocaleState>()(
  persist(
    (set) => ({
      locale: browserLocale(),
      setLocale: (locale) => set({ locale }),
    }),
    { name: 'ptt-admin.locale' },
  ),
);
