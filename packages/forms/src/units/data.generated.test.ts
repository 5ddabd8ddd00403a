import { describe, expect, it } from 'vitest';
import { buildUnitsModule } from '../../scripts/units-codec';

// Node APIs, without @types/node in the package's type space (library code must not use them).
interface NodeFs {
  readFileSync(path: string, encoding: 'utf8'): string;
}
interface NodeUrl {
  fileURLToPath(url: string): string;
}
const fs = (await import(/* @vite-ignore */ 'node:fs' as string)) as NodeFs;
const url = (await import(/* @vite-ignore */ 'node:url' as string)) as NodeUrl;
const here = (import.meta as unknown as { url: string }).url.replace(/[^/]*$/, '');
const read = (relative: string) => fs.readFileSync(url.fileURLToPath(here + relative), 'utf8');

describe('data.generated.ts', () => {
  const { source, stats } = buildUnitsModule(
    read('../../scripts/data/admin-units-2025-provinces.csv'),
    read('../../scripts/data/admin-units-2025-communes.csv'),
  );

  it('is what the generator makes of the CSV files (run `tsx packages/forms/scripts/gen-units.ts`)', () => {
    expect(read('./data.generated.ts')).toBe(source);
  });

  it('encodes every unit of the 2025 lists', () => {
    expect(stats).toEqual({
      provinces: 34,
      communes: 3321,
      byKind: { phuong: 687, xa: 2621, dac_khu: 13 },
    });
  });

  it('rejects inconsistent input', () => {
    const provinces = 'province_code,province_name\n01,Thành phố Hà Nội\n';
    const header = 'commune_code,commune_name,kind,province_code,province_name\n';
    expect(() =>
      buildUnitsModule(provinces, `${header}00235,Phường Đống Đa,xa,01,Thành phố Hà Nội\n`),
    ).toThrow(/lacks its kind/);
    expect(() =>
      buildUnitsModule(
        provinces,
        `${header}00235,Phường Đống Đa,phuong,79,Thành phố Hồ Chí Minh\n`,
      ),
    ).toThrow(/unknown province/);
    expect(() =>
      buildUnitsModule(
        provinces,
        `${header}00235,Phường Đống Đa,phuong,01,Thành phố Hà Nội\n00235,Phường Láng,phuong,01,Thành phố Hà Nội\n`,
      ),
    ).toThrow(/duplicate/);
    expect(() => buildUnitsModule('code,name\n', header)).toThrow(/header/);
  });
});
