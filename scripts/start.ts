/**
 * `npm start`: builds the portal (`npm run build`) when the build tools — the
 * devDependencies — are installed; after `npm ci --omit=dev` there is nothing to build
 * with, so it serves the build already in dist/. Then it starts the built-in ZStack
 * simulator and the built portal, each in its own process, with the portal's proxy allowed
 * to reach the simulator, and prints both URLs. Ctrl+C stops both; if either ends on its
 * own, the other is stopped and `npm start` exits non-zero, saying which one ended.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getProxyConfig } from '../src/lib/proxy/config';
import {
  PortalExitError,
  startPortalProcess,
  startReadyProcess,
  stopChild,
  type PortalProcess,
} from '../src/server/portal-process';
import { getPortFromEnv, isPortTaken } from '../src/server/ports';
import { superviseChildren } from '../src/server/supervise';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ENTRY = `${ROOT}dist/server/portal.mjs`;
const SIMULATOR_MAIN = fileURLToPath(new URL('../src/simulator/main.ts', import.meta.url));
/** The simulator's TypeScript runs through tsx's loader, in a plain node process that signals reach directly. */
const TSX_LOADER = import.meta.resolve('tsx');
const SIMULATOR_READY = /ZStack 模拟器已启动：(http:\/\/\S+?)\/zstack\/v1/;
const SIMULATOR_HOST = '127.0.0.1';

const messages = {
  started: (url: string) => `门户已启动：${url}`,
  simulatorStarted: (url: string) => `模拟器已启动：${url}（在线调试的默认 ZStack 管理节点）`,
  extraEndpoints: (list: string) => `代理还允许访问：${list}`,
  howToStop: '按 Ctrl+C 停止。',
  stopping: '正在停止门户和模拟器……',
  portTaken: (name: string, port: number, example: number) =>
    `端口 ${port} 已被占用，无法启动${name}。请关闭占用该端口的程序，或换一个端口，例如：${name === '门户' ? 'PORT' : 'SIMULATOR_PORT'}=${example} npm start`,
  badPort: (variable: string, value: string) => `环境变量 ${variable} 的值「${value}」不是有效的端口号（0–65535）。`,
  noBuild: (entry: string) =>
    `找不到构建产物 ${entry}。构建需要开发依赖：请先运行 npm ci（不带 --omit=dev），再运行 npm start 或 npm run build。`,
  servingExisting: '未安装开发依赖（npm ci --omit=dev），不重新构建：运行 dist/ 中已有的构建。',
  badProxyConfig: (reason: string) => `代理配置无效：${reason}`,
  simulatorFailed: (reason: string) => `模拟器启动失败：${reason}`,
  portalFailed: (output: string) => `门户启动失败：\n${output.trim()}`,
  internalError: (reason: string) => `npm start 自身出错（${reason}），已停止门户和模拟器。`,
} as const;

/** Children started so far: whatever ends this process ends them first. */
const children: ChildProcess[] = [];
/** Aborted by Ctrl+C (or SIGTERM, SIGHUP): while starting, what runs is stopped and nothing more is started. */
const stop = new AbortController();
const track = { detached: true, onSpawn: (child: ChildProcess) => void children.push(child) };

