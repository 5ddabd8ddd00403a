/**
 * `@motcua/errors`: the one error shape and the one result shape of every motcua package.
 *
 * @packageDocumentation
 */
export type { Issue, IssuePath, Locale, LocalizedText, Result } from './error';
export { describeValue, isMotcuaError, MotcuaError } from './error';
