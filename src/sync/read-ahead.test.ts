import { describe, expect, it } from 'vitest';
import { ReadAhead } from './read-ahead';

/** Pages of `n` rows, named by their number. */
const page = (name: string, rows: number) => ({ name, rows });
const ahead = () => new ReadAhead<ReturnType<typeof page>>(10, (item) => item.rows);
const names = (pages: { name: string }[]) => pages.map((item) => item.name);
/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('pages read ahead of their writes', () => {
  it('gives the writer every page that arrived during its last write, in one go and in order', async () => {
    const queue = ahead();
    const first = queue.takeAll();
    void queue.put(page('1', 2));
    expect(names(await first)).toEqual(['1']);
    void queue.put(page('2', 2));
    void queue.put(page('3', 2));
    expect(names(await queue.takeAll())).toEqual(['2', '3']);
  });

  it('stops reading while the rows waiting reach its limit, and reads on once they are taken', async () => {
    const queue = ahead();
    let roomAgain = false;
    void queue.put(page('1', 6));
    void queue.put(page('2', 4)).then((more) => (roomAgain = more));
    await settle();
    expect(roomAgain).toBe(false);
    expect(names(await queue.takeAll())).toEqual(['1', '2']);
    await settle();
    expect(roomAgain).toBe(true);
  });

  it('hands over the pages read before a failure, then nothing, then the failure', async () => {
    const queue = ahead();
    void queue.put(page('1', 2));
    queue.end({ error: new Error('the network is gone') });
    expect(names(await queue.takeAll())).toEqual(['1']);
    expect(await queue.takeAll()).toEqual([]);
    expect(() => queue.rethrow()).toThrow('the network is gone');
  });

  it('ends with nothing to throw once every page is read and taken', async () => {
    const queue = ahead();
    void queue.put(page('1', 2));
    queue.end();
    expect(names(await queue.takeAll())).toEqual(['1']);
    expect(await queue.takeAll()).toEqual([]);
    expect(() => queue.rethrow()).not.toThrow();
  });

  it('tells a waiting reader to read no more once the writer stopped', async () => {
    const queue = ahead();
    const waiting = queue.put(page('1', 12));
    queue.stop();
    expect(await waiting).toBe(false);
    expect(await queue.put(page('2', 1))).toBe(false);
  });
});