async function main(): Promise<number> {
  const portalPort = getPortFromEnv(process.env, 'PORT', 4321);
  const simulatorPort = getPortFromEnv(process.env, 'SIMULATOR_PORT', 8080);
  if (portalPort === undefined) return fail(messages.badPort('PORT', process.env['PORT'] ?? ''));
  if (simulatorPort === undefined) return fail(messages.badPort('SIMULATOR_PORT', process.env['SIMULATOR_PORT'] ?? ''));
  const host = process.env['HOST'] ?? '127.0.0.1';
  if (hasDevDependencies()) {
    // As `npm run build`: tsx's loader in the one node process (tsx's command would add a second).
    const build = spawnSync(process.execPath, ['--import', TSX_LOADER, `${ROOT}scripts/build.ts`], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (build.status !== 0) return build.status ?? 1;
  } else {
    console.log(messages.servingExisting);
  }
  if (!existsSync(ENTRY)) return fail(messages.noBuild(ENTRY));
  if (portalPort !== 0 && (await isPortTaken(portalPort, host)))
    return fail(messages.portTaken('门户', portalPort, portalPort + 1));
  if (simulatorPort !== 0 && (await isPortTaken(simulatorPort, SIMULATOR_HOST))) {
    return fail(messages.portTaken('模拟器', simulatorPort, simulatorPort + 1));
  }

  if (stop.signal.aborted) return stopped();
  const simulatorArgs = [
    '--import',
    TSX_LOADER,
    SIMULATOR_MAIN,
    '--port',
    String(simulatorPort),
    '--host',
    SIMULATOR_HOST,
  ];
  const simulator = await startReadyProcess(simulatorArgs, process.env, SIMULATOR_READY, track).catch(
    (error: unknown) => error as Error,
  );
  if (stop.signal.aborted) return stopped();
  if (simulator instanceof Error) {
    // The simulator's command says why in its own Chinese words.
    const said = simulator instanceof PortalExitError ? simulator.output.trim() : '';
    return fail(said !== '' ? said : messages.simulatorFailed(simulator.message));
  }

  // The simulator comes first: it is the endpoint the panel preselects.
  const endpoints = [simulator.url, ...(process.env['PORTAL_PROXY_ENDPOINTS'] ?? '').split(',')]
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const env = {
    ...process.env,
    HOST: host,
    PORT: String(portalPort),
    PORTAL_PROXY_ENDPOINTS: endpoints.join(','),
    PORTAL_SIMULATOR_ENDPOINTS: simulator.url,
  };
  const [configError, config] = getProxyConfig(env);
  if (configError !== null) {
    await simulator.stop();
    return fail(messages.badProxyConfig(configError));
  }

  let portal: PortalProcess;
  try {
    portal = await startPortalProcess(ENTRY, env, track);
  } catch (error) {
    await simulator.stop();
    if (stop.signal.aborted) return stopped();
    const output = error instanceof Error && 'output' in error ? String(error.output) : String(error);
    return fail(
      /EADDRINUSE/.test(output)
        ? messages.portTaken('门户', portalPort, portalPort + 1)
        : messages.portalFailed(output),
    );
  }

  if (stop.signal.aborted) return stopped();
  console.log(messages.started(getBrowserUrl(portal.url)));
  console.log(messages.simulatorStarted(simulator.url));
  if (config.endpoints.length > 1) console.log(messages.extraEndpoints(config.endpoints.slice(1).join('、')));
  console.log(messages.howToStop);

  const end = await superviseChildren(
    [
      { name: '门户', child: portal.child },
      { name: '模拟器', child: simulator.child },
    ],
    stop.signal,
  );
  if (end.message !== undefined) console.error(end.message);
  return end.code;
}

/** Whether every devDependency is installed: a full `npm install`/`npm ci`, not one with `--omit=dev`. */
function hasDevDependencies(): boolean {
  const { devDependencies = {} } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
    devDependencies?: Record<string, string>;
  };
  return Object.keys(devDependencies).every((name) => existsSync(`${ROOT}node_modules/${name}/package.json`));
}

/** `http://127.0.0.1:4321` → `http://localhost:4321/`: the address to open in a browser. */
function getBrowserUrl(listening: string): string {
  const url = new URL(listening);
  if (['127.0.0.1', '0.0.0.0', '[::]', '[::1]'].includes(url.hostname)) url.hostname = 'localhost';
  return url.href;
}

/** Ctrl+C while starting: every child is stopped, and that is no failure. */
async function stopped(): Promise<number> {
  await Promise.all(children.map((child) => stopChild(child)));
  return 0;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

// The children have process groups of their own: a terminal's Ctrl+C reaches this process alone, which stops them.
// `on`, not `once`: the terminal's Ctrl+C arrives again through npm and tsx, and a second signal must not kill this process half-way.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (stop.signal.aborted) return;
    console.log(messages.stopping);
    stop.abort();
    // While starting, nothing supervises the children yet: they are stopped here.
    for (const child of children) void stopChild(child);
  });
}

// A fault of this process must not leave the children running on their ports.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.once(event, (error: unknown) => {
    for (const child of children) child.kill('SIGTERM');
    console.error(messages.internalError(error instanceof Error ? error.message : String(error)));
    process.exit(1);
  });
}

process.exitCode = await main();
