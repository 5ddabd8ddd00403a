/**
 * The databases the SQL agreement suite runs on: PGlite (PostgreSQL compiled to WebAssembly, in
 * process) always, and a real PostgreSQL server when its binaries are installed: a throwaway cluster
 * created with `initdb`, started with `pg_ctl` on a Unix socket in a temporary folder (no TCP port),
 * stopped and deleted after the suite. Test support only (not part of the package).
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** The least a suite needs from a database. */
export interface Database {
  readonly name: string;
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** An in-process PGlite database. */
export async function pglite(): Promise<Database> {
  const db = new PGlite();
  await db.waitReady;
  return {
    name: 'PGlite',
    async exec(sql) {
      await db.exec(sql);
    },
    async query<T>(sql: string, params?: readonly unknown[]) {
      return (await db.query<T>(sql, params as unknown[] | undefined)).rows;
    },
    close: () => db.close(),
  };
}

/** The folder holding `initdb` and `pg_ctl`, or `null` when PostgreSQL's server is not installed. */
export function serverBinaries(): string | null {
  const candidates: string[] = [];
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    for (const v of readdirSync(root).sort((a, b) => Number(b) - Number(a)))
      candidates.push(join(root, v, 'bin'));
  }
  for (const dir of (process.env['PATH'] ?? '').split(':')) if (dir !== '') candidates.push(dir);
  for (const dir of candidates)
    if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  return null;
}

function run(bin: string, args: readonly string[], asPostgres: boolean): void {
  const [cmd, argv] = asPostgres
    ? ['runuser', ['-u', 'postgres', '--', bin, ...args]]
    : [bin, [...args]];
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (r.status !== 0)
    throw new Error(`${bin} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

/**
 * Starts a throwaway PostgreSQL cluster (as the `postgres` user when run as root, since the server
 * refuses to run as root) and connects to it.
 */
export async function server(bin: string): Promise<Database> {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(dir, Number(id.stdout.trim()), Number(gid.stdout.trim()));
  }
  const data = join(dir, 'data');
  const port = String(15432 + (process.pid % 1000));
  run(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'motcua', '--auth=trust', '--encoding=UTF8', '--no-locale'],
    asRoot,
  );
  run(
    join(bin, 'pg_ctl'),
    [
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-o',
      `-k ${dir} -p ${port} -c listen_addresses='' -c fsync=off`,
      '-w',
      'start',
    ],
    asRoot,
  );
  const client = new pg.Client({
    host: dir,
    port: Number(port),
    user: 'motcua',
    database: 'postgres',
  });
  try {
    await client.connect();
  } catch (e) {
    run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop'], asRoot);
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    name: 'PostgreSQL server',
    async exec(sql) {
      await client.query(sql);
    },
    async query<T>(sql: string, params?: readonly unknown[]) {
      return (await client.query(sql, params as unknown[] | undefined)).rows as T[];
    },
    async close() {
      await client.end();
      run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', 'stop'], asRoot);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
