/**
 * The legal regimes by the day of receipt, as data.
 *
 * @internal
 * @module
 */
import type { Dossier } from './types';

/**
 * The legal regimes by the day of receipt, as data: a correction is one line. The rules: Decree
 * 61/2018 until 30/6/2025, Decree 118/2025 from 1/7/2025. The form set a dossier's documents use:
 * Circular 01/2018/TT-VPCP until Circular 03/2025/TT-VPCP came into force on 15/9/2025 (domain file
 * §1.1): a dossier received between 1/7 and 14/9/2025 gets the forms that existed then.
 * @internal
 */
export const REGIMES: readonly {
  readonly from: string;
  readonly rules: '61/2018/NĐ-CP' | '118/2025/NĐ-CP';
  readonly regime: Dossier['regime'];
}[] = [
  { from: '0000-01-01', rules: '61/2018/NĐ-CP', regime: 'TT01/2018' },
  { from: '2025-07-01', rules: '118/2025/NĐ-CP', regime: 'TT01/2018' },
  { from: '2025-09-15', rules: '118/2025/NĐ-CP', regime: 'TT03/2025' },
];

/** The rules in force on a civil day. @internal */
export function rulesOn(day: string): (typeof REGIMES)[number]['rules'] {
  let r: (typeof REGIMES)[number]['rules'] = '61/2018/NĐ-CP';
  for (const x of REGIMES) if (day >= x.from) r = x.rules;
  return r;
}

/** The regime in force on a civil day. @internal */
export function regimeOn(day: string): Dossier['regime'] {
  let r: Dossier['regime'] = 'TT01/2018';
  for (const x of REGIMES) if (day >= x.from) r = x.regime;
  return r;
}
