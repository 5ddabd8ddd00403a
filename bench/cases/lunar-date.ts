/**
 * toLunar on instants (a `Date`, read in Asia/Ho_Chi_Minh), by era: before 1975 the zone's
 * historical offsets (UTC+8 in the South until 13/6/1975, and earlier changes) are read from a table
 * built once from the runtime's zone data; from 1975 the offset is a fixed UTC+7. In its own file
 * so that the recorded run measures it in its own process (in a process that converted civil-date
 * strings first, V8's type feedback makes the Date path slower; see bench/RESULTS.md).
 */
import { getLunarDate } from '@dqcai/vn-lunar';
import { toLunar } from '@motcua/sla';
import type { BenchCase } from '../harness';
import { cycle, randomCivilDates } from '../harness';

const cases: BenchCase[] = [
  ...(
    [
      ['1900–1975 (historical offsets of Asia/Ho_Chi_Minh)', 1900, 1975, 23],
      ['1976–2199 (fixed UTC+7)', 1976, 2199, 29],
    ] as const
  ).map(([era, from, to, seed]): BenchCase => {
    // Noon in Hà Nội on each date: the instant a desk would pass (a Date), read in the calendar's zone.
    const days = randomCivilDates(4096, from === 1900 ? 1901 : from, to, seed);
    const instants = days.map((d) => new Date(`${d}T05:00:00Z`));
    const dayParts = days.map((d) => [
      Number(d.slice(0, 4)),
      Number(d.slice(5, 7)),
      Number(d.slice(8)),
    ]);
    const nextInstant = cycle(instants);
    const nextDayParts = cycle(dayParts);
    return {
      name: `toLunar(Date), an instant read in Asia/Ho_Chi_Minh, ${era}; one op = 256 dates`,
      target: '≥ @dqcai/vn-lunar (which takes the civil date already split into numbers)',
      ours: {
        name: '@motcua/sla toLunar(Date)',
        fn: () => {
          let x = 0;
          for (let i = 0; i < 256; i++) x += toLunar(nextInstant()).day;
          return x;
        },
      },
      others: [
        {
          name: '@dqcai/vn-lunar getLunarDate(d, m, y)',
          fn: () => {
            let x = 0;
            for (let i = 0; i < 256; i++) {
              const [y, m, d] = nextDayParts() as [number, number, number];
              x += getLunarDate(d, m, y).day;
            }
            return x;
          },
        },
      ],
      verify: () => {
        for (const [i, t] of instants.entries()) {
          const a = toLunar(t);
          const b = toLunar(days[i] as string);
          if (a.day !== b.day || a.month !== b.month || a.year !== b.year)
            throw new Error(`toLunar(Date) and toLunar(civil date) disagree on ${days[i]}`);
        }
      },
    };
  }),
];

export default cases;
