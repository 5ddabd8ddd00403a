/**
 * The command line as a page of the docs (issue #18): docs/guides/command-line.md is the built
 * binary's own help, every command's `--help` in full, so the page cannot drift from the program.
 * `MOTCUA_UPDATE_DOCS=1` rewrites it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { motcua } from '../test/run';

const COMMANDS = ['deadline', 'calendar', 'lunar', 'validate', 'report', 'sql'];

it('docs/guides/command-line.md is the help of every command', () => {
  const main = motcua('--help');
  expect(main.status).toBe(0);
  for (const c of COMMANDS) expect(main.stdout).toContain(`  ${c} `);
  const sections = COMMANDS.map((c) => {
    const r = motcua(c, '--help');
    expect(r.status).toBe(0);
    return `## motcua ${c}\n\n\`\`\`text\n${r.stdout.trimEnd()}\n\`\`\``;
  });
  const page = `---
title: The command line
---

# The command line

\`motcua\` is the command of the package \`@motcua/cli\`, for the people who run one-stop desks and
dashboards. Until the packages are published, run it from a clone (\`npx -y pnpm@10.34.9 build\`,
then \`node packages/cli/dist/motcua.js <command>\`), or install its packed tarball in a project
as the guide "Getting started" shows (\`npx motcua <command>\`). This page is the program's own
help (a test keeps it so).

\`\`\`text
${main.stdout.trimEnd()}
\`\`\`

${sections.join('\n\n')}
`;
  const path = join(__dirname, '..', '..', '..', 'docs', 'guides', 'command-line.md');
  if (process.env['MOTCUA_UPDATE_DOCS'] === '1') writeFileSync(path, page);
  expect(readFileSync(path, 'utf8'), 'run with MOTCUA_UPDATE_DOCS=1 to regenerate').toBe(page);
});
