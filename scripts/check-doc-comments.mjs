#!/usr/bin/env node
// Builds the API docs with typedoc (warnings are errors: every export must be documented) and then
// checks, from typedoc's JSON model, that every exported function, class, interface, type, variable
// and namespace member carries at least one `@example`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

execFileSync('typedoc', ['--json', 'docs/api/api.json'], { stdio: 'inherit' });
const project = JSON.parse(readFileSync('docs/api/api.json', 'utf8'));

const KIND = {
  Module: 2,
  Namespace: 4,
  Variable: 32,
  Function: 64,
  Class: 128,
  Interface: 256,
  TypeAlias: 2097152,
};
const checked = new Set(Object.values(KIND));
const hasExample = (c) => Boolean(c?.blockTags?.some((t) => t.tag === '@example'));
const missing = [];
let count = 0;

function visit(node, path) {
  for (const child of node.children ?? []) {
    if (!checked.has(child.kind)) continue;
    const name = `${path}.${child.name}`;
    // A package with several entry points (`@motcua/sla` and `@motcua/sla/schedule`) is a tree of modules.
    if (child.kind === KIND.Namespace || child.kind === KIND.Module) {
      visit(child, name);
      continue;
    }
    count++;
    const ok =
      hasExample(child.comment) || (child.signatures ?? []).some((s) => hasExample(s.comment));
    if (!ok) missing.push(name);
  }
}
const modules = project.children ?? [];
for (const mod of modules) visit(mod, mod.name);

if (missing.length > 0) {
  console.error(`${missing.length} export(s) without an @example:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`docs ok: ${count} exports across ${modules.length} packages, each with an @example`);

// The pages as a reader sees them: shown at once, Mermaid diagrams drawn, screenshots (a browser test).
execFileSync(process.execPath, ['scripts/docs-postprocess.mjs'], { stdio: 'inherit' });
