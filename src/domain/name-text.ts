/**
 * What a name may hold, character by character: a name is what a reader sees, so every
 * character must show, in the order it is typed. Refused: control characters (NUL, BEL,
 * an ANSI escape), the bidirectional controls that reorder what a reader sees (U+202E),
 * invisible characters (zero-width spaces, soft hyphens, word joiners, variation selectors
 * and tags outside an emoji, Hangul fillers, the Braille blank), broken text (a lone
 * surrogate), noncharacters and private-use characters, and a character piled with marks
 * (`'a'` + a million accents is one character to a reader, a megabyte to the server).
 * The zero-width joiner, the emoji variation selectors and tag characters are allowed
 * only inside an emoji sequence (👩‍🚒, ❤️, 🏴󠁧󠁢󠁳󠁣󠁴󠁿), where they draw a single picture.
 */

/** The most marks (accents, vowel signs) one character may carry: Vietnamese, Thai, Hindi need two or three. */
export const MAX_MARKS_PER_CHARACTER = 4;
/** The most code units one character may take: the longest emoji sequences take 15. */
export const MAX_CODE_UNITS_PER_CHARACTER = 16;

export type TextProblem = 'name.unreadable' | 'name.control' | 'name.bidi' | 'name.invisible' | 'name.tooManyMarks';

const UNREADABLE = /[\p{Cs}\p{Co}\uFDD0-\uFDEF\uFFFE\uFFFF]|[\u{1FFFE}-\u{1FFFF}\u{10FFFE}-\u{10FFFF}]/u;
const CONTROL = /\p{Cc}/u;
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Default-ignorable and format characters, and the blank letters and symbols that render as nothing. */
const INVISIBLE_CLASS = String.raw`[\p{Default_Ignorable_Code_Point}\p{Cf}\u115F\u1160\u2800\u3164\uFFA0]`;
const INVISIBLE = new RegExp(INVISIBLE_CLASS, 'u');
/** Everything a reader does not see: invisible, control and broken characters, and white space. */
const UNSEEN = new RegExp(`${INVISIBLE_CLASS}|[\\p{Cc}\\p{Cs}\\p{Co}\\p{White_Space}]`, 'gu');
/** What an emoji sequence may use that would be invisible anywhere else. */
const EMOJI_GLUE_CLASS = String.raw`\u200D|\uFE0E|\uFE0F|[\u{E0020}-\u{E007F}]`;
const HAS_EMOJI_GLUE = new RegExp(EMOJI_GLUE_CLASS, 'u');
const EMOJI_GLUE = new RegExp(EMOJI_GLUE_CLASS, 'gu');
const MARK = /\p{M}/gu;

// The `v` flag (properties of strings) is built with RegExp so TypeScript's ES2022 target accepts it.
const EMOJI_ELEMENT = String.raw`\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F)?`;
/** A recommended emoji (flags, keycaps, tag sequences), any pictographs joined by ZWJ, or an emoji with a presentation selector. */
const EMOJI_SEQUENCE = new RegExp(
  String.raw`^(?:\p{RGI_Emoji}|${EMOJI_ELEMENT}(?:\u200D${EMOJI_ELEMENT})+|\p{Emoji}[\uFE0E\uFE0F])$`,
  'v',
);

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The characters (graphemes) of a text, as a person counts them. */
export function graphemes(text: string): Iterable<string> {
  return (function* () {
    for (const { segment } of segmenter.segment(text)) yield segment;
  })();
}

const isEmojiSequence = (grapheme: string) => HAS_EMOJI_GLUE.test(grapheme) && EMOJI_SEQUENCE.test(grapheme);

/** Whether the text shows anything at all once what a reader cannot see is taken out (emoji sequences show). */
export function showsNothing(text: string): boolean {
  if (/[\x21-\x7E]/.test(text)) return false;
  for (const grapheme of graphemes(text)) {
    if (isEmojiSequence(grapheme) || grapheme.replace(UNSEEN, '') !== '') return false;
  }
  return true;
}

/**
 * The first thing a reader could not see as typed, checked in the order of the
 * messages' usefulness; null when every character shows. Expects a normalised name.
 */
export function textProblem(name: string): TextProblem | null {
  // Printable ASCII holds none of these: the common case costs one test.
  if (/^[\x20-\x7E]*$/.test(name)) return null;
  if (UNREADABLE.test(name)) return 'name.unreadable';
  if (CONTROL.test(name)) return 'name.control';
  if (BIDI_CONTROL.test(name)) return 'name.bidi';
  let invisible = false;
  for (const grapheme of graphemes(name)) {
    const emoji = isEmojiSequence(grapheme);
    if (grapheme.length > MAX_CODE_UNITS_PER_CHARACTER) return 'name.tooManyMarks';
    if (!emoji && (grapheme.match(MARK)?.length ?? 0) > MAX_MARKS_PER_CHARACTER) return 'name.tooManyMarks';
    if (INVISIBLE.test(emoji ? grapheme.replace(EMOJI_GLUE, '') : grapheme)) invisible = true;
  }
  return invisible ? 'name.invisible' : null;
}
