import { describe, expect, it } from 'vitest';
import { getSimulatorOptions } from '../../../src/simulator/options';

describe("the simulator's command line", () => {
  it('takes --port and --host, spaced or with =, over the environment', () => {
    const env = { SIMULATOR_PORT: '9000', SIMULATOR_HOST: '0.0.0.0' };
    expect(getSimulatorOptions(['--port', '8081', '--host=127.0.0.2'], env)).toEqual([
      null,
      { port: 8081, host: '127.0.0.2' },
    ]);
    expect(getSimulatorOptions(['--port=0'], {})).toEqual([null, { port: 0 }]);
  });

  it('falls back to SIMULATOR_PORT and SIMULATOR_HOST, then to port 8080 on the default host', () => {
    expect(getSimulatorOptions([], { SIMULATOR_PORT: '9000', SIMULATOR_HOST: '::1' })).toEqual([
      null,
      { port: 9000, host: '::1' },
    ]);
    expect(getSimulatorOptions([], {})).toEqual([null, { port: 8080 }]);
  });

  it('refuses a port that is not one, from the flags or the environment', () => {
    expect(getSimulatorOptions(['--port', '99999'], {})).toEqual(['端口无效：99999（应为 0～65535 的整数）', null]);
    expect(getSimulatorOptions([], { SIMULATOR_PORT: '80a' })).toEqual(['端口无效：80a（应为 0～65535 的整数）', null]);
  });

  it('names an unknown flag or a stray argument instead of ignoring it', () => {
    expect(getSimulatorOptions(['--prot', '9000'], {})).toEqual([
      '无法识别的参数：--prot（可用参数：--port <端口>、--host <地址>）',
      null,
    ]);
    expect(getSimulatorOptions(['9000'], {})).toEqual([
      '无法识别的参数：9000（可用参数：--port <端口>、--host <地址>）',
      null,
    ]);
  });

  it('says which flag lacks its value instead of falling back to the default port', () => {
    expect(getSimulatorOptions(['--port'], { SIMULATOR_PORT: '9000' })).toEqual([
      '参数 --port 缺少值（例如 --port=8080）',
      null,
    ]);
  });
});
