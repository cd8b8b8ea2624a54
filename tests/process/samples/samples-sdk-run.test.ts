import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationModel } from '../../../src/lib/openapi/operation';
import { makeRequest, type RequestValues } from '../../../src/lib/request/model';
import { generateJavaSdk } from '../../../src/lib/samples/java-sdk';
import { generatePythonSdk } from '../../../src/lib/samples/python-sdk';
import { startSimulator, type Simulator } from '../../../src/simulator/server';
import { loadSampleOperations } from '../../unit/lib/samples/samples-operations';

/**
 * The SDK samples as their readers run them: the Java program compiled by javac
 * against stubs of the SDK classes it names (tests/fixtures/java-sdk), and the
 * Python program run by a real Python 2 with ZStack's own zssdk.py against the
 * simulator. zssdk.py is ZStack's, not ours: it is read from the checkout named by
 * ZSTACK_SOURCE (a work tree or a bare repository), with the action classes that
 * ZStack's generator would append (tests/fixtures/zssdk/actions.py).
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const RUNNING_VM = 'ce09028b684c3eb78219f5e20bddc3d5';
const MIGRATING_VM = 'bd7c6a9e8bd54c2fae46d8bac25e79bd';
/** Longer than zssdk's 15 s default, which a sample without action.timeout would give up at. */
const SLOW_JOB_MS = 17_000;
const ZSSDK_PATH = 'testlib/src/main/resources/zssdk.py';

const javac = await run('javac', ['-version']).then(
  () => true,
  () => false,
);
const python2 = await findPython2();
const zssdk = await readZssdk(process.env['ZSTACK_SOURCE']);
const pythonSkip = !python2
  ? 'no Python 2 (python2, python2.7, PYTHON2 or a pyenv 2.x)'
  : typeof zssdk !== 'string'
    ? zssdk.reason
    : undefined;

let operations: Map<string, OperationModel>;
let dir: string;

