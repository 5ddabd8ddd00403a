#!/usr/bin/env node
// Docs whose examples run (issue #18): every `@example` of the packages' exports and every fenced
// `ts` block of README.md, the packages' READMEs and the guides is compiled (tsc, strict, against
// the built packages as a user imports them) and executed (Node), and each `//=>` claim in it is
// asserted (see scripts/doc-claims.mjs for what a claim may say). Examples are self-contained: they
// import and define what they use. Prints how many examples ran and how many claims held.
// Requires a prior `pnpm build`. `--filter text` runs the examples whose location contains text.
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transform } from 'esbuild';
import { claims } from './doc-claims.mjs';

const root = resolve(import.meta.dirname, '..');
// A folder of its own inside the examples package (whose node_modules resolve @motcua/*), so that
// two runs never clash; removed at the end.
const cache = join(root, 'examples', 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const work = mkdtempSync(join(cache, 'doc-examples-'));
const filterIdx = process.argv.indexOf('--filter');
const filter = filterIdx > 0 ? process.argv[filterIdx + 1] : '';

function walk(dir, out = []) {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) {
      if (f !== 'node_modules' && f !== '__fixtures__' && f !== 'dist') walk(p, out);
    } else out.push(p);
  }
  return out;
}

/** Every example: { where: 'file:line', code }. */
function collect() {
  const examples = [];
  for (const pkg of readdirSync(join(root, 'packages'))) {
    const src = join(root, 'packages', pkg, 'src');
    for (const file of walk(src)) {
      if (!file.endsWith('.ts') || /\.test(-d|-support)?\.ts$|\.bench\.ts$/.test(file)) continue;
      const text = readFileSync(file, 'utf8');
      const re = /\/\*\*[\s\S]*?\*\//g;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const comment = m[0];
        const ex = comment.indexOf('@example');
        if (ex < 0) continue;
        const lines = comment.slice(ex).split('\n');
        const startLine = text.slice(0, m.index + ex).split('\n').length;
        let inBlock = false;
        let block = [];
        let blockLine = 0;
        for (const [i, raw] of lines.entries()) {
          const line = raw.replace(/^\s*\*\s?/, '').replace(/\s*\*\/\s*$/, '');
          if (!inBlock && /^```(ts|typescript)\s*$/.test(line)) {
            inBlock = true;
            block = [];
            blockLine = startLine + i + 1;
          } else if (inBlock && /^```\s*$/.test(line)) {
            inBlock = false;
            examples.push({
              where: `${relative(root, file)}:${blockLine}`,
              code: block.join('\n'),
            });
          } else if (inBlock) block.push(line);
        }
      }
    }
  }
  const docs = [
    'README.md',
    ...readdirSync(join(root, 'docs', 'guides')).map((f) => join('docs', 'guides', f)),
    ...readdirSync(join(root, 'packages')).map((p) => join('packages', p, 'README.md')),
  ];
  for (const doc of docs) {
    let text;
    try {
      text = readFileSync(join(root, doc), 'utf8');
    } catch {
      continue;
    }
    // Fences may be indented (inside a list item): the indentation is removed.
    const re = /^( *)```(ts|typescript)\s*\n([\s\S]*?)^\1```\s*$/gm;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const line = text.slice(0, m.index).split('\n').length + 1;
      const indent = m[1].length;
      const code = m[3]
        .replace(/\n$/, '')
        .split('\n')
        .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))
        .join('\n');
      examples.push({ where: `${doc}:${line}`, code });
    }
  }
  return examples;
}

