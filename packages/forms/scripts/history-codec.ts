/**
 * The pure half of the generator of the 2024 → 2025 commune mapping: CSV text in, TypeScript module
 * text out (no Node APIs, so the tests re-run it in memory against the committed module).
 *
 * Format of `src/units/history.generated.ts` (decoded by `src/units/history.ts`): `FORMER` holds one
 * string per pre-merger province, in code order:
 *
 *     {province code}{province name}#{resolution numbers, comma-separated}
 *     ^{district code}{district name}|{entry}|{entry}…      (one per district, in code order)
 *
 * An entry is `{commune code minus the previous entry's, base 36}:{commune name}>{successors}`
 * followed by optional flags: `@{i}` when the resolution is the province's i-th (from 0; absent for
 * the first), `~h` / `~l` for a manual transcription of high / low confidence. Successors are the
 * 2025 commune codes in base 36, comma-separated; one successor means the old commune went over
 * whole (`full`), several that it was split (`partial`), which the generator checks.
 */

function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.replace(/\r\n/g, '\n').trim().split('\n')) {
    const fields: string[] = [];
    let i = 0;
    while (i <= line.length) {
      if (line[i] === '"') {
        const end = line.indexOf('"', i + 1);
        if (end < 0) throw new Error(`unterminated quote: ${line}`);
        fields.push(line.slice(i + 1, end));
        i = end + 2;
      } else {
        const end = line.indexOf(',', i);
        const stop = end < 0 ? line.length : end;
        fields.push(line.slice(i, stop));
        i = stop + 1;
      }
    }
    out.push(fields);
  }
  return out;
}

const HEADER =
  'old_province_code,old_district_code,old_commune_code,old_address,new_commune_code,new_commune_name,new_province_code,new_province_name,share,resolution,confidence';
