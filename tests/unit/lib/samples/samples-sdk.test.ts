import { describe, expect, it } from 'vitest';
import { generateCli } from '../../../../src/lib/samples/cli';
import { generateJavaSdk } from '../../../../src/lib/samples/java-sdk';
import { generatePythonSdk } from '../../../../src/lib/samples/python-sdk';
import { useSamples } from './samples-operations';

const sample = useSamples();

/** Java SDK: a whole program around `main`'s statements, with the client configured for the description's server. */
function javaProgram(action: string, statements: string[]): string {
  const name = action.replace(/Action$/, '');
  return [
    `// 需要 ZStack Java SDK（sdk-<版本>.jar 及其依赖）和 JDK 11 或以上；保存为 ${name}Example.java`,
    `import org.zstack.sdk.${action};`,
    'import org.zstack.sdk.ZSClient;',
    'import org.zstack.sdk.ZSConfig;',
    '',
    `public class ${name}Example {`,
    '    public static void main(String[] args) {',
    '        ZSClient.configure(new ZSConfig.Builder()',
    '                .setHostname("localhost")',
    '                .setPort(8080)',
    '                .setContextPath("zstack")',
    '                .build());',
    '',
    ...statements.map((line) => `        ${line}`),
    '    }',
    '}',
  ].join('\n');
}

/** Where an AccessKey would go, after the session, in the Java SDK sample. */
const JAVA_ACCESS_KEY = [
  '// 或用 AccessKey 认证（不设 sessionId）：SDK 用 HmacSHA1 对 "<METHOD>\\n<Date>\\n/v1<path>" 签名，',
  '// 发送 Date 头和 Authorization: ZStack <AccessKeyId>:<签名>',
  '// action.accessKeyId = "<AccessKeyId>";',
  '// action.accessKeySecret = "<AccessKeySecret>";',
];
const JAVA_POLLING =
  '// 异步 API：call() 每秒轮询一次任务结果，直到成功或失败（最长 3 小时，ZSConfig.Builder 的 setDefaultPollingTimeout 可改）';

/** zssdk: Python 2's coding line, what it needs, and the SDK configured for the description's server. */
const PYTHON_CONFIGURE = [
  '# -*- coding: utf-8 -*-',
  '# 需要 Python 2.7、urllib3 和 ZStack 的 zssdk.py（放在同一目录）',
  'import zssdk',
  '',
  'zssdk.configure(hostname="localhost", port=8080, context_path="/zstack")',
  '',
];

/** zssdk: where an AccessKey would go, after the session. */
const PYTHON_ACCESS_KEY = [
  '# 或用 AccessKey 认证（不设 sessionId）：SDK 用 HmacSHA1 对 "<METHOD>\\n<Date>\\n/v1<path>" 签名，',
  '# 发送 Date 头和 Authorization: ZStack <AccessKeyId>:<签名>',
  '# action.accessKeyId = "<AccessKeyId>"',
  '# action.accessKeySecret = "<AccessKeySecret>"',
];

/** zssdk: an asynchronous call waits as long as ZStack's SDKs poll by default, not zssdk's 15 s read timeout. */
const PYTHON_POLLING = [
  '# 异步 API：call() 每秒轮询一次任务结果，直到成功或失败；zssdk 的 call() 默认只等 15 秒，这里与 ZStack 的默认轮询时限一样等 3 小时',
  'action.timeout = 10800',
];

/** zssdk: the call and its error check. */
const PYTHON_CALL = ['res = action.call()', 'if res.error:', '    raise Exception(res.error.code, res.error.details)'];

/** zstack-cli: the login before an API that needs a session. */
const CLI_LOGIN = [
  '# 先登录（password 填明文密码）；zstack-cli 保存会话，之后的命令自动使用',
  'zstack-cli LogInByAccount accountName=admin password=password',
];

describe('the Java SDK sample', () => {
  it('is a whole program that configures the client, sets the flat fields, the session and where an AccessKey would go, and notes that call() polls (FlattenVmInstance)', () => {
    expect(sample(generateJavaSdk, 'FlattenVmInstance')).toBe(
      javaProgram('FlattenVmInstanceAction', [
        'FlattenVmInstanceAction action = new FlattenVmInstanceAction();',
        'action.uuid = "ce09028b684c3eb78219f5e20bddc3d5";',
        'action.full = true;',
        'action.dryRun = false;',
        'action.sessionId = "<session-uuid>";',
        ...JAVA_ACCESS_KEY,
        JAVA_POLLING,
        'FlattenVmInstanceAction.Result res = action.call();',
        'res.throwExceptionIfError();',
      ]),
    );
  });

  it('logs in without a session, with the SHA-512 password as the SDK sends it (LogInByAccount)', () => {
    expect(sample(generateJavaSdk, 'LogInByAccount')).toBe(
      javaProgram('LogInByAccountAction', [
        'LogInByAccountAction action = new LogInByAccountAction();',
        'action.accountName = "admin";',
        'action.password = "b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86";',
        'LogInByAccountAction.Result res = action.call();',
        'res.throwExceptionIfError();',
      ]),
    );
  });

  it('writes an int64 beyond Integer.MAX_VALUE as a long literal (PokeThing)', () => {
    expect(sample(generateJavaSdk, 'PokeThing')).toBe(
      javaProgram('PokeThingAction', [
        'PokeThingAction action = new PokeThingAction();',
        'action.uuid = "0123456789abcdef0123456789abcdef";',
        'action.hard = true;',
        'action.count = 3000000000L;',
        'action.sessionId = "<session-uuid>";',
        ...JAVA_ACCESS_KEY,
        JAVA_POLLING,
        'PokeThingAction.Result res = action.call();',
        'res.throwExceptionIfError();',
      ]),
    );
  });
});

