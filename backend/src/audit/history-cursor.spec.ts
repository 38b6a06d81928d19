import { decodeCursor, encodeCursor, InvalidCursorError } from './history-cursor';

describe('history cursor', () => {
  it('round-trips a position, URL-safe', () => {
    const position = { atMicros: '1764100000123456', id: '9007199254740993' };
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it.each([
    '',
    'garbage',
    encodeCursor({ atMicros: '1', id: '2' }) + 'x',
    Buffer.from('1.2; DROP').toString('base64url'),
    Buffer.from('1.-2').toString('base64url'),
  ])('refuses %j', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(InvalidCursorError);
  });

  it('is a validation error (400) naming the field', () => {
    const error = new InvalidCursorError();
    expect(error.kind).toBe('validation');
    expect(Object.keys(error.fields)).toEqual(['cursor']);
  });
});
