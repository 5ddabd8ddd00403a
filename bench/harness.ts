/**
 * The benchmark harness: each file in `bench/cases/` default-exports a list of {@link BenchCase}s.
 * A case runs motcua and the libraries a user would otherwise pick in the same process, one after
 * the other, and reports ops/s and the ratio motcua ÷ other.
 */
export interface BenchTask {
  /** Shown in the table, e.g. `'@motcua/sla toLunar'` or `'date-holidays isHoliday'`. */
  readonly name: string;
  /** One operation. Use the returned value (the harness keeps it) so the work cannot be optimised away. */
  readonly fn: () => unknown;
}

export interface BenchCase {
  /** What is measured, e.g. `'Gregorian → lunar, random dates 1968–2199'`. */
  readonly name: string;
  /** The target, printed beside the figures (e.g. `'≥ @dqcai/vn-lunar'`). */
  readonly target?: string;
  /** The motcua task. */
  readonly ours: BenchTask;
  /** The libraries a user would otherwise pick (may be empty). */
  readonly others: readonly BenchTask[];
  /** Optional: a check run once before timing (throws if the tasks disagree on a sample). */
  readonly verify?: () => void;
  /**
   * Optional: the fewest operations timed per task (tinybench's default is 64). Set it low for an
   * operation that takes seconds (e.g. a whole million), so the case measures what its target
   * names instead of a slice whose fixed costs do not scale with the million.
   */
  readonly iterations?: number;
}

/** A deterministic PRNG (mulberry32), so every run benchmarks the same inputs. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` random civil dates `'YYYY-MM-DD'` between two years inclusive, reproducibly. */
export function randomCivilDates(
  count: number,
  fromYear: number,
  toYear: number,
  seed = 1,
): string[] {
  const next = rng(seed);
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear, 11, 31);
  const span = (end - start) / 86_400_000 + 1;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(new Date(start + Math.floor(next() * span) * 86_400_000).toISOString().slice(0, 10));
  }
  return out;
}

/** Cycles through `items`, one per call. */
export function cycle<T>(items: readonly T[]): () => T {
  let i = 0;
  return () => {
    const v = items[i] as T;
    i = i + 1 === items.length ? 0 : i + 1;
    return v;
  };
}
