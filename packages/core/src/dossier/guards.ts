/**
 * The guards of the lifecycle that are not in the transition table: the reason or agency an event
 * must state, and the typed error of an event that is not allowed.
 *
 * @internal
 * @module
 */
import { describeValue } from '@motcua/errors';
import type { LocalizedText } from '@motcua/sla';
import { CoreError } from '../errors';
import type { Dossier, DossierEvent, DossierEventType } from './types';

/** Events that must say why (a refusal, a request, an apology…) or to whom. */
const REQUIRED_TEXT: Partial<Record<DossierEventType, { key: string; vi: string }>> = {
  'guide-supplement': { key: 'reason', vi: 'lý do (giấy tờ cần bổ sung)' },
  'refuse-reception': { key: 'reason', vi: 'lý do từ chối' },
  'request-supplement': { key: 'reason', vi: 'lý do (giấy tờ cần bổ sung)' },
  apologize: { key: 'reason', vi: 'lý do chậm' },
  'apply-alternative': { key: 'reason', vi: 'lý do áp dụng thời hạn theo điều kiện' },
  refuse: { key: 'reason', vi: 'lý do từ chối' },
  stop: { key: 'reason', vi: 'lý do dừng' },
  'send-to-agency': { key: 'agency', vi: 'cơ quan nhận' },
};

/** Whether an excluded period (`exclusion-started` without its `exclusion-ended`) is open. @internal */
export function openExclusion(dossier: Dossier): boolean {
  let open = false;
  for (const e of dossier.history)
    if (e.type === 'exclusion-started') open = true;
    else if (e.type === 'exclusion-ended') open = false;
  return open;
}

/** Refuses an event without the reason (or agency) the law asks it to state. */
export function requireText(d: Dossier, event: DossierEvent): void {
  const need = REQUIRED_TEXT[event.type];
  if (need === undefined) return;
  const value = (event as unknown as Record<string, unknown>)[need.key];
  if (typeof value === 'string' && value.trim() !== '') return;
  throw new CoreError(
    'INVALID_ARGUMENT',
    {
      en: `dossier ${d.code}: ${event.type} needs a non-empty ${need.key} (got ${value === undefined ? 'none' : describeValue(value)})`,
      vi: `hồ sơ ${d.code}: ${event.type} phải ghi ${need.vi} (${need.key} đang trống hoặc sai kiểu)`,
    },
    { code: d.code, event: event.type, field: need.key, value },
  );
}

/** The error of an event that is not allowed. @internal */
export function notAllowed(
  d: Dossier,
  type: string,
  why: LocalizedText,
  code: 'TRANSITION_NOT_ALLOWED' | 'GUARD_FAILED' = 'TRANSITION_NOT_ALLOWED',
): CoreError {
  return new CoreError(
    code,
    { en: `dossier ${d.code}: ${type}: ${why.en}`, vi: `hồ sơ ${d.code}: ${type}: ${why.vi}` },
    { code: d.code, status: d.status, event: type },
  );
}
