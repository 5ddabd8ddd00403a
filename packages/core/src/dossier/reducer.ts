/**
 * The reducer of a dossier's life: one event in, a new frozen dossier out.
 *
 * @module
 */
import { describeValue } from '@motcua/errors';
import {
  addWorkingTime,
  allowedWorkingMinutes,
  civilDateOf,
  dueDate,
  workingTimeBetween,
} from '@motcua/sla';
import { defaultCalendar } from '../_lib/defaultCalendar';
import { expectDossier } from '../_lib/guard';
import { instantOf } from '../_lib/instant';
import { CoreError } from '../errors';
import { clockFigures } from './clock';
import { notAllowed, openExclusion, requireText } from './guards';
import { regimeOn, rulesOn } from './regimes';
import { DOSSIER_STATUS_VI, transitionOf } from './transitions';
import type { Dossier, DossierEvent, DossierOptions, StoredEvent } from './types';
import { REFUSAL_REASONS } from './types';
import { finalize, frozenEvent } from './value';

/** A civil date `'YYYY-MM-DD'` as a day number (days since 1970-01-01), for counting calendar days. */
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

function checkReasonCode(dossier: Dossier, type: string, code: unknown): void {
  if (code === undefined || (typeof code === 'string' && Object.hasOwn(REFUSAL_REASONS, code)))
    return;
  throw notAllowed(
    dossier,
    type,
    {
      en: `unknown reasonCode ${describeValue(code)} (one of ${Object.keys(REFUSAL_REASONS).join(', ')})`,
      vi: `mã lý do không hợp lệ ${describeValue(code)} (một trong ${Object.keys(REFUSAL_REASONS).join(', ')})`,
    },
    'GUARD_FAILED',
  );
}

/**
 * Applies one event to a dossier and returns the new dossier; the input is never modified. An event
 * not allowed in the current state or for the role, a failed guard, or an event dated before the
 * previous one is a {@link CoreError} that says why, and nothing changes.
 *
 * Clock effects (all read from the dossier's one SLA clock, see `dossierClock`): `receive` starts
 * it (the appointment from the procedure's processing time); `request-supplement` pauses it (a
 * second request marks the dossier late for the statistics); `supplement-received` resumes it and
 * the appointment moves later by the working time paused (a request made after the appointment had
 * passed moves nothing); `apologize` records a new appointment (once; sent later than the day before
 * the due date it is recorded and flagged late, see `apologyNoticeDays`); `complete`, `refuse`, `stop`, `withdraw` end processing (a pause still open
 * ends with them).
 *
 * @param dossier - The dossier.
 * @param event - The event.
 * @param options - Calendar and guards.
 * @returns The new dossier (frozen; the input is not modified).
 * @throws {CoreError} `TRANSITION_NOT_ALLOWED`, `GUARD_FAILED`, `EVENT_OUT_OF_ORDER`, `INVALID_DATE`,
 *   `INVALID_ARGUMENT`.
 * @example
 * ```ts
 * import { applyDossierEvent, receiveDossier, sampleCatalog } from '@motcua/core';
 * const c = sampleCatalog();
 * const d = receiveDossier({ procedure: c.get('2.000908')!, channel: 'direct',
 *   receivedAt: '2026-02-23T08:30:00+07:00', agencyId: '000.00.01.H26', sequence: 1,
 *   applicant: { name: 'Lê Văn Cường' }, data: c.sampleData('2.000908') });
 * const next = applyDossierEvent(d, { type: 'request-supplement', at: '2026-02-23T09:00:00+07:00',
 *   role: 'specialist', reason: 'Thiếu tờ khai' });
 * next.status; //=> 'awaiting-supplement'
 * next.supplement.requests; //=> 1
 * d.status; //=> 'received' (the input is not modified)
 * applyDossierEvent(next, { type: 'return-result', at: '2026-02-23T10:00:00+07:00' }); //=> throws CoreError TRANSITION_NOT_ALLOWED
 * ```
 * @category Dossiers
 */