/** The claim's value as a JavaScript expression (`…` made explicit), or `null` if it is not one. */
function valueExpression(text) {
  let out = '';
  let quote = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c;
      out += c;
    } else if (c === '…') {
      const digits = /(-?\d+(?:\.\d+)?)$/.exec(out);
      if (digits) out = `${out.slice(0, -digits[1].length)}__approx('${digits[1]}')`;
      else out += '__REST';
    } else out += c;
  }
  const parses = (s) => {
    try {
      new Function('__REST', '__approx', `return (${s});`);
      return s.trim() !== '';
    } catch {
      return false;
    }
  };
  const whole = out.trim();
  // `false (Tết)` or `'running' ('paused', 'met')` parse as calls: a value followed by a space and
  // a parenthesis is a value and a remark.
  let q = null;
  for (let i = 0; i < whole.length - 1; i++) {
    const c = whole[i];
    if (q) {
      if (c === '\\') i++;
      else if (c === q) q = null;
    } else if (c === "'" || c === '"' || c === '`') q = c;
    else if (/\s/.test(c) && whole[i + 1] === '(' && parses(whole.slice(0, i).trim()))
      return whole.slice(0, i).trim();
  }
  if (parses(whole)) return whole;
  // A value followed by a remark: `false (Tết)`, `9 (Sat 14, Sun 15, …)`, `true: make-up Saturday`.
  for (let i = whole.length - 1; i > 0; i--) {
    if (!/[\s(:;,]/.test(whole[i])) continue;
    const head = whole.slice(0, i).trim();
    if (/^[\s(:;,]/.test(whole.slice(i)) && parses(head)) return head;
  }
  return null;
}

/** A line without its trailing `// remark` (outside strings). */
function stripRemark(line) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && line[i + 1] === '/') return line.slice(0, i).trimEnd();
  }
  return line;
}

/** Turns the `//=>` claims of an example into checks; returns the code, or problems. */
function instrument(example) {
  const problems = [];
  const out = [];
  const lines = example.code.split('\n');
  const claimOf = (text, line) => {
    // `//=> throws FormsError INVALID_VALUE (why)`: the statement throws that error, with that code.
    const t = /^throws\s+([A-Za-z]+)(?:\s+([A-Z][A-Z_]+))?/.exec(text);
    if (t) return `throws:${t[1]}:${t[2] ?? ''}`;
    const expr = valueExpression(text);
    if (expr === null)
      problems.push(`${example.where}+${line}: the claim '${text}' is not a value`);
    return expr;
  };
  const wrap = (statement, expr, line) => {
    if (expr.startsWith('throws:')) {
      const [, name, code] = expr.split(':');
      const body = statement.split('\n').map(stripRemark).join('\n').trim();
      return `__throws(() => { ${body} }, ${JSON.stringify(name)}, ${JSON.stringify(code ?? '')}, ${JSON.stringify(`${example.where}+${line}`)});`;
    }
    const s = statement.split('\n').map(stripRemark).join('\n').trim().replace(/;$/, '');
    const where = JSON.stringify(`${example.where}+${line}`);
    const decl = /^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/.exec(s);
    if (decl) return `${s};\n__claim(${decl[1]}, (${expr}), ${where});`;
    return `__claim((${s}), (${expr}), ${where});`;
  };
  for (const [i, line] of lines.entries()) {
    const m = /^(.*?)\s*\/\/=>\s?(.*)$/.exec(line);
    if (m === null || m[1].includes("'//=>") || m[1].includes('"//=>')) {
      out.push(line);
      continue;
    }
    const expr = claimOf(m[2], i + 1);
    if (expr === null) {
      out.push(line);
      continue;
    }
    if (m[1].trim() !== '') {
      out.push(wrap(m[1], expr, i + 1));
      continue;
    }
    // A claim on its own line: about the statement just before it.
    let start = out.length - 1;
    while (start >= 0 && out[start].trim() === '') start--;
    const end = start;
    while (
      start > 0 &&
      !/[;{}]\s*$/.test(stripRemark(out[start - 1])) &&
      out[start - 1].trim() !== '' &&
      !/^\s*\/\//.test(out[start - 1])
    )
      start--;
    if (end < 0) {
      problems.push(`${example.where}+${i + 1}: a claim with no statement before it`);
      continue;
    }
    const statement = out.splice(start, end - start + 1).join('\n');
    out.push(wrap(statement, expr, i + 1));
  }
  const expected = (out.join('\n').match(/__claim\(|__throws\(/g) ?? []).length;
  return { code: out.join('\n'), problems, expected };
}

const examples = collect().filter((e) => e.where.includes(filter));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const problems = [];
const files = [];
for (const [n, example] of examples.entries()) {
  const { code, problems: p, expected } = instrument(example);
  problems.push(...p);
  const name = `ex${String(n).padStart(4, '0')}`;
  const body = `import { __claim, __REST, __approx, __throws } from ${JSON.stringify(pathToFileURL(join(root, 'scripts', 'doc-claims.mjs')).href)};\n// ${example.where}\n${code}\nexport {};\n`;
  writeFileSync(join(work, `${name}.ts`), body);
  files.push({ name, example, expected });
}
writeFileSync(
  join(work, 'claims.d.ts'),
  `declare module '*doc-claims.mjs' {\n  export const __REST: unique symbol;\n  export function __approx(digits: string): unknown;\n  export function __claim(actual: unknown, expected: unknown, where: string): void;\n  export function __throws(f: () => unknown, name: string, code: string, where: string): void;\n}\n`,
);
writeFileSync(
  join(work, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: 'es2022',
      module: 'esnext',
      moduleResolution: 'bundler',
      lib: ['es2023', 'dom'],
      types: ['node'],
      skipLibCheck: true,
      noUnusedLocals: false,
      allowJs: false,
    },
    include: ['*.ts'],
  }),
);

