import * as argon2 from 'argon2';

/**
 * argon2id with the OWASP Password Storage Cheat Sheet's first recommendation: 19 MiB of
 * memory, 2 passes, 1 lane (~30–60 ms on a server core). The one place these are set: the
 * hasher, the CLI and the benchmark (`npm run bench`) use this object.
 */
export const PASSWORD_HASH_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const satisfies argon2.HashOptions;

/** Password length bounds (characters): long enough for a phrase, short enough to bound hashing work. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
