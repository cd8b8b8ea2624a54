import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/**
 * A deployer's install: a copy of the project with the tests' build as its dist/, then
 * `npm ci --omit=dev` (from npm's cache where it can), then the documented commands.
 * Nothing in it may need a devDependency.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COPIED = ['package.json', 'package-lock.json', 'scripts', 'src', 'openapi'];
const INSTALL_TIMEOUT_MS = 420_000;
const START_TIMEOUT_MS = 60_000;
const PASSWORD = createHash('sha512').update('password').digest('hex');

let dir: string;
const started: ChildProcess[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'portal-omit-dev-'));
  await Promise.all(COPIED.map((name) => cp(join(ROOT, name), join(dir, name), { recursive: true })));
  await cp(inject('siteDir'), join(dir, 'dist'), { recursive: true });
  const install = await run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], INSTALL_TIMEOUT_MS);
  if (install.code !== 0)
    throw new Error(`npm ci --omit=dev failed (${install.code}):\n${install.output.slice(-4000)}`);
}, INSTALL_TIMEOUT_MS + 60_000);

afterAll(async () => {
  for (const child of started) stopGroup(child);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('an install without devDependencies (npm ci --omit=dev)', () => {
  it('leaves out the build and test tools and every package of the bench', async () => {
    const isInstalled = (name: string) => existsSync(join(dir, 'node_modules', name, 'package.json'));
    expect(
      ['astro', '@astrojs/node', 'node', 'tsx', 'yaml', 'ajv', 'compression'].filter((name) => !isInstalled(name)),
    ).toEqual([]);
    const tools = [
      'vitest',
      'prettier',
      'monaco-editor',
      'pagefind',
      'playwright-core',
      '@astrojs/mdx',
      '@astrojs/check',
      'typescript',
    ];
    const bench = ['redoc', 'swagger-ui-dist', '@scalar/api-reference', 'autocannon'];
    expect([...tools, ...bench].filter(isInstalled)).toEqual([]);
  });

  it(
    'serves the built portal and the simulator with `npm start`, and proxies a login to it',
    async () => {
      const { url, output } = await startAndWait(
        ['start'],
        { PORT: '0', SIMULATOR_PORT: '0' },
        /门户已启动：(http:\/\/\S+)/,
      );
      expect(output).toContain('未安装开发依赖（npm ci --omit=dev），不重新构建');
      const page = await fetch(`${url}api/FlattenVmInstance/`);
      expect([page.status, (await page.text()).includes('扁平合并云主机')]).toEqual([200, true]);
      const config = (await (await fetch(`${url}proxy/config`)).json()) as { default: string };
      const login = await fetch(`${url}proxy/zstack/v1/accounts/login`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'X-Portal-Endpoint': config.default },
        body: JSON.stringify({ logInByAccount: { accountName: 'admin', password: PASSWORD } }),
      });
      expect(login.status).toBe(200);
      expect(((await login.json()) as { inventory: { uuid: string } }).inventory.uuid).toMatch(/^[0-9a-f]{32}$/);
    },
    START_TIMEOUT_MS + 30_000,
  );

  it(
    'serves the built portal alone with `npm run serve`, as a deployment runs it',
    async () => {
      const { url } = await startAndWait(
        ['run', 'serve'],
        { HOST: '127.0.0.1', PORT: '0' },
        /Server listening on (http:\/\/\S+)/,
      );
      const page = await fetch(`${url}/api/FlattenVmInstance/`);
      expect(page.status).toBe(200);
    },
    START_TIMEOUT_MS + 30_000,
  );
});

/** npm's own variables from the `npm test` that runs this would steer the inner npm; it gets a clean environment. */
function getEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return { ...env, npm_config_prefer_offline: 'true', NO_COLOR: '1', ...extra };
}

function run(command: string, args: string[], timeoutMs: number): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: dir,
      env: getEnv({}),
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Runs `npm <args>` in its own process group (stopped whole afterwards) until a line matches; the match's URL and the output so far. */
function startAndWait(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<{ url: string; output: string }> {
  const child = spawn('npm', args, { cwd: dir, env: getEnv(env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  started.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`npm ${args.join(' ')} printed no ${ready} in ${START_TIMEOUT_MS} ms:\n${output}`)),
      START_TIMEOUT_MS,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, output });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm ${args.join(' ')} exited (${code}):\n${output}`));
    });
  });
}

function stopGroup(child: ChildProcess) {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // The group has already exited.
  }
}
