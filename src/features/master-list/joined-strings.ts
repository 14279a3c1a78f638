/**
 * Strings joined with a separator none of them contains, so one native `indexOf` scan finds every
 * string that contains a word — several times faster than testing 200,000 strings one by one.
 * The master list's search uses it for the numbers, whose digits no pair of characters narrows much.
 */
export class JoinedStrings {
  private constructor(
    private readonly joined: string,
    /** Where each string starts in `joined`, plus the end. */
    private readonly starts: Int32Array,
  ) {}

  /** `prefix` + each string, joined `step` strings at a time (one `yield` per step). */
  static *build(strings: readonly string[], prefix: string, step: number): Generator<void, JoinedStrings, void> {
    const starts = new Int32Array(strings.length + 1);
    const parts: string[] = [];
    let offset = 0;
    for (let from = 0; from < strings.length; from += step) {
      const chunk: string[] = [];
      for (let index = from; index < Math.min(from + step, strings.length); index++) {
        starts[index] = offset;
        offset += prefix.length + strings[index]!.length + 1;
        chunk.push(prefix + strings[index]!);
      }
      parts.push(chunk.join('\n'));
      yield;
    }
    starts[strings.length] = offset;
    // One flat string, every string followed by the separator (a template literal would make a rope).
    return new JoinedStrings([...parts, ''].join('\n'), starts);
  }

  /** Positions, in order, of the strings that contain `word` (which has no line break). */
  containing(word: string): number[] {
    const found: number[] = [];
    const { joined, starts } = this;
    // Hits come in order, so the string holding each is found by walking forward: O(strings) in all.
    let index = 0;
    for (let at = joined.indexOf(word); at !== -1; at = joined.indexOf(word, starts[index + 1])) {
      while (starts[index + 1]! <= at) index++;
      found.push(index);
    }
    return found;
  }
}
