/**
 * The HTML report (issue #18): what it draws follows from the figures (one mark per month and
 * series, per unit with a rate, per listed overdue dossier, per computable indicator, per element),
 * its overdue list reconciles with the aggregate's `late` + `overdue`, it is offline and escapes
 * whatever the records hold; then, in headless Chromium, every chart renders its marks, the console
 * stays clean, no request leaves the page, it prints on A4, and a screenshot is saved under
 * `examples/out/`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { aggregate, sampleResponses, sipasSurvey } from '@motcua/forms';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { launchChromium } from '../../../../scripts/chromium.mjs';
import { aggregateDossiers } from './aggregate';
import { reportHtml } from './html';
import type { DossierRecord } from './record';

const FROM = '2026-01-01T00:00:00+07:00';
const TO = '2026-04-01T00:00:00+07:00';
// Six wards of Hà Nội (2025 codes), named in the page from the official list.
const UNITS = ['00004', '00008', '00025', '00070', '00082', '00235'];

/** A quarter of dossiers in six wards, deterministic: some late, some still open past their date. */
function records(n: number, seed = 1): DossierRecord[] {
  return fc
    .sample(
      fc.record({
        unit: fc.constantFrom(...UNITS),
        received: fc.integer({
          min: Date.parse('2025-12-20T01:00:00Z'),
          max: Date.parse('2026-03-30T09:00:00Z'),
        }),
        dueIn: fc.integer({ min: 1, max: 12 * 86_400_000 }),
        took: fc.option(fc.integer({ min: 3_600_000, max: 16 * 86_400_000 }), {
          freq: 6,
          nil: null,
        }),
        supplements: fc.constantFrom(0, 0, 0, 0, 1, 2),
        open: fc.boolean(),
        channel: fc.constantFrom('direct', 'online', 'postal' as const),
      }),
      { seed, numRuns: n },
    )
    .map((x, i) => ({
      code: `H26-${String(i).padStart(5, '0')}`,
      procedure: i % 3 === 0 ? '1.001612' : '2.000908',
      unit: x.unit,
      channel: x.channel,
      receivedAt: new Date(x.received).toISOString(),
      dueAt: new Date(x.received + x.dueIn).toISOString(),
      finishedAt: x.took === null ? null : new Date(x.received + x.took).toISOString(),
      outcome: x.took === null ? 'in-progress' : 'returned',
      supplementRequests: x.supplements,
      openSupplementAt:
        x.took === null && x.open ? new Date(x.received + x.dueIn / 2).toISOString() : null,
    }));
}

const marks = (html: string, id: string): number => {
  const start = html.indexOf(`<section class="chart" id="${id}">`);
  if (start < 0) return -1;
  const end = html.indexOf('</section>', start);
  return html.slice(start, end).split('class="mark"').length - 1;
};

function build(rs: readonly DossierRecord[], locale: 'vi' | 'en' = 'vi') {
  const agg = aggregateDossiers(rs, { from: FROM, to: TO, by: ['unit', 'period'] });
  const survey = sipasSurvey();
  const sipas = aggregate(survey, sampleResponses(survey, 400, 3));
  const html = reportHtml(
    {
      aggregate: agg,
      records: rs,
      surveys: [{ title: 'SIPAS', aggregate: sipas, survey }],
      recordCount: rs.length,
    },
    { locale },
  );
  return { agg, sipas, html };
}

