/**
 * Which names hold each pair of adjacent characters ("ma", "ar"…), so that a search word of two
 * characters or more starts from the names holding its rarest pair instead of from every name:
 * a keystroke then costs about its matches, not the size of the tenant (issue 22, 200,000
 * contacts). Built a slice at a time (`build`), so a large list is indexed while the page is idle.
 */

/** A pair's key: both UTF-16 code units (a word is folded as the names are, so pairs are found alike). */
const pairAt = (text: string, at: number): number => text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);

/** A search word holds no space (words are split at spaces): no pair with one is kept. */
const SPACE = 0x20;

/** Names handled per step of the build: a few milliseconds on a slow tablet. */
const STEP = 2_000;

export class Bigrams {
  /** Per pair, the positions of the names holding it, ascending; set once the build is done. */
  private lists: Map<number, Int32Array> | null = null;

  get ready(): boolean {
    return this.lists !== null;
  }

  /**
   * The positions of the names holding every pair of `word` are among those returned (a superset:
   * the caller checks each name); null before the build is done or for a single character.
   */
  candidates(word: string): Int32Array | null {
    if (!this.lists || word.length < 2) return null;
    let rarest: Int32Array | null = null;
    for (let at = 0; at + 1 < word.length; at++) {
      const list = this.lists.get(pairAt(word, at));
      if (!list) return EMPTY;
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    return rarest;
  }

  /**
   * Of `candidates` (ascending positions), those whose name holds every pair of `word`: the
   * names a search must still read are fewer, and reading names is what costs at 200,000 contacts
   * (the lists are small typed arrays, the names are scattered over the heap). All of them until
   * the build is done.
   */
  narrow(candidates: ArrayLike<number>, word: string): ArrayLike<number> {
    if (!this.lists) return candidates;
    let kept = candidates;
    for (let at = 0; at + 1 < word.length && kept.length > 0; at++) {
      const list = this.lists.get(pairAt(word, at));
      if (!list) return [];
      kept = intersect(kept, list);
    }
    return kept;
  }

  /**
   * The build, one step per `yield`: count each pair's names, then fill each pair's list. Two
   * passes, so each list is one exact-size typed array (a tenth of a plain array's memory).
   */
  *build(names: readonly string[]): Generator<void, void, void> {
    const ids = new Map<number, number>();
    const counts: number[] = [];
    const last: number[] = [];
    for (let from = 0; from < names.length; from += STEP) {
      for (let index = from; index < Math.min(from + STEP, names.length); index++) {
        const name = names[index]!;
        for (let at = 0; at + 1 < name.length; at++) {
          if (name.charCodeAt(at) === SPACE || name.charCodeAt(at + 1) === SPACE) continue;
          const pair = pairAt(name, at);
          let id = ids.get(pair);
          if (id === undefined) {
            id = counts.push(0) - 1;
            last.push(-1);
            ids.set(pair, id);
          }
          if (last[id] === index) continue;
          last[id] = index;
          counts[id]!++;
        }
      }
      yield;
    }
    const filled = counts.map((count) => new Int32Array(count));
    const sizes = new Int32Array(counts.length);
    last.fill(-1);
    for (let from = 0; from < names.length; from += STEP) {
      for (let index = from; index < Math.min(from + STEP, names.length); index++) {
        const name = names[index]!;
        for (let at = 0; at + 1 < name.length; at++) {
          if (name.charCodeAt(at) === SPACE || name.charCodeAt(at + 1) === SPACE) continue;
          const id = ids.get(pairAt(name, at))!;
          if (last[id] === index) continue;
          last[id] = index;
          filled[id]![sizes[id]!++] = index;
        }
      }
      yield;
    }
    this.lists = new Map([...ids].map(([pair, id]) => [pair, filled[id]!]));
  }
}

const EMPTY = new Int32Array(0);

/**
 * The positions both in `candidates` and in `list` (both ascending): one walk through both, or a
 * binary search per candidate when the list is much the longer.
 */
function intersect(candidates: ArrayLike<number>, list: Int32Array): number[] {
  const kept: number[] = [];
  const search = list.length > 8 * candidates.length;
  let at = 0;
  for (let index = 0; index < candidates.length && at < list.length; index++) {
    const position = candidates[index]!;
    if (search) {
      let high = list.length;
      while (at < high) {
        const middle = (at + high) >>> 1;
        if (list[middle]! < position) at = middle + 1;
        else high = middle;
      }
    } else {
      while (at < list.length && list[at]! < position) at++;
    }
    if (list[at] === position) kept.push(position);
  }
  return kept;
}
