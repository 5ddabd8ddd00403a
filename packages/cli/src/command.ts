import type { ParseArgsConfig } from 'node:util';
import type { Io } from './io';

/** The parsed command line handed to a command. */
export interface CommandInput {
  /** A string option's value (`undefined` when absent). */
  readonly str: (name: string) => string | undefined;
  /** A boolean flag. */
  readonly bool: (name: string) => boolean;
  readonly positionals: readonly string[];
  readonly json: boolean;
}

/** One `motcua` sub-command. */
export interface Command {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly summary: string;
  readonly usage: string;
  readonly help: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  readonly run: (input: CommandInput, io: Io) => Promise<void> | void;
}
