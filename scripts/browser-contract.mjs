// The browser contract suite (issue #17): the packed packages, installed from their tarballs into a
// throwaway application and bundled as an application bundles them (esbuild, platform browser), run
// in headless Chromium under emulated time zones America/Los_Angeles and Asia/Ho_Chi_Minh. The same
// suite runs in Node (under the same zones); every answer must be equal, and the page's console must
// stay free of errors. Called by scripts/smoke-consumer.mjs with the application's folder.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from './chromium.mjs';

const ZONES = ['America/Los_Angeles', 'Asia/Ho_Chi_Minh'];

// Due dates across Tết, lunar dates, a form validated with Vietnamese and English messages, a survey
// aggregate, dossier codes and a report: what a citizen portal computes in the page.
const SUITE = `import * as sla from '@motcua/sla';
import * as forms from '@motcua/forms';
import * as core from '@motcua/core';

export function contract() {
  const cal = sla.vietnamCalendar();
  const receipt = new Date('2026-02-13T10:00:00+07:00');
  const late = new Date('2026-02-13T16:45:00+07:00');
  const survey = forms.sipasSurvey();
  const responses = forms.sampleResponses(survey, 300, 17);
  const invalid = { child: { fullName: 'Nguyễn Văn 2' } };
  return {
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    dueAcrossTet: sla.dueDate(cal, receipt, { workingDays: 5 }).toISOString(),
    dueEndOfDay: sla.dueDate(cal, late, { workingDays: 5 }, { convention: 'end-of-day' }).toISOString(),
    dueFromText: sla.dueDate(cal, late, sla.parseProcessingTime('03 ngày làm việc')).toISOString(),
    dueCalendarDays: sla.dueDate(cal, receipt, { days: 5 }).toISOString(),
    explained: sla.explainDueDate(cal, receipt, { workingDays: 5 }).text,
    skippedDays: sla.workingDaysBetween(cal, '2026-02-13', '2026-02-27'),
    dayOf: sla.civilDateOf(new Date('2026-02-16T20:00:00Z')),
    tet: sla.toLunar('2026-02-17'),
    leapMonth: sla.formatLunarDate(sla.toLunar('2033-12-22'), 'vi'),
    fromLunar: sla.fromLunar({ year: 2026, month: 1, day: 1, leap: false }),
    canChi: sla.canChi(sla.toLunar('2026-02-17')),
    printed: [sla.formatInstant(receipt, { locale: 'vi' }), sla.formatInstant(receipt, { locale: 'en' })],
    formVi: forms.validateForm(forms.birthRegistrationForm, invalid),
    formEn: forms.validateForm(forms.birthRegistrationForm, invalid, { locale: 'en' }),
    formValid: forms.validateForm(forms.birthRegistrationForm, forms.birthRegistrationSample).ok,
    commune: forms.lookupCommune('00235'),
    survey: forms.aggregate(survey, responses),
    wilson: forms.wilsonInterval(0.87, 100),
    code: core.formatDossierCode({ agencyId: '000.00.01.H26', date: '2026-02-13', sequence: 42 }),
    parsedCode: core.parseDossierCode('000.00.01.H26-260213-0042'),
    report: core.aggregateDossiers(
      [{ code: 'X-1', procedure: '2.000908', unit: '00235', channel: 'online',
         receivedAt: '2026-02-13T10:00:00+07:00', dueAt: '2026-02-27T10:00:00+07:00',
         finishedAt: '2026-02-26T09:00:00+07:00', outcome: 'returned' }],
      { from: '2026-02-01T00:00:00+07:00', to: '2026-03-01T00:00:00+07:00' },
    ).total,
  };
}
`;

/** Runs the suite in Node and in Chromium; throws on any difference. Returns a summary line. */
export async function runBrowserContract(app) {
  writeFileSync(join(app, 'contract.mjs'), SUITE);
  writeFileSync(
    join(app, 'page-entry.mjs'),
    "import { contract } from './contract.mjs';\nwindow.__motcua = JSON.stringify(contract());\n",
  );
  const bundle = await build({
    absWorkingDir: app,
    entryPoints: ['page-entry.mjs'],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  const script = bundle.outputFiles[0].text;
  const browser = await launchChromium('browser contract suite');
  if (browser === null) return 'browser contract suite skipped (no Chromium)';
  try {
    const checked = [];
    const byZone = [];
    for (const zone of ZONES) {
      const node = execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          "import { contract } from './contract.mjs'; process.stdout.write(JSON.stringify(contract()));",
        ],
        { cwd: app, env: { ...process.env, TZ: zone }, encoding: 'utf8' },
      );
      const context = await browser.newContext({ timezoneId: zone, locale: 'en-US' });
      const page = await context.newPage();
      const errors = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.setContent('<!doctype html><meta charset="utf-8"><title>motcua contract</title>');
      await page.addScriptTag({ content: script });
      const inPage = await page.evaluate(() => window.__motcua);
      await context.close();
      if (errors.length > 0)
        throw new Error(`browser (${zone}): console errors: ${errors.join(' | ')}`);
      const a = JSON.parse(node);
      const b = JSON.parse(inPage);
      // ICU names Vietnam's zone by its old alias.
      const emulated = (z) => z === zone || (zone === 'Asia/Ho_Chi_Minh' && z === 'Asia/Saigon');
      if (!emulated(a.zone) || !emulated(b.zone))
        throw new Error(`zone not emulated: node ${a.zone}, page ${b.zone}, wanted ${zone}`);
      if (node !== inPage) {
        const keys = Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
        throw new Error(
          `browser (${zone}) differs from Node on: ${keys.join(', ')}\nnode: ${node}\npage: ${inPage}`,
        );
      }
      // Known answers, so that a wrong answer in both places still fails.
      const pinned = {
        dueAcrossTet: '2026-02-27T03:00:00.000Z',
        dayOf: '2026-02-17',
        fromLunar: '2026-02-17',
        code: '000.00.01.H26-260213-0042',
        skippedDays: 5,
      };
      for (const [k, v] of Object.entries(pinned))
        if (a[k] !== v)
          throw new Error(`${k} is ${JSON.stringify(a[k])}, not ${JSON.stringify(v)}`);
      const { zone: _z, ...answers } = a;
      byZone.push([zone, JSON.stringify(answers)]);
      checked.push(`${zone} (${Object.keys(a).length} answers)`);
    }
    // The host's zone must change nothing: Los Angeles and Hồ Chí Minh City give the same answers.
    const [[z1, first], ...rest] = byZone;
    for (const [z, answers] of rest)
      if (answers !== first) throw new Error(`answers under ${z} differ from those under ${z1}`);
    return `browser contract suite: Chromium ${browser.version()} = Node under ${checked.join(', ')}; bundle ${Math.round(script.length / 1024)} KB`;
  } finally {
    await browser.close();
  }
}