describe('the Java SDK sample of numbers', () => {
  // The SDK declares boxed fields: Java converts an int literal to Integer but not to Long, nor a double one to Float.
  it('writes each number as a literal of its field type: Long, Float, Double, a list of Long, a map of Long', () => {
    const lines = sample(generateJavaSdk, 'PokeThing', {
      body: {
        pokeThing: { hard: true, count: 3, ratio: 1.5, weight: 2, sizes: [1, 2], limit: 4, quotas: { disk: 5 } },
        systemTags: [],
        userTags: [],
      },
    }).split('\n');
    expect(
      lines
        .map((line) => line.trim())
        .filter((line) => /^action\.(count|ratio|weight|sizes|limit|quotas) =/.test(line)),
    ).toEqual([
      'action.count = 3L;',
      'action.ratio = 1.5f;',
      'action.weight = 2.0;',
      'action.sizes = java.util.Arrays.asList(1L, 2L);',
      'action.limit = 4;',
      'action.quotas = new java.util.HashMap<>(java.util.Map.of("disk", 5L));',
    ]);
  });
});

describe('the Java SDK sample of maps', () => {
  it('writes a map of more than ten pairs with Map.ofEntries, which has no limit (Map.of takes ten)', () => {
    const quotas = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`p${i}`, i]));
    const line = sample(generateJavaSdk, 'PokeThing', { body: { pokeThing: { quotas }, systemTags: [], userTags: [] } })
      .split('\n')
      .find((l) => l.includes('action.quotas'))!;
    expect(line.trim()).toMatch(
      /^action\.quotas = new java\.util\.HashMap<>\(java\.util\.Map\.ofEntries\(java\.util\.Map\.entry\("p0", 0L\), /,
    );
    expect(line.match(/Map\.entry\(/g)).toHaveLength(11);
  });
});

describe('the Python SDK (zssdk) sample', () => {
  it('declares its coding for Python 2, configures the /zstack context path, sets the fields, the session and the polling time, and checks res.error (FlattenVmInstance)', () => {
    expect(sample(generatePythonSdk, 'FlattenVmInstance')).toBe(
      [
        ...PYTHON_CONFIGURE,
        'action = zssdk.FlattenVmInstanceAction()',
        'action.uuid = "ce09028b684c3eb78219f5e20bddc3d5"',
        'action.full = True',
        'action.dryRun = False',
        'action.sessionId = "<session-uuid>"',
        ...PYTHON_ACCESS_KEY,
        ...PYTHON_POLLING,
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
        ...PYTHON_ACCESS_KEY,
        ...PYTHON_POLLING,
        ...PYTHON_CALL,
      ].join('\n'),
    );
  });
});

describe('the zstack-cli sample', () => {
  it('logs in first, then runs FlattenVmInstance with name=value pairs (FlattenVmInstance)', () => {
    expect(sample(generateCli, 'FlattenVmInstance')).toBe(
      [...CLI_LOGIN, 'zstack-cli FlattenVmInstance uuid=ce09028b684c3eb78219f5e20bddc3d5 full=true dryRun=false'].join(
        '\n',
      ),
    );
  });

  it('logs in with the clear-text password, which zstack-cli hashes itself (LogInByAccount)', () => {
    expect(sample(generateCli, 'LogInByAccount')).toBe(
      [
        '# zstack-cli 自行计算密码的 SHA-512：password 填明文密码',
        'zstack-cli LogInByAccount accountName=admin password=password',
      ].join('\n'),
    );
  });

  it('runs the fixture API after the login (PokeThing)', () => {
    expect(sample(generateCli, 'PokeThing')).toBe(
      [...CLI_LOGIN, 'zstack-cli PokeThing uuid=0123456789abcdef0123456789abcdef hard=true count=3000000000'].join(
        '\n',
      ),
    );
  });
});

describe('the zstack-cli sample with the reader’s values', () => {
  it('names another management node, quotes a value with a quote and joins a list with commas', () => {
    const values = {
      body: { pokeThing: { note: "it's a test" }, systemTags: ['a::b', 'c::d'] },
      baseUrl: 'http://10.0.0.5:8989',
    };
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
    expect(lines.map((line) => line.trim()).filter((line) => /^(\/\/ )?action\./.test(line))).toEqual([
      'action.conditions = java.util.Arrays.asList("state=Running", "hostUuid is null");',
      'action.sortBy = "createDate";',
      'action.sortDirection = "desc";',
      'action.fields = java.util.Arrays.asList("name", "uuid");',
      'action.limit = 10;',
      'action.sessionId = "<session-uuid>";',
      '// action.accessKeyId = "<AccessKeyId>";',
      '// action.accessKeySecret = "<AccessKeySecret>";',
    ]);
  });

  it('turns the path uuid into the condition uuid=<uuid> in the Python SDK (QueryVmInstanceByUuid)', () => {
    expect(sample(generatePythonSdk, 'QueryVmInstanceByUuid')).toBe(
      [
        ...PYTHON_CONFIGURE,
        'action = zssdk.QueryVmInstanceAction()',
        'action.conditions = ["uuid=ce09028b684c3eb78219f5e20bddc3d5"]',
        'action.sessionId = "<session-uuid>"',
        ...PYTHON_ACCESS_KEY,
        ...PYTHON_CALL,
      ].join('\n'),
    );
  });

  it('writes the conditions as bare words for zstack-cli, "is null" as =null', () => {
    expect(sample(generateCli, 'QueryVmInstance', { query })).toBe(
      [
        ...CLI_LOGIN,
        'zstack-cli QueryVmInstance state=Running hostUuid=null sortBy=createDate sortDirection=desc fields=name,uuid limit=10',
      ].join('\n'),
    );
  });
});
