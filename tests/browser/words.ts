/**
 * The app's words as the browser tests read them: [English, French] pairs, typed out from the
 * catalogs (so a test notices when a catalog's words change), the ones many pages say, and the
 * pick of one language from a table of pairs.
 */

/** Words many pages say. */
export const COMMON_WORDS = {
  name: ['Name', 'Nom'],
  members: ['Members', 'Membres'],
  addMembers: ['Add Members', 'Ajouter des membres'],
  search: ['Search', 'Rechercher'],
  add: ['Add', 'Ajouter'],
  save: ['Save', 'Enregistrer'],
  cancel: ['Cancel', 'Annuler'],
  synced: ['All changes synced', 'Toutes les modifications sont synchronisées'],
  pending: ['Waiting to sync', 'En attente de synchronisation'],
} as const;

/** A table's words in one language: French when `fr`, else English. */
export function inLanguage<T extends Record<string, readonly [unknown, unknown]>>(
  pairs: T,
  fr: boolean,
): { [K in keyof T]: T[K][number] } {
  return Object.fromEntries(Object.entries(pairs).map(([key, pair]) => [key, pair[fr ? 1 : 0]])) as {
    [K in keyof T]: T[K][number];
  };
}
