// @vitest-environment node
/** The server's password hashes: salted per password, verifiable, never the password, refusing tampered costs. */
import { describe, expect, it } from 'vitest';
import { scryptPasswordHasher } from './scrypt';

const hasher = scryptPasswordHasher({ logN: 10, r: 8, p: 1 });

describe('scrypt password hasher', () => {
  it('verifies the right password only, with a different salt each time', async () => {
    const first = await hasher.hash('Grand-Mère 42');
    const second = await hasher.hash('Grand-Mère 42');
    expect(first).not.toBe(second);
    expect(first).not.toContain('Grand-Mère');
    expect(first).toMatch(/^scrypt\$10\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await hasher.verify('Grand-Mère 42', first)).toBe(true);
    expect(await hasher.verify('Grand-Mère 42', second)).toBe(true);
    expect(await hasher.verify('grand-mère 42', first)).toBe(false);
    expect(await hasher.verify('', first)).toBe(false);
  });

  it('reads hashes made at another cost, and refuses other schemes and absurd costs', async () => {
    const cheap = await scryptPasswordHasher({ logN: 11, r: 4, p: 1 }).hash('secret');
    expect(await hasher.verify('secret', cheap)).toBe(true);
    expect(await hasher.verify('secret', cheap.replace(/^scrypt\$11/, 'scrypt$30'))).toBe(false);
    expect(await hasher.verify('secret', 'pbkdf2-sha256$1000$c2FsdA$aGFzaA')).toBe(false);
    expect(await hasher.verify('secret', 'garbage')).toBe(false);
  });
});
