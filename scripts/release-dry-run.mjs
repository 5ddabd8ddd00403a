#!/usr/bin/env node
// The release, rehearsed (issue #18): in a throwaway clone of HEAD, `changeset version` consumes the
// pending changesets, bumps the versions and writes each package's CHANGELOG.md; then every public
// package is packed and published with `--dry-run` (nothing leaves the machine), proving that the
// packages would publish: the versions moved, the changelogs hold the changesets, no `workspace:`
// range is left in a packed manifest, and the metadata a registry page shows is present.
// The clone builds its own packages (as `pnpm release` does: build, then publish), so what is
// packed is HEAD's code, never the working tree's dist. Uncommitted changes are not part of the
// rehearsal (it clones HEAD).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'motcua-release-'));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const pnpm = (args, cwd) => run('pnpm', args, cwd);

try {
  const clone = join(work, 'repo');
  run('git', ['clone', '--quiet', '--no-hardlinks', root, clone], root);
  const pending = readdirSync(join(clone, '.changeset')).filter(
    (f) => f.endsWith('.md') && f !== 'README.md',
  );
  pnpm(
    ['install', '--frozen-lockfile', '--offline', '--ignore-scripts', '--reporter=silent'],
    clone,
  );
  run(
    process.execPath,
    [join(root, 'node_modules', '@changesets', 'cli', 'bin.js'), 'version'],
    clone,
  );
  pnpm(['build'], clone);

  const lines = [];
  const warnings = [];
  for (const dir of readdirSync(join(clone, 'packages'))) {
    const pkgFile = join(clone, 'packages', dir, 'package.json');
    if (!existsSync(pkgFile)) continue;
    const before = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
    if (pkg.private) continue;
    const changelog = join(clone, 'packages', dir, 'CHANGELOG.md');
    if (pending.length > 0) {
      if (pkg.version === before.version)
        throw new Error(`${pkg.name}: changeset version left the version at ${pkg.version}`);
      const text = existsSync(changelog) ? readFileSync(changelog, 'utf8') : '';
      if (!text.includes(`## ${pkg.version}`))
        throw new Error(`${pkg.name}: CHANGELOG.md has no section for ${pkg.version}`);
    }
    for (const field of ['license', 'engines', 'description', 'repository', 'homepage', 'bugs'])
      if (pkg[field] === undefined) warnings.push(`${pkg.name}: no "${field}"`);
    const packed = pnpm(['pack', '--json'], join(clone, 'packages', dir));
    const info = JSON.parse(packed.slice(packed.indexOf('{')));
    const manifest = run(
      'tar',
      ['-xOzf', join(clone, 'packages', dir, info.filename), 'package/package.json'],
      clone,
    );
    if (manifest.includes('workspace:'))
      throw new Error(`${pkg.name}: the packed manifest still has a workspace: range`);
    const out = pnpm(['publish', '--dry-run', '--no-git-checks'], join(clone, 'packages', dir));
    if (!out.includes(`${pkg.name}@${pkg.version}`))
      throw new Error(`${pkg.name}: publish --dry-run did not announce ${pkg.name}@${pkg.version}`);
    lines.push(`${pkg.name} ${before.version} → ${pkg.version} (${info.files.length} files)`);
  }
  console.log(
    `release dry run: ${pending.length} changesets → ${lines.join(', ')}; CHANGELOG.md written; each would publish`,
  );
  // Known gap, shown rather than hidden: no public repository URL exists yet for these fields.
  const missing = [...new Set(warnings.map((w) => w.replace(/^[^:]+: no "(.*)"$/, '$1')))];
  if (missing.length > 0)
    console.log(`warning: every package lacks ${missing.join(', ')} (no public repository yet)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
