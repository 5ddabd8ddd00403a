/**
 * Export of a procedure to the EU Core Public Service Vocabulary Application Profile (CPSV-AP 3.x)
 * as JSON-LD, so national catalogues can be exchanged with CPSV-AP tools.
 *
 * @module
 */

import { formatProcessingTime, type ProcessingTime } from '@motcua/sla';
import { expectObject } from '../_lib/guard';
import type { Procedure } from './procedure';

/** An ISO 8601 duration for a processing time, where one maps (working time has no ISO form). */
function isoDuration(pt: ProcessingTime): string | undefined {
  if ('days' in pt) return `P${pt.days}D`;
  if ('weeks' in pt) return `P${pt.weeks}W`;
  if ('months' in pt) return `P${pt.months}M`;
  if ('hours' in pt) return `PT${pt.hours}H`;
  if ('minutes' in pt) return `PT${pt.minutes}M`;
  return undefined;
}

/**
 * Exports a procedure as a CPSV-AP `PublicService` in JSON-LD. Mapping (documented in the guide
 * "A dossier's life"): code → `dct:identifier`; name → `dct:title` (vi, en); field →
 * `cv:sector`; implementing agency → `cv:hasCompetentAuthority`; each document of the form →
 * `cpsv:hasInput` (`cv:Evidence`); fees → `cv:hasCost`; channels → `cv:hasChannel`; processing time →
 * `cv:processingTime` (ISO 8601 for calendar periods and clock time, text otherwise); legal basis →
 * `cv:hasLegalResource`; result → `cpsv:produces` (`cv:Output`); conditions → `cv:holdsRequirement`.
 *
 * @param procedure - The procedure.
 * @returns A JSON-LD object.
 * @example
 * ```ts
 * import { sampleCatalog, toCpsvAp } from '@motcua/core';
 * toCpsvAp(sampleCatalog().get('2.000908')!)['@type']; //=> 'cpsv:PublicService'
 * ```
 * @category Procedures
 */
export function toCpsvAp(procedure: Procedure): Record<string, unknown> {
  expectObject(procedure, 'toCpsvAp', 'the procedure');
  expectObject(procedure.channels, 'toCpsvAp', 'procedure.channels');
  const id = `urn:vn:tthc:${procedure.code}`;
  const channels = Object.entries(procedure.channels).filter(
    (e): e is [string, NonNullable<(typeof e)[1]>] => e[1] !== undefined,
  );
  const channelType: Record<string, string> = {
    direct: 'Assisted service',
    online: 'Website',
    postal: 'Mail',
  };
  const first = channels[0]?.[1];
  return {
    '@context': {
      cpsv: 'http://purl.org/vocab/cpsv#',
      cv: 'http://data.europa.eu/m8g/',
      dct: 'http://purl.org/dc/terms/',
      eli: 'http://data.europa.eu/eli/ontology#',
      skos: 'http://www.w3.org/2004/02/skos/core#',
    },
    '@id': id,
    '@type': 'cpsv:PublicService',
    'dct:identifier': procedure.code,
    'dct:title': [
      { '@language': 'vi', '@value': procedure.name.vi },
      { '@language': 'en', '@value': procedure.name.en },
    ],
    'dct:description': {
      '@language': 'vi',
      '@value': procedure.steps.join('; ') || procedure.name.vi,
    },
    'cv:sector': procedure.field,
    'cv:hasCompetentAuthority': {
      '@type': 'cv:PublicOrganisation',
      'skos:prefLabel': { '@language': 'vi', '@value': procedure.implementingAgency },
    },
    'cpsv:hasInput': (procedure.form.documents ?? []).map((d) => ({
      '@id': `${id}/evidence/${d.id}`,
      '@type': 'cv:Evidence',
      'dct:title': [
        { '@language': 'vi', '@value': d.name.vi },
        { '@language': 'en', '@value': d.name.en },
      ],
    })),
    'cv:hasCost': channels.flatMap(([channel, terms]) =>
      terms.fees.map((f) => ({
        '@type': 'cv:Cost',
        'cv:value': f.amount,
        'cv:currency': 'VND',
        'dct:description': `${f.name.vi} (${channel}, per ${f.per})`,
      })),
    ),
    'cv:hasChannel': channels.map(([channel, terms]) => ({
      '@id': `${id}/channel/${channel}`,
      '@type': 'cv:Channel',
      'dct:type': channelType[channel] ?? channel,
      'cv:processingTime':
        isoDuration(terms.processingTime) ?? formatProcessingTime(terms.processingTime, 'en'),
    })),
    'cv:processingTime': first
      ? (isoDuration(first.processingTime) ?? formatProcessingTime(first.processingTime, 'en'))
      : undefined,
    'cv:hasLegalResource': procedure.legalBasis.map((l) => ({
      '@type': 'eli:LegalResource',
      'dct:title': { '@language': 'vi', '@value': l },
    })),
    'cpsv:produces': procedure.results.map((r) => ({
      '@type': 'cv:Output',
      'dct:title': { '@language': 'vi', '@value': r.name },
      ...(r.template === undefined
        ? {}
        : { 'dct:description': { '@language': 'vi', '@value': r.template } }),
    })),
    'cv:holdsRequirement': procedure.conditions.map((c) => ({
      '@type': 'cv:Requirement',
      'dct:description': { '@language': 'vi', '@value': c },
    })),
  };
}
