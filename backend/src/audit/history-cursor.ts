import { FieldValidationError } from '../common/errors/domain-error';

/** A `cursor` that this API did not hand out (or that was altered): 400 with a field message. */
export class InvalidCursorError extends FieldValidationError {
  constructor() {
    super({ cursor: ['cursor is not one this list handed out; start again without it'] });
  }
}

/**
 * Where a page of the history ended: the last row's time in microseconds since the epoch
 * (PostgreSQL's full precision — milliseconds would skip rows within one millisecond) and its
 * id, which breaks ties between events of one transaction.
 */
export interface HistoryPosition {
  atMicros: string;
  id: string;
}

/** An opaque, URL-safe cursor for the position. */
export function encodeCursor(position: HistoryPosition): string {
  return Buffer.from(`${position.atMicros}.${position.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): HistoryPosition {
  const match = /^(-?\d{1,19})\.(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match || encodeCursor({ atMicros: match[1], id: match[2] }) !== cursor) {
    throw new InvalidCursorError();
  }
  return { atMicros: match[1], id: match[2] };
}
