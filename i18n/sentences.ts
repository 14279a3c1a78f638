/**
 * Every message of both catalogs rendered as a user reads it, for i18n/sentences.txt: each
 * plural at 0, 1, 2 and 50,000 (and at its own `=N` branches), every other argument with its
 * values from samples.ts, all combinations. The file is reviewed like code: a changed message
 * shows up in the diff as changed sentences, in English and in French, side by side.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { createIntl } from 'react-intl';
import { neverShown, PLURAL_COUNTS, samplesFor, type Sample, type SampleContext } from './samples';

export const EXPECTATIONS_FILE = 'i18n/sentences.txt';
export const REGENERATE_COMMAND = 'npm run i18n:expectations';

/** The catalogs by the short name a line of the file carries. */
export type Catalogs = Record<'en' | 'fr', Record<string, string>>;
const LANGUAGES = { en: 'en-CA', fr: 'fr-CA' } as const;
type Language = keyof typeof LANGUAGES;

type ArgumentKind = 'plural' | 'select' | 'number' | 'date' | 'time' | 'text' | 'tag';
interface ArgumentUse {
  kind: ArgumentKind;
  /** A select's branches, or a plural's exact `=N` branches. */
  keys: Set<string>;
}

/** Each argument of a message and how it is used; a plural in one language wins over a plain number in the other. */
function argumentsOf(messages: readonly string[]): Map<string, ArgumentUse> {
  const uses = new Map<string, ArgumentUse>();
  const note = (name: string, kind: ArgumentKind, keys: string[] = []) => {
    const use = uses.get(name) ?? { kind, keys: new Set<string>() };
    if (kind === 'plural' || use.kind === 'text') use.kind = kind;
    for (const key of keys) use.keys.add(key);
    uses.set(name, use);
  };
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      switch (element.type) {
        case TYPE.argument:
          note(element.value, 'text');
          break;
        case TYPE.number:
          note(element.value, 'number');
          break;
        case TYPE.date:
        case TYPE.time:
          note(element.value, element.type === TYPE.date ? 'date' : 'time');
          break;
        case TYPE.plural:
          note(
            element.value,
            'plural',
            Object.keys(element.options).filter((key) => key.startsWith('=')),
          );
          break;
        case TYPE.select:
          note(element.value, 'select', Object.keys(element.options));
          break;
        case TYPE.tag:
          note(element.value, 'tag');
          walk(element.children);
          break;
      }
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  for (const message of messages) walk(parse(message));
  return uses;
}

interface Case {
  /** The non-text values, as the line shows them: `count=1 kind=group`. */
  label: string;
  values: Record<string, Sample>;
}

/** Every combination of the arguments' values, or the problems that stop it (a missing sample, an untested branch). */
function casesFor(id: string, uses: Map<string, ArgumentUse>): { cases: Case[]; problems: string[] } {
  const problems: string[] = [];
  let cases: Case[] = [{ label: '', values: {} }];
  for (const [name, use] of [...uses].sort(([a], [b]) => a.localeCompare(b))) {
    let options: readonly Sample[];
    if (use.kind === 'tag') continue; // rendered as <tag>…</tag>, see translator()
    if (use.kind === 'plural') {
      const exact = [...use.keys].map((key) => Number(key.slice(1)));
      const onScreen = (samplesFor(id, name) ?? []).filter((sample): sample is number => typeof sample === 'number');
      options = [...new Set([...PLURAL_COUNTS, ...exact, ...onScreen])].sort((a, b) => a - b);
    } else {
      const samples = samplesFor(id, name);
      if (!samples?.length) {
        problems.push(`${id}: no sample value for {${name}} — add one to i18n/samples.ts`);
        continue;
      }
      options = samples;
      if (use.kind === 'select') {
        const given = new Set(samples.map(String));
        for (const key of use.keys) {
          if (key !== 'other' && !given.has(key))
            problems.push(`${id}: no sample reaches {${name}} branch “${key}” — add it to i18n/samples.ts`);
        }
        if (![...given].some((value) => !use.keys.has(value)))
          problems.push(`${id}: no sample reaches {${name}} branch “other” — add one to i18n/samples.ts`);
      }
    }
    const labelled = use.kind !== 'text'; // a text value reads in the sentence itself
    cases = cases.flatMap((each) =>
      options.map((option) => ({
        label: labelled
          ? `${each.label} ${name}=${option instanceof Date ? option.toISOString() : String(option)}`
          : each.label,
        values: { ...each.values, [name]: option },
      })),
    );
  }
  const hidden = neverShown.filter((entry) => entry.id === id);
  cases = cases.filter((each) => !hidden.some((entry) => entry.when(each.values)));
  return { cases: cases.map((each) => ({ ...each, label: each.label.trim() })), problems };
}

/** Renders with react-intl, as the app does; a formatting error is a problem, never a fallback to the source. */
function translator(language: Language, catalog: Record<string, string>) {
  const intl = createIntl({
    locale: LANGUAGES[language],
    messages: catalog,
    timeZone: 'America/Toronto',
    onError: (error) => {
      throw error;
    },
  });
  const context: SampleContext = {
    locale: LANGUAGES[language],
    message: (id, values) => intl.formatMessage({ id }, values),
  };
  return (id: string, values: Case['values'], tags: readonly string[]): string => {
    const resolved: Record<string, string | number | Date | ((chunks: string[]) => string)> = {};
    for (const [name, value] of Object.entries(values))
      resolved[name] = typeof value === 'function' ? value(context) : value;
    for (const tag of tags) resolved[tag] = (chunks) => `<${tag}>${chunks.join('')}</${tag}>`;
    const text: unknown = intl.formatMessage({ id }, resolved);
    return (Array.isArray(text) ? text.join('') : String(text)).replace(/\n/g, ' ⏎ ');
  };
}