const RESERVED = /[#^|:>@~,]/;

/** Counts of what {@link buildHistoryModule} encoded. */
export interface HistoryStats {
  readonly rows: number;
  readonly communes: number;
  readonly split: number;
  readonly provinces: number;
  readonly districts: number;
  /** Rows whose address named the district before the commune (read the right way round). */
  readonly swapped: number;
}

/**
 * Builds the text of `src/units/history.generated.ts` from the mapping CSV. Throws on any
 * inconsistency (an unknown 2025 code, a share that contradicts the number of successors, a name
 * that cannot be encoded, an address that disagrees between rows).
 */
export function buildHistoryModule(
  mappingCsv: string,
  currentCodes: ReadonlySet<string>,
): { readonly source: string; readonly stats: HistoryStats } {
  const [header, ...rows] = parseCsv(mappingCsv);
  if (header?.join(',') !== HEADER) throw new Error(`unexpected CSV header: ${header?.join(',')}`);
  interface Old {
    code: string;
    name: string;
    successors: string[];
    shares: string[];
    resolution: string;
    confidence: string;
  }
  let swapped = 0;
  const provinces = new Map<
    string,
    { name: string; districts: Map<string, { name: string; communes: Map<string, Old> }> }
  >();
  for (const r of rows) {
    const [
      pc = '',
      dc = '',
      cc = '',
      address = '',
      nc = '',
      ,
      ,
      ,
      share = '',
      resolution = '',
      confidence = '',
    ] = r;
    if (!/^\d{2}$/.test(pc) || !/^\d{3}$/.test(dc) || !/^\d{5}$/.test(cc))
      throw new Error(`bad old codes: ${r.join(',')}`);
    if (!currentCodes.has(nc)) throw new Error(`${cc}: unknown 2025 code ${nc}`);
    const parts = address.split(', ');
    if (parts.length !== 3)
      throw new Error(`${cc}: address not "commune, district, province": ${address}`);
    let [cn = '', dn = '', pn = ''] = parts;
    // Four rows of the source (Huyện Kiên Hải) write the district before the commune.
    if (/^(Huyện|Quận|Thị xã|Thành phố) /.test(cn) && /^(Xã|Phường|Thị trấn|Đặc khu) /.test(dn)) {
      [cn, dn] = [dn, cn];
      swapped++;
    }
    for (const n of parts)
      if (RESERVED.test(n) || n === '') throw new Error(`${cc}: name cannot be encoded: ${n}`);
    if (!/^\d+\/NQ-UBTVQH15$/.test(resolution))
      throw new Error(`${cc}: unexpected resolution ${resolution}`);
    if (!['high', 'manual:high', 'manual:low'].includes(confidence))
      throw new Error(`${cc}: unexpected confidence ${confidence}`);
    const p = provinces.get(pc) ?? { name: pn, districts: new Map() };
    if (p.name !== pn) throw new Error(`${cc}: province ${pc} is also named ${p.name}`);
    provinces.set(pc, p);
    const d = p.districts.get(dc) ?? { name: dn, communes: new Map() };
    if (d.name !== dn) throw new Error(`${cc}: district ${dc} is also named ${d.name}`);
    p.districts.set(dc, d);
    const c = d.communes.get(cc) ?? {
      code: cc,
      name: cn,
      successors: [],
      shares: [],
      resolution,
      confidence,
    };
    if (c.name !== cn || c.resolution !== resolution || c.confidence !== confidence)
      throw new Error(`${cc}: rows disagree`);
    c.successors.push(nc);
    c.shares.push(share);
    d.communes.set(cc, c);
  }
  let communes = 0;
  let split = 0;
  let districts = 0;
  const strings = [...provinces.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([pc, p]) => {
      const resolutions: string[] = [];
      const out: string[] = [];
      for (const [dc, d] of [...p.districts.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
        districts++;
        let previous = 0;
        const entries = [...d.communes.values()]
          .sort((a, b) => Number(a.code) - Number(b.code))
          .map((c) => {
            communes++;
            const single = c.successors.length === 1;
            if (!single) split++;
            if (c.shares.some((s) => s !== (single ? 'full' : 'partial')))
              throw new Error(`${c.code}: share contradicts ${c.successors.length} successor(s)`);
            const res = c.resolution.replace('/NQ-UBTVQH15', '');
            if (!resolutions.includes(res)) resolutions.push(res);
            const ri = resolutions.indexOf(res);
            const delta = (Number(c.code) - previous).toString(36);
            previous = Number(c.code);
            const succ = c.successors.map((s) => Number(s).toString(36)).join(',');
            const flags =
              (ri > 0 ? `@${ri}` : '') +
              (c.confidence === 'manual:high' ? '~h' : c.confidence === 'manual:low' ? '~l' : '');
            return `${delta}:${c.name}>${succ}${flags}`;
          });
        out.push(`^${dc}${d.name}|${entries.join('|')}`);
      }
      return `${pc}${p.name}#${resolutions.join(',')}${out.join('')}`;
    });
  const source = [
    '// Generated by packages/forms/scripts/gen-units.ts from packages/forms/scripts/data/admin-units-2024-to-2025.csv.',
    '// Do not edit: change the CSV file and run `tsx packages/forms/scripts/gen-units.ts`.',
    '// The 10,047 commune-level units in force before 1 July 2025 and the 2025 units they went into',
    '// (Resolutions 1654–1687/NQ-UBTVQH15, as transcribed by the MIT-licensed dvhcvn/20250701 project).',
    '// The format is described in packages/forms/scripts/history-codec.ts.',
    '',
    '/** The pre-merger units and their successors, one encoded string per old province. @internal */',
    'export const FORMER: readonly string[] = [',
    ...strings.map((s) => `  ${JSON.stringify(s)},`),
    '];',
    '',
  ].join('\n');
  return {
    source,
    stats: { rows: rows.length, communes, split, provinces: provinces.size, districts, swapped },
  };
}
