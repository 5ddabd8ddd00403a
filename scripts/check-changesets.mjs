#!/usr/bin/env node
// Every user-facing change carries a changeset. For each published package, if its `src/` changed
// since its last release (the last commit that touched its CHANGELOG.md, i.e. `changeset version`;
// or ever, for a package never released), at least one pending `.changeset/*.md` must name it.
// Also validates every pending changeset: known packages, valid bump types, a non-empty summary.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const git = (...args) =>
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const packages = new Map();
for (const dir of readdirSync('packages')) {
  const file = join('packages', dir, 'package.json');
  if (!existsSync(file)) continue;
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  if (!pkg.private) packages.set(pkg.name, dir);
}

const problems = [];
const named = new Set();
for (const f of readdirSync('.changeset')) {
  if (!f.endsWith('.md') || f === 'README.md') continue;
  const text = readFileSync(join('.changeset', f), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) {
    problems.push(`.changeset/${f}: missing --- frontmatter ---`);
    continue;
  }
  for (const line of m[1].split('\n').filter((l) => l.trim())) {
    const lm = /^\s*["']?(@?[\w/.-]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
    if (!lm) problems.push(`.changeset/${f}: bad frontmatter line '${line}'`);
    else if (!packages.has(lm[1])) problems.push(`.changeset/${f}: unknown package ${lm[1]}`);
    else named.add(lm[1]);
  }
  if (m[2].trim().length < 10) problems.push(`.changeset/${f}: the summary is empty`);
}

// Uncommitted work counts too, so the check is useful before committing.
const dirty = git('status', '--porcelain')
  .split('\n')
  .filter(Boolean)
  .map((l) => l.slice(3));
for (const [name, dir] of packages) {
  const changelog = join('packages', dir, 'CHANGELOG.md');
  const since = existsSync(changelog) ? git('log', '-1', '--format=%H', '--', changelog) : '';
  const range = since ? [`${since}..HEAD`] : [];
  let changed = false;
  try {
    changed = git('log', '--format=%H', ...range, '--', join('packages', dir, 'src')) !== '';
  } catch {
    changed = false; // no commits yet
  }
  changed ||= dirty.some((p) => p.startsWith(`packages/${dir}/src/`));
  if (changed && !named.has(name)) {
    problems.push(
      `${name}: packages/${dir}/src changed since its last release but no changeset names it (run \`pnpm changeset\`)`,
    );
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`changesets ok (${named.size} package(s) with pending changesets)`);