beforeAll(async () => {
  operations = await loadSampleOperations();
  dir = await mkdtemp(join(tmpdir(), 'samples-sdk-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function sample(generate: typeof generateJavaSdk, operationId: string, values: Partial<RequestValues> = {}) {
  const op = operations.get(operationId)!;
  return generate(op, makeRequest(op, values));
}

async function compile(name: string, code: string) {
  const out = join(dir, `java-${name}`);
  await mkdir(out, { recursive: true });
  const file = join(out, `${name}.java`);
  await writeFile(file, code);
  const result = await run('javac', [
    '-encoding',
    'UTF-8',
    '-d',
    out,
    '-sourcepath',
    join(root, 'tests/fixtures/java-sdk'),
    file,
  ]).then(
    ({ stderr }) => ({ code: 0, stderr }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );
  return { ...result, classFile: existsSync(join(out, `${name}.class`)) };
}

describe.skipIf(!javac)(
  'the Java SDK sample compiles with javac against stubs of the SDK classes it names',
  { timeout: 60_000 },
  () => {
    it('compiles FlattenVmInstance as written, a whole program', async () => {
      const result = await compile('FlattenVmInstanceExample', sample(generateJavaSdk, 'FlattenVmInstance'));
      expect(result.code, result.stderr).toBe(0);
      expect(result.classFile).toBe(true);
    });

    it('compiles with the AccessKey lines in use, the fields the SDK has for it', async () => {
      const code = sample(generateJavaSdk, 'FlattenVmInstance').replace(/\/\/ (action\.accessKey)/g, '$1');
      expect(code).toContain('        action.accessKeySecret = "<AccessKeySecret>";');
      const result = await compile('FlattenVmInstanceExample', code);
      expect(result.code, result.stderr).toBe(0);
    });

    it('compiles the LogInByAccount and QueryVmInstance programs, query fields typed as the SDK types them', async () => {
      const login = await compile('LogInByAccountExample', sample(generateJavaSdk, 'LogInByAccount'));
      expect(login.code, login.stderr).toBe(0);
      const query = { q: ['state=Running'], sort: '-createDate', fields: 'name,uuid', limit: 10 };
      const result = await compile('QueryVmInstanceExample', sample(generateJavaSdk, 'QueryVmInstance', { query }));
      expect(result.code, result.stderr).toBe(0);
    });

    it('fails to compile a sample that sets a field the stubbed action lacks (the stubs can catch a wrong sample)', async () => {
      const code = sample(generateJavaSdk, 'FlattenVmInstance').replace('action.full = true;', 'action.fully = true;');
      const result = await compile('FlattenVmInstanceExample', code);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain('fully');
    });
  },
);

describe.skipIf(pythonSkip !== undefined)(
  `the Python SDK sample runs on Python 2 with zssdk.py against the simulator${pythonSkip ? ` (skipped: ${pythonSkip})` : ''}`,
  () => {
    let slow: Simulator;
    let fast: Simulator;

    beforeAll(async () => {
      slow = await startSimulator({ port: 0, host: '127.0.0.1', jobDurationMs: SLOW_JOB_MS });
      fast = await startSimulator({ port: 0, host: '127.0.0.1', jobDurationMs: 50 });
      await writeFile(
        join(dir, 'zssdk.py'),
        `${zssdk as string}\n\n${await readFile(join(root, 'tests/fixtures/zssdk/actions.py'), 'utf8')}`,
      );
    });

    afterAll(async () => {
      await slow?.close();
      await fast?.close();
    });

    /** Logs in with the LogInByAccount sample as written; zssdk prints ZStack's answer, which carries the session. */
    async function logIn(simulator: Simulator): Promise<string> {
      const result = await runPython(
        'login.py',
        sample(generatePythonSdk, 'LogInByAccount', { baseUrl: simulator.url }),
      );
      expect(result.code, result.stderr + result.stdout).toBe(0);
      return /"uuid":\s*"([0-9a-f]{32})"/.exec(result.stdout)![1]!;
    }

    it(
      'logs in, then waits for a job longer than zssdk’s 15 s default and ends with its 200',
      { timeout: 90_000 },
      async () => {
        const session = await logIn(slow);
        const code = sample(generatePythonSdk, 'FlattenVmInstance', {
          path: { uuid: RUNNING_VM },
          session,
          baseUrl: slow.url,
        });
        const started = Date.now();
        const result = await runPython('flatten.py', code);
        expect(result.code, result.stderr + result.stdout).toBe(0);
        expect(Date.now() - started).toBeGreaterThan(SLOW_JOB_MS - 1000);
        expect(result.stdout).toMatch(
          new RegExp(`\\[Response to GET [^\\]]+\\]: status: 200, body: \\{"inventory":\\{"uuid":"${RUNNING_VM}"`),
        );
      },
    );

    it('raises the ErrorCode of a failed job', { timeout: 60_000 }, async () => {
      const session = await logIn(fast);
      const result = await runPython(
        'fail.py',
        sample(generatePythonSdk, 'FlattenVmInstance', { path: { uuid: MIGRATING_VM }, session, baseUrl: fast.url }),
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/Exception: \(u?'SYS\.1006'/);
    });

    it(
      'gives up after 15 s without the sample’s action.timeout (the line is needed)',
      { timeout: 60_000 },
      async () => {
        const session = await logIn(slow);
        const code = sample(generatePythonSdk, 'FlattenVmInstance', {
          path: { uuid: RUNNING_VM },
          session,
          baseUrl: slow.url,
        });
        const result = await runPython('no-timeout.py', code.replace(/^action\.timeout = .*$/m, ''));
        expect(result.code).toBe(1);
        expect(result.stderr).toContain('sdk.1001');
      },
    );
  },
);

async function runPython(file: string, code: string) {
  const path = join(dir, file);
  await writeFile(path, code);
  const env: NodeJS.ProcessEnv = { ...process.env, PYTHONIOENCODING: 'utf-8' };
  if (!(await hasUrllib3(python2!)))
    env['PYTHONPATH'] = [join(root, 'tests/fixtures/zssdk'), env['PYTHONPATH']].filter(Boolean).join(delimiter);
  return run(python2!, [path], { cwd: dir, env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

/** A Python 2 interpreter: $PYTHON2, python2 or python2.7 on PATH, or a 2.x that pyenv has installed. */
async function findPython2(): Promise<string | undefined> {
  const candidates = [process.env['PYTHON2'], 'python2', 'python2.7'].filter((c): c is string => Boolean(c));
  const pyenv = await run('pyenv', ['root']).then(
    ({ stdout }) => stdout.trim(),
    () => undefined,
  );
  if (pyenv) {
    const versions = await run('pyenv', ['versions', '--bare']).then(
      ({ stdout }) => stdout.split('\n').filter((v) => v.startsWith('2.')),
      () => [],
    );
    candidates.push(...versions.map((v) => join(pyenv, 'versions', v, 'bin', 'python')));
  }
  for (const candidate of candidates) {
    const major = await run(candidate, ['-c', 'import sys; print(sys.version_info[0])']).then(
      ({ stdout }) => stdout.trim(),
      () => undefined,
    );
    if (major === '2') return candidate;
  }
  return undefined;
}

async function hasUrllib3(python: string): Promise<boolean> {
  return run(python, ['-c', 'import urllib3']).then(
    () => true,
    () => false,
  );
}

/** zssdk.py's text from a ZStack work tree or bare repository, or why there is none. */
async function readZssdk(source: string | undefined): Promise<string | { reason: string }> {
  if (!source) return { reason: 'set ZSTACK_SOURCE to a ZStack checkout for its zssdk.py' };
  if (existsSync(join(source, ZSSDK_PATH))) return readFile(join(source, ZSSDK_PATH), 'utf8');
  return run('git', ['-C', source, 'show', `HEAD:${ZSSDK_PATH}`], { maxBuffer: 8 * 1024 * 1024 }).then(
    ({ stdout }) => stdout,
    () => ({ reason: `no ${ZSSDK_PATH} in ZSTACK_SOURCE` }),
  );
}
