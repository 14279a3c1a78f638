/**
 * Word pools for realistic bilingual (Québec / Canada) seed data, accents included,
 * and the generators that draw names and phone numbers from them.
 */
import { countCharacters, foldName, NAME_MAX } from '../../src/domain/rules';
import { pick, randomInt, type Random } from './rng';

const FIRST_NAMES = [
  'Hélène',
  'Émile',
  'Zoë',
  'François',
  'Jérôme',
  'Anaïs',
  'Chloé',
  'Maëlle',
  'Noémie',
  'Benoît',
  'Gaëtan',
  'Léa',
  'Éloïse',
  'André',
  'Marc-André',
  'Ève',
  'Joël',
  'Raphaël',
  'Mathéo',
  'Stéphane',
  'Geneviève',
  'Sébastien',
  'Frédéric',
  'Josée',
  'Réjean',
  'Mélanie',
  'Jacinthe',
  'Élodie',
  'Gisèle',
  'Rémi',
  'Nathalie',
  'Mireille',
  'Yannick',
  'Marie-Ève',
  'Louis-Philippe',
  'Ginette',
  'Sylvain',
  'Félix',
  'Océane',
  'Thérèse',
  'Liam',
  'Olivia',
  'Emma',
  'Noah',
  'William',
  'James',
  'Charlotte',
  'Amelia',
  'Ethan',
  'Benjamin',
  'Sophia',
  'Jack',
  'Owen',
  'Grace',
  'Aiden',
  'Hannah',
  'Connor',
  'Megan',
  'Ryan',
  'Siobhan',
  'Priya',
  'Wei',
  'Amir',
  'Fatima',
  'Mohamed',
  'Nguyen Anh',
  'Kwame',
  'Aroha',
  'Dmitri',
  'Ingrid',
];

const LAST_NAMES = [
  'Bérubé',
  'Côté',
  "O'Brien",
  'Gagnon',
  'Tremblay',
  'Roy',
  'Lévesque',
  'Bélanger',
  'Pelletier',
  'Bouchard',
  'Gauthier',
  'Morin',
  'Lavoie',
  'Fortin',
  'Gagné',
  'Ouellet',
  'Paré',
  'Girard',
  'Leblanc',
  'Caron',
  'Thériault',
  'Poirier',
  'Bergeron',
  'Després',
  'Lefèbvre',
  'Séguin',
  'Dubé',
  'Landry',
  'Ménard',
  'St-Pierre',
  'Boisvert',
  'Émond',
  'Hébert',
  'Désilets',
  'Lachapelle',
  'Saint-Laurent',
  'Daigle',
  'Cloutier',
  'Giroux',
  'Béland',
  'Smith',
  'Brown',
  'Wilson',
  'MacDonald',
  'Taylor',
  'Campbell',
  'Anderson',
  'Johnston',
  'Murphy',
  "O'Neil",
  'McKenzie',
  'Thompson',
  'Martin',
  'Clarke',
  'Wright',
  'Lee',
  'Nguyen',
  'Chen',
  'Singh',
  'Patel',
  'Kowalski',
  'Rossi',
  'Haddad',
  'Okafor',
  'Fernández',
  'Müller',
  'Sørensen',
  'Papadopoulos',
  'Yamamoto',
  'García',
];

const EXTERNAL_KINDS = [
  'Garage',
  'Dépanneur',
  'Quincaillerie',
  'Remorquage',
  'Entrepôt',
  'Clinique',
  'Towing',
  'Hardware',
  'Supplier',
  'Fournisseur',
  'Électricien',
  'Plumbing',
  'Courier',
  'Traiteur',
  'Security',
  'Sécurité',
];

