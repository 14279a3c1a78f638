/**
 * The Node server's password hashing: scrypt from node:crypto, memory-hard, with a random
 * 16-byte salt per password. A stored hash names its parameters (`scrypt$<log2 N>$<r>$<p>$
 * <salt>$<hash>`), so the cost can rise later without invalidating the hashes already kept.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { base64url, type PasswordHasher } from '../core/passwords';

const SCHEME = 'scrypt';
const KEY_LENGTH = 32;

export interface ScryptCost {
  /** log2 of N, the CPU and memory cost: 15 is 32 MiB and about 50–100 ms per hash. */
  logN: number;
  r: number;
  p: number;
}

export const DEFAULT_SCRYPT_COST: ScryptCost = { logN: 15, r: 8, p: 1 };

function derive(password: string, salt: Buffer, { logN, r, p }: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** logN, r, p, maxmem: 256 * 2 ** logN * r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export function scryptPasswordHasher(cost: ScryptCost = DEFAULT_SCRYPT_COST): PasswordHasher {
  return {
    async hash(password) {
      const salt = randomBytes(16);
      const key = await derive(password, salt, cost);
      return [SCHEME, cost.logN, cost.r, cost.p, base64url(salt), base64url(key)].join('$');
    },
    async verify(password, passwordHash) {
      const [scheme, logN, r, p, salt, expected] = passwordHash.split('$');
      const stored = { logN: Number(logN), r: Number(r), p: Number(p) };
      // Bounds keep a tampered hash from asking for gigabytes.
      const sane =
        stored.logN >= 10 && stored.logN <= 20 && stored.r >= 1 && stored.r <= 32 && stored.p >= 1 && stored.p <= 4;
      if (scheme !== SCHEME || !sane || !salt || !expected) return false;
      const wanted = Buffer.from(expected, 'base64url');
      const key = await derive(password, Buffer.from(salt, 'base64url'), stored);
      return key.length === wanted.length && timingSafeEqual(key, wanted);
    },
  };
}
