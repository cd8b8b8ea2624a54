import { describe, expect, it } from 'vitest';
import { generateCli } from '../../src/lib/samples/cli';
import { generateJavaSdk } from '../../src/lib/samples/java-sdk';
import { generatePythonSdk } from '../../src/lib/samples/python-sdk';
import { useSamples } from './samples-operations';

const sample = useSamples();

/** Java SDK: the client configured for the description's server. */
const JAVA_CONFIGURE = [
  'import org.zstack.sdk.*;',
  '',
  'ZSClient.configure(new ZSConfig.Builder()',
  '        .setHostname("localhost")',
  '        .setPort(8080)',
  '        .setContextPath("zstack")',
  '        .build());',
  '',
];

/** zssdk: configured for the description's server. */
const PYTHON_CONFIGURE = ['import zssdk', '', 'zssdk.configure(hostname="localhost", port=8080, context_path="/zstack")', ''];

/** zssdk: the call and its error check. */
const PYTHON_CALL = ['res = action.call()', 'if res.error:', '    raise Exception(res.error.code, res.error.details)'];

/** zstack-cli: the login before an API that needs a session. */
const CLI_LOGIN = ['# 先登录（password 填明文密码）；zstack-cli 保存会话，之后的命令自动使用', 'zstack-cli LogInByAccount accountName=admin password=password'];

describe('the Java SDK sample', () => {
  it('configures the client, sets the flat fields and the session, and notes that call() polls (FlattenVmInstance)', () => {
    expect(sample(generateJavaSdk, 'FlattenVmInstance')).toBe(
      [
        ...JAVA_CONFIGURE,
        'FlattenVmInstanceAction action = new FlattenVmInstanceAction();',
        'action.uuid = "ce09028b684c3eb78219f5e20bddc3d5";',
        'action.full = true;',
        'action.dryRun = false;',
        'action.sessionId = "<session-uuid>";',
        '// 异步 API：call() 每秒轮询一次任务结果，直到成功或失败',
        'FlattenVmInstanceAction.Result res = action.call();',
        'res.throwExceptionIfError();',
      ].join('\n'),
    );
  });

  it('logs in without a session, with the SHA-512 password as the SDK sends it (LogInByAccount)', () => {
    expect(sample(generateJavaSdk, 'LogInByAccount')).toBe(
      [
        ...JAVA_CONFIGURE,
        'LogInByAccountAction action = new LogInByAccountAction();',
        'action.accountName = "admin";',
        'action.password = "b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86";',
        'LogInByAccountAction.Result res = action.call();',
        'res.throwExceptionIfError();',
      ].join('\n'),
    );
  });

  it('writes an int64 beyond Integer.MAX_VALUE as a long literal (PokeThing)', () => {
    expect(sample(generateJavaSdk, 'PokeThing')).toBe(
      [
        ...JAVA_CONFIGURE,
        'PokeThingAction action = new PokeThingAction();',
        'action.uuid = "0123456789abcdef0123456789abcdef";',
        'action.hard = true;',
        'action.count = 3000000000L;',
        'action.sessionId = "<session-uuid>";',
        '// 异步 API：call() 每秒轮询一次任务结果，直到成功或失败',
        'PokeThingAction.Result res = action.call();',
        'res.throwExceptionIfError();',
      ].join('\n'),
    );
  });
});

describe('the Python SDK (zssdk) sample', () => {
  it('configures zssdk with the /zstack context path, sets the fields and the session, and checks res.error (FlattenVmInstance)', () => {
    expect(sample(generatePythonSdk, 'FlattenVmInstance')).toBe(
      [
        ...PYTHON_CONFIGURE,
        'action = zssdk.FlattenVmInstanceAction()',
        'action.uuid = "ce09028b684c3eb78219f5e20bddc3d5"',
        'action.full = True',
        'action.dryRun = False',
        'action.sessionId = "<session-uuid>"',
        '# 异步 API：call() 每秒轮询一次任务结果，直到成功或失败',
        ...PYTHON_CALL,
      ].join('\n'),
    );
  });

  it('logs in without a session (LogInByAccount)', () => {
    expect(sample(generatePythonSdk, 'LogInByAccount')).toBe(
      [
        ...PYTHON_CONFIGURE,
        'action = zssdk.LogInByAccountAction()',
        'action.accountName = "admin"',
        'action.password = "b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86"',
        ...PYTHON_CALL,
      ].join('\n'),
    );
  });

  it('writes Python booleans for the fixture action (PokeThing)', () => {
    expect(sample(generatePythonSdk, 'PokeThing')).toBe(
      [
        ...PYTHON_CONFIGURE,
        'action = zssdk.PokeThingAction()',
        'action.uuid = "0123456789abcdef0123456789abcdef"',
        'action.hard = True',
        'action.count = 3000000000',
        'action.sessionId = "<session-uuid>"',
        '# 异步 API：call() 每秒轮询一次任务结果，直到成功或失败',
        ...PYTHON_CALL,
      ].join('\n'),
    );
  });
});