/** The reason react-intl gives, without the context and stack it wraps around it. */
function cause(error: unknown): string {
  const text = String((error as Error).message ?? error);
  return /\n(?:\w*Error): ([^\n]*)/.exec(text)?.[1] ?? text.split('\n')[0]!;
}

export interface Rendered {
  /** Message id → its lines in the file. */
  blocks: Map<string, string[]>;
  /** Why a message could not be rendered in full. */
  problems: string[];
}

/** Renders every message of both catalogs: English lines, then French lines, per message. */
export function renderCatalogs(catalogs: Catalogs): Rendered {
  const translate = { en: translator('en', catalogs.en), fr: translator('fr', catalogs.fr) };
  const ids = [...new Set([...Object.keys(catalogs.en), ...Object.keys(catalogs.fr)])].sort();
  const blocks = new Map<string, string[]>();
  const problems: string[] = [];
  for (const id of ids) {
    const sources = (['en', 'fr'] as const).flatMap((language) => catalogs[language][id] ?? []);
    let uses: Map<string, ArgumentUse>;
    try {
      uses = argumentsOf(sources);
    } catch (error) {
      problems.push(`${id}: not valid ICU (${(error as Error).message})`);
      continue;
    }
    const { cases, problems: caseProblems } = casesFor(id, uses);
    problems.push(...caseProblems);
    if (caseProblems.length) continue;
    const tags = [...uses].filter(([, use]) => use.kind === 'tag').map(([name]) => name);
    const width = Math.max(0, ...cases.map((each) => each.label.length));
    const lines: string[] = [];
    for (const language of ['en', 'fr'] as const) {
      for (const each of cases) {
        let sentence: string;
        if (!(id in catalogs[language])) sentence = `(no message in ${language}.json)`;
        else {
          try {
            sentence = translate[language](id, each.values, tags);
          } catch (error) {
            problems.push(`${id} (${language}, ${each.label || 'no arguments'}): ${cause(error)}`);
            sentence = '(cannot be rendered)';
          }
        }
        const line = `  ${language}  ${width ? `${each.label.padEnd(width)}  ` : ''}${sentence}`;
        // A value a branch leaves out ("You …" names no colleague) would repeat the line as is: read it once.
        if (!lines.includes(line)) lines.push(line);
      }
    }
    blocks.set(id, lines);
  }
  return { blocks, problems };
}

const HEADER = [
  '# Every message of i18n/en.json and i18n/fr.json as a user reads it: each plural at 0, 1, 2 and 50,000,',
  '# every other argument with its values from i18n/samples.ts. Regenerated by `npm run i18n:expectations`;',
  '# read the diff sentence by sentence, in both languages, before committing it. French spaces may be',
  '# non-breaking (U+00A0): `npm run i18n:check` says where they must be.',
];

export function formatExpectations(blocks: Map<string, string[]>): string {
  const body = [...blocks].map(([id, lines]) => [id, ...lines].join('\n'));
  return `${HEADER.join('\n')}\n\n${body.join('\n\n')}\n`;
}

export function parseExpectations(text: string): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  const chunks = text
    .split(/\n\s*\n/)
    .map((chunk) => chunk.split('\n').filter((line) => line !== '' && !line.startsWith('#')))
    .filter((lines) => lines.length > 0);
  for (const [id, ...lines] of chunks) blocks.set(id!, lines);
  return blocks;
}

/** What differs between the reviewed file and what the catalogs render now, message by message. */
export function compareExpectations(expected: Map<string, string[]>, actual: Map<string, string[]>): string[] {
  const problems: string[] = [];
  for (const [id, lines] of actual) {
    const reviewed = expected.get(id);
    if (!reviewed) {
      problems.push(`${id}: no expectation yet (a new message)`);
      continue;
    }
    if (reviewed.join('\n') === lines.join('\n')) continue;
    const removed = reviewed.filter((line) => !lines.includes(line)).map((line) => `      - ${line.trim()}`);
    const added = lines.filter((line) => !reviewed.includes(line)).map((line) => `      + ${line.trim()}`);
    problems.push(`${id}: reads differently now\n${[...removed, ...added].join('\n')}`);
  }
  for (const id of expected.keys()) if (!actual.has(id)) problems.push(`${id}: expected, but neither catalog has it`);
  return problems;
}

/** What a developer reads when the file and the catalogs disagree: what differs, the command, the file to review. */
export function expectationFailure(problems: readonly string[]): string {
  const shown = problems.slice(0, 20).map((problem) => `  ${problem}`);
  if (problems.length > 20) shown.push(`  … and ${problems.length - 20} more`);
  return [
    `${EXPECTATIONS_FILE} is not what the catalogs say now (${problems.length} message(s)):`,
    ...shown,
    '',
    `Run \`${REGENERATE_COMMAND}\`, then review \`git diff ${EXPECTATIONS_FILE}\`: read each changed sentence in`,
    'English and in French, fix i18n/fr.json or the messages.ts in the code if one reads wrong (docs/french-style.md),',
    `and commit ${EXPECTATIONS_FILE} with the change.`,
  ].join('\n');
}
