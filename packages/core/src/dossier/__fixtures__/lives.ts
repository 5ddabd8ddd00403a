/**
 * Test fixtures shared by the dossier and dossier-clock tests: the sample catalogue, a receipt
 * helper, and random dossier lives (any sequence of events, each applied or rejected).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { isCoreError } from '../../errors';
import { defineProcedure, type Procedure } from '../../procedure/procedure';
import { sampleCatalog } from '../../samples/sampleCatalog';
import { receiveDossier, submitOnline } from '../receive';
import { applyDossierEvent } from '../reducer';
import { dossierTransitions } from '../transitions';
import type { Dossier, DossierEvent } from '../types';

export const catalog = sampleCatalog();

/** A local time in Việt Nam as an ISO string with its offset. */
export const vn = (local: string) => `${local}+07:00`;

/**
 * The tests' multi-day procedure: marriage registration when verification is needed, the
 * catalogue's alternative limit (5 working days) applied to every channel. The tests receive it
 * under its code '1.000894'.
 */
const marriage = catalog.get('1.000894');
if (!marriage) throw new Error('1.000894');
export const marriageWithVerification = defineProcedure({
  ...marriage,
  channels: Object.fromEntries(
    Object.entries(marriage.channels).map(([k, c]) => [
      k,
      { ...c, processingTime: c?.processingTime.alternatives?.[0]?.limit ?? { workingDays: 5 } },
    ]),
  ),
});

/** An online submission of 2.000908 awaiting receipt (Hà Nội local instant, no offset). */
export function submit(at: string, sequence: number): Dossier {
  return submitOnline({
    procedure: catalog.get('2.000908') as Procedure,
    channel: 'online',
    receivedAt: new Date(vn(at)),
    agencyId: '000.00.01.H26',
    sequence,
    applicant: { name: 'Lê Văn Cường' },
    data: catalog.sampleData('2.000908'),
  });
}

/** Receives a dossier of any procedure (its sample data is the catalogue's 2.000908's unless given). */
export function receiveWith(
  procedure: Procedure,
  at: string,
  sequence = 1,
  data: unknown = catalog.sampleData('2.000908'),
): Dossier {
  return receiveDossier({
    procedure,
    channel: 'direct',
    receivedAt: new Date(vn(at)),
    agencyId: '000.00.01.H26',
    sequence,
    applicant: { name: 'Lê Văn Cường' },
    data,
  });
}

export function receive(
  code: string,
  at: string,
  sequence = 1,
  channel: 'direct' | 'online' = 'direct',
): Dossier {
  const procedure = code === '1.000894' ? marriageWithVerification : catalog.get(code);
  if (!procedure) throw new Error(code);
  return receiveDossier({
    procedure,
    channel,
    receivedAt: new Date(vn(at)),
    agencyId: '000.00.01.H26',
    sequence,
    applicant: { name: 'Lê Văn Cường', id: '001085012345' },
    data: catalog.sampleData(code),
    receivingUnit: '00235',
  });
}

const EVENT_TYPES = dossierTransitions().map((t) => t.event);
export const eventArb = fc.record({
  type: fc.constantFrom(...EVENT_TYPES),
  minutes: fc.integer({ min: 60, max: 2000 }),
  gap: fc.integer({ min: 0, max: 3 * 24 * 60 }),
});

export function randomLife(
  steps: { type: string; minutes: number; gap: number }[],
  code = '1.000894',
): {
  dossiers: Dossier[];
  rejected: number;
} {
  let d = receive(code, '2026-02-10T09:00:00');
  const dossiers = [d];
  let at = Date.parse(vn('2026-02-10T09:00:00'));
  let rejected = 0;
  for (const s of steps) {
    at += s.gap * 60_000;
    const e = {
      type: s.type,
      at: new Date(at).toISOString(),
      reason: 'r',
      agency: 'A',
      minutes: s.minutes,
      newDueAt: new Date(at + 30 * 86_400_000).toISOString(),
    } as unknown as DossierEvent;
    const before = JSON.stringify(d);
    try {
      d = applyDossierEvent(d, e);
      dossiers.push(d);
    } catch (err) {
      if (!isCoreError(err)) throw err;
      rejected++;
      expect(JSON.stringify(d)).toBe(before); // rejected: unchanged
    }
  }
  return { dossiers, rejected };
}