describe('the zstack-cli sample', () => {
  it('logs in first, then runs FlattenVmInstance with name=value pairs (FlattenVmInstance)', () => {
    expect(sample(generateCli, 'FlattenVmInstance')).toBe(
      [...CLI_LOGIN, 'zstack-cli FlattenVmInstance uuid=ce09028b684c3eb78219f5e20bddc3d5 full=true dryRun=false'].join('\n'),
    );
  });

  it('logs in with the clear-text password, which zstack-cli hashes itself (LogInByAccount)', () => {
    expect(sample(generateCli, 'LogInByAccount')).toBe(
      ['# zstack-cli 自行计算密码的 SHA-512：password 填明文密码', 'zstack-cli LogInByAccount accountName=admin password=password'].join('\n'),
    );
  });

  it('runs the fixture API after the login (PokeThing)', () => {
    expect(sample(generateCli, 'PokeThing')).toBe(
      [...CLI_LOGIN, 'zstack-cli PokeThing uuid=0123456789abcdef0123456789abcdef hard=true count=3000000000'].join('\n'),
    );
  });
});

describe('the zstack-cli sample with the reader’s values', () => {
  it('names another management node, quotes a value with a quote and joins a list with commas', () => {
    const values = { body: { pokeThing: { note: "it's a test" }, systemTags: ['a::b', 'c::d'] }, baseUrl: 'http://10.0.0.5:8989' };
    expect(sample(generateCli, 'PokeThing', values)).toBe(
      [
        '# 先登录（password 填明文密码）；zstack-cli 保存会话，之后的命令自动使用',
        'zstack-cli -H 10.0.0.5 -p 8989 LogInByAccount accountName=admin password=password',
        `zstack-cli -H 10.0.0.5 -p 8989 PokeThing uuid=0123456789abcdef0123456789abcdef 'note=it'\\''s a test' systemTags=a::b,c::d`,
      ].join('\n'),
    );
  });
});

describe('the SDK and CLI samples of a query API', () => {
  const query = { q: ['state=Running', 'hostUuid is null'], sort: '-createDate', fields: 'name,uuid', limit: 10 };

  it('sets QueryAction conditions, sortBy/sortDirection and a list of fields in the Java SDK', () => {
    const lines = sample(generateJavaSdk, 'QueryVmInstance', { query }).split('\n');
    expect(lines.filter((line) => line.startsWith('action.'))).toEqual([
      'action.conditions = java.util.Arrays.asList("state=Running", "hostUuid is null");',
      'action.sortBy = "createDate";',
      'action.sortDirection = "desc";',
      'action.fields = java.util.Arrays.asList("name", "uuid");',
      'action.limit = 10;',
      'action.sessionId = "<session-uuid>";',
    ]);
  });

  it('turns the path uuid into the condition uuid=<uuid> in the Python SDK (QueryVmInstanceByUuid)', () => {
    expect(sample(generatePythonSdk, 'QueryVmInstanceByUuid')).toBe(
      [
        ...PYTHON_CONFIGURE,
        'action = zssdk.QueryVmInstanceAction()',
        'action.conditions = ["uuid=ce09028b684c3eb78219f5e20bddc3d5"]',
        'action.sessionId = "<session-uuid>"',
        ...PYTHON_CALL,
      ].join('\n'),
    );
  });

  it('writes the conditions as bare words for zstack-cli, "is null" as =null', () => {
    expect(sample(generateCli, 'QueryVmInstance', { query })).toBe(
      [...CLI_LOGIN, 'zstack-cli QueryVmInstance state=Running hostUuid=null sortBy=createDate sortDirection=desc fields=name,uuid limit=10'].join('\n'),
    );
  });
});