describe('reportHtml', () => {
  it('draws one mark per figure, and its overdue list is the late and overdue dossiers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer(), (n, seed) => {
        const rs = records(n, seed);
        const { agg, html } = build(rs);
        const months = Object.keys(agg.groups.period ?? {}).length;
        expect(marks(html, 'by-month')).toBe(months * 4);
        const late = agg.total.late + agg.total.overdue;
        expect(marks(html, 'overdue')).toBe(late === 0 ? 0 : Math.min(20, late));
        if (late > 0) expect(html).toContain(`Hồ sơ quá hạn (${late.toLocaleString('vi-VN')})`);
      }),
      { numRuns: 25 },
    );
  });

  it('is one offline page: no script, no external resource, every record value escaped', () => {
    const rs = records(50).map((r, i) =>
      i === 0
        ? {
            ...r,
            code: '<script>alert(1)</script>',
            unit: '"><img src=x onerror=alert(1)>',
            receivedAt: '2026-02-02T09:00:00+07:00',
            dueAt: '2026-02-03T09:00:00+07:00',
            finishedAt: null,
            outcome: 'in-progress' as const,
            supplementRequests: 0,
            openSupplementAt: null,
          }
        : r,
    );
    const { html } = build(rs);
    expect(html).not.toMatch(/<script|<img|<link|<iframe|@import|url\(/i);
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('speaks English with locale en, and says why an indicator cannot be computed', () => {
    const { html } = build(records(80), 'en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('On-time rate by unit');
    expect(html).toContain('Not computable');
    expect(build(records(80)).html).toContain('Tỷ lệ đúng hạn theo đơn vị');
  });

  it('is total: whatever JSON it gets, a page or a CoreError, never a TypeError', () => {
    const { agg } = build(records(40));
    const any = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(
        fc.record(
          {
            aggregate: fc.oneof(fc.constant(agg), any),
            records: fc.oneof(fc.array(fc.oneof(any, fc.constant(records(1)[0]))), any),
            surveys: any,
            index: any,
            unitNames: any,
          },
          { requiredKeys: ['aggregate'] },
        ),
        (input) => {
          try {
            expect(typeof reportHtml(input as never)).toBe('string');
          } catch (e) {
            expect((e as Error).name).toBe('CoreError');
          }
        },
      ),
      { numRuns: 500, seed: 3 },
    );
    // An index that looks like one but lacks its reasons and figures: still a page.
    expect(
      typeof reportHtml({
        aggregate: agg,
        index: { indicators: [{ id: '9.9', name: {}, computable: false }] } as never,
      }),
    ).toBe('string');
    // A unit named like an Object.prototype key is data; a 1985 appointment has no working days.
    const odd = [
      {
        ...records(1)[0],
        unit: 'constructor',
        code: 'X',
        dueAt: '1985-01-01T00:00:00+07:00',
        finishedAt: null,
        outcome: 'in-progress' as const,
      },
    ] as DossierRecord[];
    const html = reportHtml(
      {
        aggregate: aggregateDossiers(odd, { from: FROM, to: TO, by: ['unit', 'period'] }),
        records: odd,
        unitNames: {},
      },
      {},
    );
    expect(html).not.toContain('native code');
    expect(html).toMatch(/<th scope="row">X<\/th>.*<td>–<\/td><\/tr>/);
  });

  it('refuses what is not an aggregate', () => {
    expect(() => reportHtml({ aggregate: {} as never })).toThrow(/dossier aggregate/);
    expect(() => reportHtml(null as never)).toThrow(/input must be/);
  });
});

describe('reportHtml in headless Chromium', () => {
  it('renders every chart with its marks, with a clean console, no request, and prints on A4', async () => {
    const browser = await launchChromium('HTML report test');
    if (browser === null) return;
    try {
      const rs = records(2500, 766);
      const { agg, sipas, html } = build(rs);
      const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(String(e)));
      page.on('request', (r) => {
        if (!r.url().startsWith('data:') && r.url() !== 'about:blank')
          problems.push(`request ${r.url()}`);
      });
      await page.setContent(html, { waitUntil: 'load' });
      // Counted in the page (a string: this package's types have no DOM): drawn marks per chart.
      const rendered = (await page.evaluate(`Object.fromEntries(
        [...document.querySelectorAll('section.chart')].map((s) => [
          s.id,
          [...s.querySelectorAll('.mark')].filter((m) => {
            const b = m.getBoundingClientRect();
            return b.width > 0 || b.height > 0;
          }).length,
        ]),
      )`)) as Record<string, number>;
      const computable = (await import('./serviceIndex/serviceIndex'))
        .serviceIndex({ dossiers: agg })
        .indicators.filter((i) => i.computable).length;
      const units = Object.values(agg.groups.unit ?? {}).filter(
        (c) => c.judged + c.inProgress > 0,
      ).length;
      // Bars of zero (a month with no late dossier) have no area but exist: count them drawn.
      expect(rendered['by-unit']).toBe(units);
      expect(rendered['overdue']).toBe(Math.min(20, agg.total.late + agg.total.overdue));
      expect(rendered['index']).toBe(computable);
      expect(rendered['satisfaction-1']).toBe(
        Object.values(sipas.elements).filter((e) => e.satisfiedShare !== null).length + 1,
      );
      expect(marks(html, 'by-month')).toBe(Object.keys(agg.groups.period ?? {}).length * 4);
      expect(rendered['by-month']).toBeGreaterThanOrEqual(
        Object.keys(agg.groups.period ?? {}).length * 3,
      );
      // The page's own @page rule (A4, 12 mm margins) decides the paper.
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)/.exec(pdf.toString('latin1'));
      expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([595, 842]);
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages).toBeGreaterThan(1);
      expect(pages).toBeLessThan(15);
      const out = join(__dirname, '../../../../examples/out');
      mkdirSync(out, { recursive: true });
      // The first screen, committed so that a reader of the repository sees the page.
      await page.screenshot({ path: join(out, 'report.png') });
      writeFileSync(join(out, 'report-test.html'), html);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
