import { describe, expect, it } from 'vitest';
import { isMotcuaError, MotcuaError } from './error';

describe('MotcuaError', () => {
  it('carries code, both messages, details and cause', () => {
    const cause = new Error('root');
    const e = new MotcuaError('X', { vi: 'vi', en: 'en' }, { a: 1 }, { cause });
    expect([e.code, e.message, e.messageVi, e.details, e.cause]).toEqual([
      'X',
      'en',
      'vi',
      { a: 1 },
      cause,
    ]);
    expect(e).toBeInstanceOf(Error);
    expect(Object.keys(e)).not.toContain('Symbol(motcua.error)');
  });

  it('is recognised across copies by its brand, not its class', () => {
    class Other extends Error {}
    const copy = new Other('x');
    Object.defineProperty(copy, Symbol.for('motcua.error'), { value: true });
    Object.assign(copy, { code: 'OUT_OF_RANGE' });
    expect(isMotcuaError(copy)).toBe(true);
    expect(isMotcuaError(copy, 'OUT_OF_RANGE')).toBe(true);
    expect(isMotcuaError(copy, 'INVALID_DATE')).toBe(false);
  });

  it('rejects everything else without throwing', () => {
    for (const v of [null, undefined, 0, 'x', {}, new Error('x'), { code: 'X', messageVi: 'y' }])
      expect(isMotcuaError(v)).toBe(false);
  });
});
