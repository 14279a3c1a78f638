/**
 * The French style rules `npm run i18n:check` enforces on i18n/fr.json (docs/french-style.md
 * says why): Canadian typography (OQLF) and UI labels quoted with « » when a sentence names them.
 */

/** U+00A0, or the narrow U+202F some tools produce: both hold two words together. */
const NON_BREAKING = '[\u00a0\u202f]';

/**
 * The labels a French sentence may name — the French column of the product's vocabulary
 * (PRODUCT.md), written in full as the app shows them. A sentence names one in « ».
 */
export const UI_LABELS = [
  'Gérer la liste maîtresse',
  'Ajouter un contact externe',
  'Modifier un contact externe',
  'Contact externe',
  'Gérer les sous-listes',
  'Ajouter une nouvelle sous-liste',
  'Identification de sous-liste',
  'Gérer les groupes',
  'Ajouter un nouveau groupe',
  'Identification du groupe',
  'Ajouter des membres',
  'Choisir les membres du groupe',
  'Ajouter',
  'Voir les groupes',
  'Activer le balayage des groupes de discussion',
  'Priorité',
  'Options',
  'Messagerie',
  'Texto et multimédia',
  'Aucun',
  'Message vocal comme solution de repli',
  'Messagerie sécurisée intégrée',
  'Services de localisation',
  'Nom',
  'Numéro de téléphone',
  'Rechercher',
  'Enregistrer',
  'Annuler',
  'OK',
  'Supprimer',
  'Retirer',
  'Sortir',
  'Ouvrir une session',
  'Nom d’utilisateur',
  'Mot de passe',
  'Hors ligne',
  'Synchronisation…',
  'Toutes les modifications sont synchronisées',
  'Problèmes de synchronisation',
  'Administrateur',
  'Superviseur',
  'Superviseurs',
  'Mes groupes',
  'Activité',
  'Historique',
  'Importer',
  'Exporter',
  'Importer / Exporter',
  'Aperçu',
  'Retirer les données de cet appareil',
  'Restaurer le serveur à partir d’une sauvegarde antérieure',
];

/** Longest first, so "Ajouter des membres" is one label, not "Ajouter" followed by words. */
const LABELS = [...UI_LABELS].sort((a, b) => b.length - a.length);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Symbols and units a number stays on the same line with. */
const UNITS = ['h', 'min', 's', 'ms', '%', '\\$', 'Go', 'Mo', 'ko'];

const TYPOGRAPHY = [
  {
    pattern: /[ \u00a0\u202f][?!;]/,
    problem: 'no space before ? ! ; in Canadian French',
  },
  {
    pattern: /(^|[^\u00a0\u202f\s]): | :/,
    problem: `put a non-breaking space (U+00A0) before a colon`,
  },
  { pattern: /'/, problem: "use ’ rather than ' (and ICU reads ' as an escape)" },
  { pattern: /[“”"]/, problem: 'quote with « » in French' },
  {
    pattern: new RegExp(`«(?!${NON_BREAKING})|(?<!${NON_BREAKING})»`),
    problem: 'put a non-breaking space (U+00A0) inside « »',
  },
  {
    // "8 h", "17 h", "800 ms", "3 s", "25 %"; also after a formatted number ("{delay, number} ms", "# ms").
    pattern: new RegExp(`(\\d+|#|\\bnumber\\b[^{}]*\\}) (${UNITS.join('|')})(?![\\p{L}\\d])`, 'u'),
    problem: 'hold a number and its unit together with a non-breaking space (U+00A0), as in 8\u00a0h or 800\u00a0ms',
  },
  {
    // "1 800 667-0123", "50 000": a number must not break across lines.
    pattern: /\d+ \d+/,
    problem:
      'hold the groups of a number or a phone number together with non-breaking spaces (U+00A0), as in 1\u00a0800\u00a0667-0123',
  },
];

/** Words the review replaced (docs/french-style.md, "Words"): a new message must not bring them back. */
const WORDS = [
  { pattern: /(?<![\p{L}\p{M}])[Cc]hercher/u, problem: 'write « Rechercher », never « Chercher »' },
  {
    pattern: /fourni(?:s|es?)? par le fournisseur/,
    problem: 'subscribers are « activés par le fournisseur de services », not « fournis par le fournisseur »',
  },
  { pattern: /Admin PTT/, problem: 'the French interface is « l’outil d’administration »; PTT Admin is a brand' },
  {
    pattern: /\b[Ll]e central\b/,
    problem: 'say « les 3 chiffres qui suivent l’indicatif régional », not « le central »',
  },
];

/** Where a sentence could start: the message's start, a branch's start, or after . ? ! … */
function startsSentence(before: string): boolean {
  const trimmed = before.replace(/[\s\u00a0\u202f]+$/, '');
  return trimmed === '' || /[.?!…{]$/.test(trimmed);
}

/** Capitalized labels named mid-sentence without « » around them ("avec Ajouter un contact externe"). */
function unquotedLabels(text: string): string[] {
  const found: string[] = [];
  const taken: boolean[] = new Array(text.length).fill(false);
  for (const label of LABELS) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{M}])${escape(label)}(?![\\p{L}\\p{M}])`, 'gu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index!;
      const end = start + label.length;
      if (taken.slice(start, end).some(Boolean)) continue;
      taken.fill(true, start, end);
      if (text === label || startsSentence(text.slice(0, start))) continue;
      const before = text.slice(0, start);
      const insideQuotes = before.lastIndexOf('«') > before.lastIndexOf('»');
      if (!insideQuotes) found.push(label);
    }
  }
  return found;
}

/** Every style problem of one French message. */
export function frenchStyleProblems(id: string, text: string): string[] {
  const problems: string[] = [];
  for (const { pattern, problem } of [...TYPOGRAPHY, ...WORDS]) {
    const match = pattern.exec(text);
    if (match) problems.push(`fr.json ${id}: ${problem} (at “${match[0].trim() || match[0]}”)`);
  }
  for (const label of unquotedLabels(text))
    problems.push(`fr.json ${id}: quote the label « ${label} » when a sentence names it`);
  return problems;
}
