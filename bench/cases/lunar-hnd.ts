/**
 * Gregorian → Vietnamese lunar conversion against the packages a user would pick:
 * @dqcai/vn-lunar (table-based, UTC+7: the fastest correct one) and vietnamese-lunar-calendar
 * (astronomical formulas in the host's time zone). Random dates 1968–2199.
 */
import { getLunarDate } from '@dqcai/vn-lunar';
import { toLunar } from '@motcua/sla';
import { LunarDate } from 'vietnamese-lunar-calendar';
import type { BenchCase } from '../harness';
import { cycle, randomCivilDates } from '../harness';

const dates = randomCivilDates(4096, 1968, 2199, 3);
const parts = dates.map(
  (d) => [Number(d.slice(8, 10)), Number(d.slice(5, 7)), Number(d.slice(0, 4))] as const,
);
const nextDate = cycle(dates);
const nextParts = cycle(parts);

const cases: BenchCase[] = [
  {
    name: 'toLunar on civil-date strings (random dates 1968–2199)',
    target: 'at least as fast as @dqcai/vn-lunar (about 3 M/s)',
    ours: { name: '@motcua/sla toLunar', fn: () => toLunar(nextDate()) },
    others: [
      {
        name: '@dqcai/vn-lunar getLunarDate',
        fn: () => {
          const [d, m, y] = nextParts();
          return getLunarDate(d, m, y);
        },
      },
      {
        name: 'vietnamese-lunar-calendar new LunarDate',
        fn: () => {
          const [d, m, y] = nextParts();
          return new LunarDate(y, m, d);
        },
      },
    ],
    verify() {
      // The two agree on every day 1968–2053 (checked once over all days: 0 differences). They differ
      // before 1968 by design (motcua follows the UTC+8 calendar Việt Nam used; @dqcai/vn-lunar uses
      // UTC+7 throughout) and on 8 lunar months after 2053 (2054, 2072, 2077, 2130, 2150, 2159, 2175,
      // 2199) whose new moon falls within minutes of midnight UTC+7.
      for (const date of dates.filter((d) => d < '2054')) {
        const ours = toLunar(date);
        const [d, m, y] = [
          Number(date.slice(8, 10)),
          Number(date.slice(5, 7)),
          Number(date.slice(0, 4)),
        ];
        const theirs = getLunarDate(d, m, y) as unknown as {
          day: number;
          month: number;
          year: number;
          leap?: boolean;
          isLeap?: boolean;
        };
        if (theirs.day !== ours.day || theirs.month !== ours.month || theirs.year !== ours.year) {
          throw new Error(
            `${date}: motcua ${JSON.stringify(ours)} vs @dqcai/vn-lunar ${JSON.stringify(theirs)}`,
          );
        }
      }
    },
  },
];
export default cases;
