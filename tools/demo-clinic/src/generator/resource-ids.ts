import { createHash } from 'node:crypto';

/**
 * A stable resource id: a name-based (SHA-1, version 5 layout) UUID of the seed and a key.
 *
 * The same seed and key always give the same id, so a slot or a patient keeps its id across
 * restarts, and ids do not shift when the generator adds resources elsewhere.
 */
export function stableId(seed: number, kind: string, key: string | number): string {
  const hex = createHash('sha1').update(`demo-clinic|${seed}|${kind}|${key}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `5${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}
