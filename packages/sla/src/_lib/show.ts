/**
 * The one safe rendering of a value for messages: `describeValue` of `@motcua/errors`.
 *
 * @internal
 * @module
 */
export { describeValue as show } from '@motcua/errors';
