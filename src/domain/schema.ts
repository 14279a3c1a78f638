/**
 * zod for the back-end's checks of untrusted input (intent-schemas.ts, server/core/validation.ts):
 * its small build (`zod/mini`, a third of the classic one in the demo's bundle) with the classic
 * build's English messages, which a refused request's `message` carries.
 */
import { z } from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());

export { z };