// 1. Compile: one strict TypeScript program over every example, against the built packages.
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
let typeErrors = '';
try {
  execFileSync(process.execPath, [tsc, '-p', '.'], { cwd: work, encoding: 'utf8', stdio: 'pipe' });
} catch (e) {
  typeErrors = `${e.stdout ?? ''}${e.stderr ?? ''}`;
}
const byFile = new Map(files.map((f) => [`${f.name}.ts`, f.example.where]));
for (const line of typeErrors.split('\n')) {
  const m = /^(ex\d+\.ts)\((\d+),\d+\): (error .*)$/.exec(line.trim());
  if (m) problems.push(`${byFile.get(m[1])} (compiled line ${Number(m[2]) - 2}): ${m[3]}`);
  else if (line.trim() && !/^\s/.test(line) && !line.startsWith('ex')) problems.push(line.trim());
}

// 2. Execute, one module at a time, with every claim checked.
const log = console.log;
let ran = 0;
for (const { name, example, expected } of files) {
  let code;
  try {
    ({ code } = await transform(readFileSync(join(work, `${name}.ts`), 'utf8'), {
      loader: 'ts',
      format: 'esm',
      target: 'es2022',
      logLevel: 'silent',
    }));
  } catch (e) {
    problems.push(`${example.where}: does not compile: ${e.errors?.[0]?.text ?? e.message}`);
    continue;
  }
  const file = join(work, `${name}.mjs`);
  writeFileSync(file, code);
  console.log = () => {};
  const before = claims.checked;
  try {
    await import(pathToFileURL(file).href);
    ran++;
    // A claim in a branch not taken or a callback never called would pass unseen.
    if (claims.checked - before < expected)
      problems.push(
        `${example.where}: ${expected - (claims.checked - before)} of its ${expected} claim(s) never ran`,
      );
  } catch (e) {
    problems.push(
      `${example.where}: threw ${e?.name ?? 'error'}: ${String(e?.message ?? e).split('\n')[0]}`,
    );
  } finally {
    console.log = log;
  }
}
problems.push(...claims.failed);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(
    `\n${problems.length} problem(s) in the docs' examples (${examples.length} examples, ${claims.checked} claims)`,
  );
  process.exit(1);
}
console.log(
  `docs examples: ${examples.length} examples compiled and run (${ran} executed), ${claims.checked} //=> claims asserted`,
);