const TEAMS = [
  'Dispatch',
  'Répartition',
  'Maintenance',
  'Sécurité',
  'Livraison',
  'Chantier',
  'Entrepôt',
  'Field Ops',
  'Night Shift',
  'Quart de nuit',
  'Équipe',
  'Urgences',
  'Techniciens',
  'Supervisors',
  'Superviseurs',
  'Logistique',
  'Transport',
  'Inspection',
  'Déneigement',
  'Snow Removal',
  'Plomberie',
  'Électricité',
  'Service client',
  'Yard',
  'Flotte',
  'Fleet',
  'Gestion',
  'Managers',
  'Installation',
  'Réparation',
];

const PLACES = [
  'Nord',
  'Sud',
  'Est',
  'Ouest',
  'Centre',
  'Montréal',
  'Québec',
  'Ottawa',
  'Gatineau',
  'Laval',
  'Sherbrooke',
  'Trois-Rivières',
  'Lévis',
  'Saguenay',
  'Rimouski',
  'Toronto',
  'Kingston',
  'Moncton',
  'Halifax',
  'Longueuil',
  'Terrebonne',
  'Drummondville',
  'Granby',
  'Saint-Jérôme',
  'Rive-Sud',
  'Rive-Nord',
  'Beauce',
  'Outaouais',
  'Abitibi',
  'Côte-Nord',
  'Mauricie',
  'Estrie',
  'Laurentides',
  'Lanaudière',
  'Montérégie',
  'Gaspésie',
  'Charlevoix',
  'Témiscamingue',
  'Portneuf',
  'Kamouraska',
];

const SUBLIST_THEMES = [
  'Contacts',
  'Annuaire',
  'Directory',
  'Partenaires',
  'Partners',
  'Fournisseurs',
  'Suppliers',
  'Clients',
  'Cadres',
  'Bureau',
  'Office',
  'Terrain',
  'Field',
  'Renforts',
  'Backup',
];

/** Canadian area codes: every one starts with 2–9, as the shared phone rule wants. */
const AREA_CODES = [
  '613',
  '819',
  '514',
  '438',
  '450',
  '579',
  '418',
  '581',
  '367',
  '873',
  '416',
  '647',
  '905',
  '289',
  '343',
  '506',
  '902',
];

export function personName(random: Random): string {
  return fitName(`${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`);
}

export function externalContactName(random: Random): string {
  return random() < 0.5 ? fitName(`${pick(random, EXTERNAL_KINDS)} ${pick(random, LAST_NAMES)}`) : personName(random);
}

/** Draws a name not yet in `takenKeys` (folded names), then records it there. */
export function uniqueListName(random: Random, kind: 'group' | 'subList', takenKeys: Set<string>): string {
  const draw = () =>
    kind === 'group'
      ? `${pick(random, TEAMS)} ${pick(random, PLACES)}`
      : `${pick(random, SUBLIST_THEMES)} ${pick(random, PLACES)}`;
  let name = fitName(draw());
  // Pools give about a thousand combinations; past that a number keeps names unique.
  for (let attempt = 0; takenKeys.has(foldName(name)); attempt++) {
    name = attempt < 10 ? fitName(draw()) : fitName(`${draw()} ${randomInt(random, 2, 999)}`);
  }
  takenKeys.add(foldName(name));
  return name;
}

/** A valid 10-digit North American number that is not in `taken`, then recorded there. */
export function uniquePhone(random: Random, taken: Set<string>): string {
  let phone: string;
  do {
    const exchange = randomInt(random, 200, 999);
    const line = randomInt(random, 0, 9999).toString().padStart(4, '0');
    phone = `${pick(random, AREA_CODES)}${exchange}${line}`;
  } while (taken.has(phone));
  taken.add(phone);
  return phone;
}

/**
 * Trims a drawn name to the shared limit, counting characters as the rules do. A string
 * of at most NAME_MAX code units cannot hold more characters, and skipping the (slow)
 * grapheme count for it keeps the 50,000-contact seed fast.
 */
function fitName(name: string): string {
  if (name.length <= NAME_MAX || countCharacters(name) <= NAME_MAX) return name;
  return [...name].slice(0, NAME_MAX).join('').trim();
}
