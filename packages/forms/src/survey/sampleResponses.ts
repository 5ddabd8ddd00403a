import { describeValue } from '@motcua/errors';
import { FormsError } from '../errors';
import { compileSurvey } from './compile';
import { conditionHolds } from './condition';
import type {
  AnswerValue,
  ResponseChannel,
  ResponseMeta,
  SurveyDefinition,
  SurveyResponse,
} from './types';

/** The most responses `sampleResponses` makes in one call (they are all held in memory). */
const MAX_SAMPLES = 10_000_000;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks an index from cumulative weights. */
function pick(next: () => number, weights: readonly number[]): number {
  const total = weights.reduce((s, w) => s + w, 0);
  let r = next() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

const UNITS = ['00235', '00238', '00241', '00244'];
const PROCEDURES = ['2.000908', '1.001612', '1.000894'];
const PERIODS = ['2026-01', '2026-02', '2026-03'];
const COMMENTS = [
  'Cán bộ hướng dẫn nhiệt tình.',
  'Nên bố trí thêm chỗ ngồi chờ.',
  'Thủ tục nhanh gọn, cảm ơn.',
  'Cổng dịch vụ công đôi khi chậm.',
];

/**
 * Generates `count` realistic, valid responses to any survey, deterministically from `seed`:
 * for demos, tests and benchmarks. Every response validates with {@link validateResponse}.
 *
 * Ratings lean towards satisfied (about 75 % in the top two boxes), NPS answers towards 7–10,
 * counts towards 0–2; optional questions are answered 9 times out of 10; visibility conditions
 * and `required` are respected. The metadata has a commune code (`'00235'`, `'00238'`, `'00241'`,
 * `'00244'`), a channel (about 40 % direct, 58 % online, 2 % postal, as in Hà Nội's commune-level
 * figures for 2025), a procedure code, a month of 2026, and a dossier code when the survey
 * requires one. Text answers come from a short list of comments without personal data.
 *
 * @typeParam K - The survey's question keys.
 * @param survey - The survey.
 * @param count - How many responses (a non-negative integer).
 * @param seed - The seed (any integer; default 1): the same seed gives the same responses.
 * @returns The responses, as {@link validateResponse} would return them.
 * @throws {SurveyError} `INVALID_SURVEY` if `survey` does not validate; `INVALID_ARGUMENT` if
 * `count` is not a non-negative safe integer.
 *
 * @example
 * ```ts
 * import { dossierEvaluation, sampleResponses, validateResponse } from '@motcua/forms';
 *
 * const survey = dossierEvaluation();
 * const responses = sampleResponses(survey, 3, 42);
 * responses.length; //=> 3
 * responses.every((r) => validateResponse(survey, r).ok); //=> true
 * ```
 * @category Surveys
 */
export function sampleResponses<K extends string>(
  survey: SurveyDefinition<K, string>,
  count: number,
  seed = 1,
): SurveyResponse<K>[] {
  const plan = compileSurvey(survey);
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new FormsError(
      'INVALID_ARGUMENT',
      {
        vi: `sampleResponses: số lượng phải là số nguyên không âm, nhận được ${describeValue(count)}`,
        en: `sampleResponses: count must be a non-negative integer, got ${describeValue(count)}`,
      },
      { count },
    );
  }
  // Samples live in memory: a billion would never return.
  if (count > MAX_SAMPLES) {
    throw new FormsError(
      'TOO_LARGE',
      {
        vi: `sampleResponses: tối đa ${MAX_SAMPLES.toLocaleString('vi-VN')} phiếu một lần, nhận được ${count}`,
        en: `sampleResponses: at most ${MAX_SAMPLES.toLocaleString('en-US')} responses at a time, got ${count}`,
      },
      { count, max: MAX_SAMPLES },
    );
  }
  const next = mulberry32(Number.isFinite(seed) ? Math.trunc(seed) : 1);
  const needDossier = plan.requiredMeta.has('dossierCode');
  const out: SurveyResponse<K>[] = [];
  for (let n = 0; n < count; n++) {
    const accepted: (AnswerValue | undefined)[] = [];
    const answers: Record<string, AnswerValue> = {};
    for (const q of plan.questions) {
      accepted.push(undefined);
      if (q.condition !== null) {
        const ref = accepted[q.condition.ref];
        if (ref === undefined || !conditionHolds(ref, q.condition.values)) continue;
      }
      if (!q.required && next() >= 0.9) continue;
      let value: AnswerValue | undefined;
      const span = q.max - q.min;
      switch (q.type) {
        case 'rating': {
          // Mass shifted to the top: 3 %, 5 %, 17 %, 45 %, 30 % on five points, stretched to the scale.
          const u = next();
          const cut = [0.03, 0.08, 0.25, 0.7];
          let level = 4;
          for (let i = 0; i < cut.length; i++) {
            if (u < (cut[i] ?? 1)) {
              level = i;
              break;
            }
          }
          value = q.min + Math.round((level / 4) * span);
          break;
        }
        case 'nps':
          value = pick(next, [2, 1, 1, 2, 2, 4, 6, 12, 20, 25, 25]);
          break;
        case 'count':
          value = Math.min(q.max, pick(next, [30, 45, 15, 6, 3, 1]));
          break;
        case 'yesNo':
          value = next() < 0.7;
          break;
        case 'choice':
          value = q.slotKeys[Math.floor(next() * q.slotKeys.length)] ?? q.slotKeys[0] ?? '';
          break;
        case 'multiChoice': {
          const size = q.minSelected + Math.floor(next() * (q.maxSelected - q.minSelected + 1));
          const keys = [...q.slotKeys];
          for (let i = keys.length - 1; i > 0; i--) {
            const j = Math.floor(next() * (i + 1));
            const tmp = keys[i] as string;
            keys[i] = keys[j] as string;
            keys[j] = tmp;
          }
          const chosen = new Set(keys.slice(0, size));
          value = q.slotKeys.filter((k) => chosen.has(k));
          break;
        }
        case 'text':
          if (!q.required && next() < 0.8) break;
          value = (COMMENTS[Math.floor(next() * COMMENTS.length)] ?? '').slice(0, q.maxLength);
          break;
      }
      if (value === undefined) continue;
      accepted[q.index] = value;
      answers[q.key] = value;
    }
    const u = next();
    const channel: ResponseChannel = u < 0.4 ? 'direct' : u < 0.98 ? 'online' : 'postal';
    const month = PERIODS[Math.floor(next() * PERIODS.length)] ?? '2026-01';
    const meta: { -readonly [P in keyof ResponseMeta]: ResponseMeta[P] } = {
      channel,
      unit: UNITS[Math.floor(next() * UNITS.length)] ?? '00235',
      procedure: PROCEDURES[Math.floor(next() * PROCEDURES.length)] ?? '2.000908',
      period: month,
    };
    if (needDossier) {
      const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
      const seq = String(1 + Math.floor(next() * 9999)).padStart(4, '0');
      meta.dossierCode = `000.00.01.H26-${month.slice(2, 4)}${month.slice(5, 7)}${day}-${seq}`;
    }
    out.push({ answers, meta } as SurveyResponse<K>);
  }
  return out;
}