export function applyDossierEvent<D>(
  dossier: Dossier<D>,
  event: DossierEvent,
  options?: DossierOptions,
): Dossier<D> {
  expectDossier(dossier, 'applyDossierEvent');
  const type: unknown = (event as { type?: unknown } | null)?.type;
  const t = transitionOf(type);
  if (t === undefined)
    throw notAllowed(dossier, typeof type === 'string' ? type.slice(0, 40) : '(none)', {
      en: 'unknown event type',
      vi: 'loại sự kiện không hợp lệ',
    });
  if (!t.from.includes(dossier.status)) {
    throw notAllowed(dossier, event.type, {
      en: `not allowed while the dossier is ${dossier.status} (allowed from: ${t.from.join(', ')})`,
      vi: `không được phép khi hồ sơ ${DOSSIER_STATUS_VI[dossier.status]}`,
    });
  }
  if (event.role !== undefined && !t.roles.includes(event.role)) {
    throw notAllowed(dossier, event.type, {
      en: `role ${typeof event.role === 'string' ? event.role.slice(0, 40) : describeValue(event.role)} may not do this (only ${t.roles.join(', ')})`,
      vi: `vai trò ${typeof event.role === 'string' ? event.role.slice(0, 40) : describeValue(event.role)} không được thực hiện (chỉ ${t.roles.join(', ')})`,
    });
  }
  const when = instantOf(event.at, 'event.at');
  const at = when.toISOString();
  requireText(dossier, event);
  const last = dossier.history.at(-1)?.at ?? dossier.submittedAt.toISOString();
  if (at < last) {
    throw new CoreError(
      'EVENT_OUT_OF_ORDER',
      {
        en: `dossier ${dossier.code}: ${event.type} at ${at} is before the previous event (${last})`,
        vi: `hồ sơ ${dossier.code}: ${event.type} lúc ${at} trước sự kiện trước đó (${last})`,
      },
      { at, last },
    );
  }
  const cal = options?.calendar ?? defaultCalendar();
  const record: Record<string, unknown> = { ...(event as unknown as Record<string, unknown>) };
  record['type'] = event.type;
  record['at'] = at;
  if (event.type === 'apologize')
    record['newDueAt'] = instantOf(event.newDueAt, 'newDueAt').toISOString();
  const stored = frozenEvent(record as StoredEvent);
  const history = [...dossier.history, stored];
  const base: Dossier<D> = { ...dossier, history };
  const to = t.to === 'same' ? dossier.status : t.to;
  // Every change to the appointment comes from the one clock, folded from the history.
  const timed = (d: Dossier<D>): Dossier<D> => {
    const f = clockFigures(d.procedure, history, at, cal);
    return {
      ...d,
      dueAt: f.dueAt,
      supplement: { ...d.supplement, pausedMinutes: f.pausedMinutes },
      apology: d.apology && f.newDueAt ? { ...d.apology, newDueAt: f.newDueAt } : d.apology,
    };
  };
  const closePause = (d: Dossier<D>): Dossier<D> =>
    d.supplement.since === null ? d : { ...d, supplement: { ...d.supplement, since: null } };
  switch (event.type) {
    case 'receive':
      // The regime follows the day of receipt (a dossier submitted online on 14/9/2025 and
      // received on 15/9 gets Circular 03/2025's forms); the code, already given to the citizen
      // to track the dossier, does not change.
      return finalize(
        timed({ ...base, status: to, receivedAt: when, regime: regimeOn(civilDateOf(when)) }),
      );
    case 'guide-supplement':
      return finalize({ ...base, status: to, reason: event.reason });
    case 'refuse-reception':
      checkReasonCode(dossier, event.type, event.reasonCode);
      return finalize({ ...base, status: to, reason: event.reason });
    case 'resubmit':
      return finalize({ ...base, status: to });
    case 'transfer': {
      // A transfer to another unit makes it the competent unit.
      if (event.to !== undefined && (typeof event.to !== 'string' || event.to.trim() === ''))
        throw notAllowed(
          dossier,
          event.type,
          { en: '`to` must be a unit code', vi: '`to` phải là mã đơn vị' },
          'GUARD_FAILED',
        );
      return finalize({ ...base, status: to, competentUnit: event.to ?? dossier.competentUnit });
    }
    case 'send-to-agency': {
      if (typeof event.agency !== 'string' || event.agency.trim() === '')
        throw notAllowed(
          dossier,
          event.type,
          { en: 'name the agency', vi: 'phải ghi cơ quan nhận' },
          'GUARD_FAILED',
        );
      if (dossier.steps.some((s) => s.agency === event.agency && s.returnedAt === null))
        throw notAllowed(
          dossier,
          event.type,
          {
            en: `a step at ${event.agency} is already open`,
            vi: `hồ sơ đang ở ${event.agency}`,
          },
          'GUARD_FAILED',
        );
      // The allotment: given, or the agency's share of the procedure's per-agency split.
      const share = dossier.procedure.processingTime.allotments?.find(
        (a) => a.agency === event.agency,
      );
      const minutes =
        event.minutes ??
        (share === undefined
          ? undefined
          : allowedWorkingMinutes(cal.standardDayMinutes, share.limit));
      // A share in calendar time (days, weeks, months, clock hours) is counted as the law counts it.
      if (event.minutes === undefined && share !== undefined && minutes === null) {
        return finalize({
          ...base,
          status: to,
          steps: [
            ...dossier.steps,
            {
              agency: event.agency,
              sentAt: when,
              dueAt: dueDate(cal, when, share.limit),
              returnedAt: null,
            },
          ],
        });
      }
      if (!(typeof minutes === 'number' && minutes > 0 && minutes <= 1e7))
        throw notAllowed(
          dossier,
          event.type,
          {
            en: 'the allotment must be positive working minutes (at most 10,000,000), given or in the procedure’s per-agency split',
            vi: 'thời gian phân bổ phải là số phút làm việc dương (tối đa 10.000.000), ghi trong sự kiện hoặc trong phần phân bổ của thủ tục',
          },
          'GUARD_FAILED',
        );
      const stepDue = addWorkingTime(cal, when, { minutes });
      return finalize({
        ...base,
        status: to,
        steps: [
          ...dossier.steps,
          { agency: event.agency, sentAt: when, dueAt: stepDue, returnedAt: null },
        ],
      });
    }
    case 'agency-returned': {
      // Steps may run in parallel: the one named, or the only one open.
      const open = dossier.steps.flatMap((s, i) => (s.returnedAt === null ? [i] : []));
      const named =
        event.agency === undefined
          ? open
          : open.filter((i) => dossier.steps[i]?.agency === event.agency);
      const which = named.length === 1 ? named[0] : undefined;
      if (which === undefined)
        throw notAllowed(
          dossier,
          event.type,
          {
            en:
              named.length === 0
                ? `no open step at ${describeValue(event.agency)}`
                : `several steps are open (${open.map((i) => dossier.steps[i]?.agency).join(', ')}): name the agency`,
            vi:
              named.length === 0
                ? `không có bước liên thông đang mở tại ${describeValue(event.agency)}`
                : `nhiều bước liên thông đang mở (${open.map((i) => dossier.steps[i]?.agency).join(', ')}): phải ghi cơ quan`,
          },
          'GUARD_FAILED',
        );
      return finalize({
        ...base,
        // Back to processing when the last open step returns.
        status: open.length > 1 ? dossier.status : to,
        steps: dossier.steps.map((s, i) => (i === which ? { ...s, returnedAt: when } : s)),
      });
    }
    case 'exclusion-started': {
      const periods = dossier.procedure.processingTime.excluding ?? [];
      if (typeof event.period !== 'string' || !periods.includes(event.period))
        throw notAllowed(
          dossier,
          event.type,
          {
            en: `not a period the procedure excludes (${periods.map((p) => `"${p}"`).join(', ') || 'none'})`,
            vi: `không phải khoảng thời gian thủ tục không tính (${periods.map((p) => `"${p}"`).join(', ') || 'không có'})`,
          },
          'GUARD_FAILED',
        );
      if (openExclusion(dossier))
        throw notAllowed(
          dossier,
          event.type,
          {
            en: 'an excluded period is already open',
            vi: 'đang trong khoảng thời gian không tính',
          },
          'GUARD_FAILED',
        );
      return finalize(timed(base));
    }
    case 'exclusion-ended':
      if (!openExclusion(dossier))
        throw notAllowed(
          dossier,
          event.type,
          {
            en: 'no excluded period is open',
            vi: 'không có khoảng thời gian không tính nào đang mở',
          },
          'GUARD_FAILED',
        );
      return finalize(timed(base));
    case 'request-supplement':
      if (openExclusion(dossier))
        throw notAllowed(
          dossier,
          event.type,
          {
            en: 'an excluded period is open: end it first',
            vi: 'đang trong khoảng thời gian không tính: kết thúc trước',
          },
          'GUARD_FAILED',
        );
      if (
        event.agency !== undefined &&
        !dossier.steps.some((s) => s.agency === event.agency && s.returnedAt === null)
      )
        throw notAllowed(
          dossier,
          event.type,
          {
            en: `no open interlinked step at ${describeValue(event.agency)}`,
            vi: `không có bước liên thông đang mở tại ${describeValue(event.agency)}`,
          },
          'GUARD_FAILED',
        );
      return finalize(
        timed({
          ...base,
          status: to,
          supplement: {
            ...dossier.supplement,
            requests: dossier.supplement.requests + 1,
            since: when,
            reason: event.reason,
          },
        }),
      );
    case 'supplement-received': {
      // The citizen's wait paused every open interlinked step too: each one's due instant moves
      // later by the working time paused, and the dossier goes back to the agencies still holding it.
      const since = dossier.supplement.since;
      const paused = since === null ? 0 : workingTimeBetween(cal, since, when);
      const open = dossier.steps.some((s) => s.returnedAt === null);
      return finalize(
        timed(
          closePause({
            ...base,
            status: open ? 'at-other-agency' : to,
            steps: dossier.steps.map((s) =>
              s.returnedAt === null && paused > 0
                ? { ...s, dueAt: addWorkingTime(cal, s.dueAt, { minutes: paused }) }
                : s,
            ),
          }),
        ),
      );
    }
    case 'apologize': {
      if (dossier.apology !== null)
        throw notAllowed(
          dossier,
          event.type,
          {
            en: 'an apology and new appointment can be issued once only',
            vi: 'chỉ được xin lỗi và hẹn lại một lần',
          },
          'GUARD_FAILED',
        );
      if (dossier.dueAt === null)
        throw notAllowed(
          dossier,
          event.type,
          { en: 'the dossier has no appointment', vi: 'hồ sơ không có ngày hẹn trả' },
          'GUARD_FAILED',
        );
      // Sent later than the notice allows (or after the appointment): the letter was sent, so it
      // is recorded, and flagged as non-compliant.
      const days = options?.apologyNoticeDays ?? 1;
      if (!(Number.isInteger(days) && days >= 0 && days <= 30))
        throw new CoreError('INVALID_ARGUMENT', {
          en: `applyDossierEvent: apologyNoticeDays must be a whole number of days from 0 to 30, got ${describeValue(days)}`,
          vi: `applyDossierEvent: apologyNoticeDays phải là số ngày nguyên từ 0 đến 30, nhận được ${describeValue(days)}`,
        });
      const unit = options?.apologyNoticeUnit ?? 'days';
      if (unit !== 'days' && unit !== 'workingDays')
        throw new CoreError('INVALID_ARGUMENT', {
          en: `applyDossierEvent: apologyNoticeUnit must be 'days' or 'workingDays', got ${describeValue(unit)}`,
          vi: `applyDossierEvent: apologyNoticeUnit phải là 'days' hoặc 'workingDays', nhận được ${describeValue(unit)}`,
        });
      const late =
        at > dossier.dueAt.toISOString() ||
        (unit === 'workingDays'
          ? at > addWorkingTime(cal, dossier.dueAt, { days: -days }).toISOString()
          : // "chậm nhất 01 ngày trước ngày hết hạn": by the day `days` days before the due day.
            dayNumber(civilDateOf(new Date(at), cal.timeZone)) >
            dayNumber(civilDateOf(dossier.dueAt, cal.timeZone)) - days);
      const newDueAt = new Date(stored['newDueAt'] as string);
      if (newDueAt.getTime() <= dossier.dueAt.getTime())
        throw notAllowed(
          dossier,
          event.type,
          {
            en: 'the new appointment must be after the current one',
            vi: 'ngày hẹn mới phải sau ngày hẹn cũ',
          },
          'GUARD_FAILED',
        );
      const extensionRequested =
        rulesOn(civilDateOf(dossier.receivedAt ?? dossier.submittedAt, cal.timeZone)) ===
        '118/2025/NĐ-CP';
      return finalize(
        timed({
          ...base,
          apology: { at: when, reason: event.reason, newDueAt, extensionRequested, late },
        }),
      );
    }
    case 'apply-alternative': {
      const alternatives = dossier.procedure.processingTime.alternatives ?? [];
      const i = event.alternative;
      const why = (en: string, vi: string) =>
        notAllowed(dossier, event.type, { en, vi }, 'GUARD_FAILED');
      if (!(Number.isInteger(i) && i >= 0 && i < alternatives.length))
        throw why(
          `the procedure has no alternative limit number ${describeValue(i)} (it has ${alternatives.length})`,
          `thủ tục không có thời hạn theo điều kiện số ${describeValue(i)} (có ${alternatives.length})`,
        );
      if (dossier.history.some((e) => e.type === 'apply-alternative'))
        throw why(
          'an alternative limit has already been applied',
          'đã áp dụng thời hạn theo điều kiện',
        );
      // An apology already set a new date on the limit in force: switching the limit now would
      // silently rewrite what the letter said.
      if (dossier.apology !== null)
        throw why(
          'an apology with a new date was already sent: the limit can no longer change',
          'đã gửi văn bản xin lỗi hẹn lại: không thể đổi thời hạn',
        );
      return finalize(timed(base));
    }
    case 'complete':
      return finalize(
        timed({
          ...base,
          status: to,
          finishedAt: when,
          electronicResult:
            typeof event.electronicResult === 'boolean'
              ? event.electronicResult
              : dossier.electronicResult,
        }),
      );
    // Stopped or withdrawn while awaiting a supplement: the wait up to then is paused time too.
    case 'refuse':
      checkReasonCode(dossier, event.type, event.reasonCode);
      return finalize(
        timed(closePause({ ...base, status: to, finishedAt: when, reason: event.reason })),
      );
    case 'stop':
      return finalize(
        timed(closePause({ ...base, status: to, finishedAt: when, reason: event.reason })),
      );
    case 'withdraw':
      return finalize(timed(closePause({ ...base, status: to, finishedAt: when })));
    case 'return-result':
      return finalize({ ...base, status: to, returnedAt: when });
  }
}
