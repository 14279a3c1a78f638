/**
 * Password hashing behind one small interface, so each host picks its key-derivation
 * function: the Node server a memory-hard one (scrypt), the in-browser demo PBKDF2 from
 * Web Crypto (the demo's passwords are printed on its sign-in page anyway). A stored hash
 * names its scheme and parameters, so the cost can rise without invalidating old hashes.
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** False for a wrong password and for a hash of a scheme this hasher does not know. */
  verify(password: string, passwordHash: string): Promise<boolean>;
}

const SCHEME = 'pbkdf2-sha256';
const encoder = new TextEncoder();

export function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function pbkdf2(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

/** Compares in time that depends only on the length, not on where the bytes differ. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

/** PBKDF2-SHA-256 with a random 16-byte salt; `iterations` is the cost of a new hash. */
export function pbkdf2PasswordHasher({ iterations }: { iterations: number }): PasswordHasher {
  return {
    async hash(password) {
      const salt = crypto.getRandomValues(new Uint8Array(16));
      const derived = await pbkdf2(password, salt, iterations);
      return `${SCHEME}$${iterations}$${base64url(salt)}$${base64url(derived)}`;
    },
    async verify(password, passwordHash) {
      const [scheme, cost, salt, expected] = passwordHash.split('$');
      const rounds = Number(cost);
      if (scheme !== SCHEME || !Number.isSafeInteger(rounds) || rounds < 1 || !salt || !expected) return false;
      return equalBytes(await pbkdf2(password, fromBase64url(salt), rounds), fromBase64url(expected));
    },
  };
}
