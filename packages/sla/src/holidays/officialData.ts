/**
 * The official public-sector day-off schedules 2019–2026 (civil servants, Monday–Friday week), from
 * the domain file §4.2 (table and machine-readable summary, which agree). Each entry:
 * `date|kind|holiday`, or `date|kind|holiday|medium` where the domain file rates that holiday's row
 * lower than the year's documents (derived by rule, or no notice found). Compact on purpose:
 * decoded once per calendar.
 *
 * @internal
 * @module
 */

/** Provenance of one year's schedule. @internal */
export interface OfficialYear {
  /** The announcing or approving documents. */
  readonly document: string;
  /** Confidence in the domain file of the year's documents (an entry may say `medium`). */
  readonly confidence: 'high' | 'medium';
  /** `date|kind|holiday` entries separated by spaces. */
  readonly days: string;
}

/** @internal */
export function officialYears(): Readonly<Record<number, OfficialYear>> {
  return {
    2019: {
      document: 'PM approval of July 2018, announced by MOLISA (notice number not found)',
      confidence: 'high',
      days: '2018-12-31|swapped|newYear 2019-01-01|holiday|newYear 2019-01-05|make-up|newYear 2019-02-04|tet|tet 2019-02-05|tet|tet 2019-02-06|tet|tet 2019-02-07|tet|tet 2019-02-08|tet|tet 2019-04-14|holiday|hungKings 2019-04-15|compensatory|hungKings 2019-04-29|swapped|victory 2019-04-30|holiday|victory 2019-05-01|holiday|labour 2019-05-04|make-up|victory 2019-09-02|holiday|national',
    },
    2020: {
      document:
        'MOLISA Notice 4544/TB-LĐTBXH (25/10/2019); VPCP 9087/VPCP-KGVX (7/10/2019); other days by rule',
      confidence: 'high',
      days: '2020-01-01|holiday|newYear|medium 2020-01-23|tet|tet 2020-01-24|tet|tet 2020-01-25|tet|tet 2020-01-26|tet|tet 2020-01-27|tet|tet 2020-01-28|compensatory|tet 2020-01-29|compensatory|tet 2020-04-02|holiday|hungKings|medium 2020-04-30|holiday|victory|medium 2020-05-01|holiday|labour|medium 2020-09-02|holiday|national|medium',
    },
    2021: {
      document: 'VPCP 9895/VPCP-KGVX (November 2020), approving MOLISA proposal 111/TTr-LĐTBXH',
      confidence: 'high',
      days: '2021-01-01|holiday|newYear 2021-02-10|tet|tet 2021-02-11|tet|tet 2021-02-12|tet|tet 2021-02-13|tet|tet 2021-02-14|tet|tet 2021-02-15|compensatory|tet 2021-02-16|compensatory|tet 2021-04-21|holiday|hungKings 2021-04-30|holiday|victory 2021-05-01|holiday|labour 2021-05-03|compensatory|labour 2021-09-02|holiday|national 2021-09-03|holiday|national',
    },
    2022: {
      document: 'PM approval (Deputy PM Vũ Đức Đam) for Tết; notice number not found',
      confidence: 'high',
      days: '2022-01-01|holiday|newYear 2022-01-03|compensatory|newYear 2022-01-31|tet|tet 2022-02-01|tet|tet 2022-02-02|tet|tet 2022-02-03|tet|tet 2022-02-04|tet|tet 2022-04-10|holiday|hungKings 2022-04-11|compensatory|hungKings 2022-04-30|holiday|victory 2022-05-01|holiday|labour 2022-05-02|compensatory|victory 2022-05-03|compensatory|labour 2022-09-01|holiday|national 2022-09-02|holiday|national',
    },
    2023: {
      document: 'MOLISA Announcement 5034/TB-LĐTBXH (7/12/2022)',
      confidence: 'high',
      days: '2023-01-01|holiday|newYear 2023-01-02|compensatory|newYear 2023-01-20|tet|tet 2023-01-21|tet|tet 2023-01-22|tet|tet 2023-01-23|tet|tet 2023-01-24|tet|tet 2023-01-25|compensatory|tet 2023-01-26|compensatory|tet 2023-04-29|holiday|hungKings 2023-04-30|holiday|victory 2023-05-01|holiday|labour 2023-05-02|compensatory|hungKings 2023-05-03|compensatory|victory 2023-09-01|holiday|national 2023-09-02|holiday|national 2023-09-04|compensatory|national',
    },
    2024: {
      document: 'MOLISA 5014/TB-LĐTBXH (22/11/2023); VPCP 2450/VPCP (April 2024) for the 29/4 swap',
      confidence: 'high',
      days: '2024-01-01|holiday|newYear 2024-02-08|tet|tet 2024-02-09|tet|tet 2024-02-10|tet|tet 2024-02-11|tet|tet 2024-02-12|tet|tet 2024-02-13|compensatory|tet 2024-02-14|compensatory|tet 2024-04-18|holiday|hungKings 2024-04-29|swapped|victory 2024-04-30|holiday|victory 2024-05-01|holiday|labour 2024-05-04|make-up|victory 2024-09-02|holiday|national 2024-09-03|holiday|national',
    },
    2025: {
      document:
        'VPCP 8726/VPCP-KGVX (26/11/2024) for Tết; MOLISA Notice 6150/TB-LĐTBXH for the 2/5 swap with Sat 26/4; Government notices for 30/4 and 2/9',
      confidence: 'high',
      days: '2025-01-01|holiday|newYear 2025-01-27|tet|tet 2025-01-28|tet|tet 2025-01-29|tet|tet 2025-01-30|tet|tet 2025-01-31|tet|tet 2025-04-07|holiday|hungKings 2025-04-26|make-up|labour 2025-04-30|holiday|victory 2025-05-01|holiday|labour 2025-05-02|swapped|labour 2025-09-01|holiday|national 2025-09-02|holiday|national',
    },
    2026: {
      document:
        'VPCP 12729/VPCP-KGVX (25/12/2025) for New Year; MoHA Notice 9441/TB-BNV (16/10/2025) for Tết and National Day',
      confidence: 'high',
      days: '2026-01-01|holiday|newYear 2026-01-02|swapped|newYear 2026-01-10|make-up|newYear 2026-02-16|tet|tet 2026-02-17|tet|tet 2026-02-18|tet|tet 2026-02-19|tet|tet 2026-02-20|tet|tet 2026-04-26|holiday|hungKings 2026-04-27|compensatory|hungKings 2026-04-30|holiday|victory|medium 2026-05-01|holiday|labour|medium 2026-08-22|make-up|national|medium 2026-08-31|swapped|national|medium 2026-09-01|holiday|national 2026-09-02|holiday|national',
    },
  };
}
