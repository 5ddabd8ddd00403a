/**
 * The parsers on 100,000-character adversarial inputs (issue "Safe on hostile input"): each must
 * answer in time linear in its input, or refuse an input longer than its documented limit at once.
 * Before the fixes, the same inputs took 14.6 s (parseVnd), 16 s (parseProcessingTime) and 1.6 s
 * (redactPersonalData, 40k characters); a 1 MB `searchUnits` query took 7 s.
 */
import {
  redactPersonalData,
  safeParseFormDefinition,
  safeParseVnd,
  searchUnits,
} from '@motcua/forms';
import { safeParseProcessingTime } from '@motcua/sla';
import type { BenchCase } from '../harness';

const N = 100_000;
const digits = '1'.repeat(N);
const spacedAmount = `1${' 000'.repeat(N / 4)}`;
const letters = `${'a'.repeat(N)}@`;
const query = 'Đống Đa '.repeat(N / 8);
const unsafe = {
  id: 'x',
  version: '1',
  title: { vi: 'X', en: 'X' },
  fields: [{ key: 'a', type: 'text', label: { vi: 'A', en: 'A' }, pattern: '(a|a)*c' }],
};

const one = (name: string, fn: () => unknown): BenchCase => ({
  name: `${name} (100,000 characters)`,
  target: 'linear time: well under a millisecond per 100k characters, or refused at once',
  ours: { name, fn },
  others: [],
});

const cases: BenchCase[] = [
  one('safeParseProcessingTime on 100k digits + " ngày"', () =>
    safeParseProcessingTime(`${digits} ngày`),
  ),
  one('safeParseVnd on "1 000 000 …" (100k)', () => safeParseVnd(spacedAmount)),
  one('redactPersonalData on 100k letters and one @', () => redactPersonalData(letters)),
  one('searchUnits on a 100k query', () => searchUnits(query)),
  {
    name: 'safeParseFormDefinition refusing the pattern (a|a)*c',
    target: 'refused before any data meets it',
    ours: {
      name: 'safeParseFormDefinition (unsafe pattern)',
      fn: () => safeParseFormDefinition(unsafe),
    },
    others: [],
  },
];

export default cases;
