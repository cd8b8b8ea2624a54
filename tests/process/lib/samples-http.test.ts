import { describe, expect, it } from 'vitest';
import { generateCurl } from '../../../src/lib/samples/curl';
import { generateFetch } from '../../../src/lib/samples/fetch';
import { generateGo } from '../../../src/lib/samples/go';
import { generatePythonRequests } from '../../../src/lib/samples/python-requests';
import { useSamples } from '../../unit/lib/samples/samples-operations';

const sample = useSamples();

/** JavaScript: the polling of an asynchronous job (202 → location every second). */
const JS_POLLING = [
  '// 异步 API：先返回 202 和任务地址 location，每秒轮询一次，直到 200（成功）或 503（失败）',
  'if (response.status === 202) {',
  '  const { location } = await response.json();',
  '  do {',
  '    await new Promise((resolve) => setTimeout(resolve, 1000));',
  '    response = await fetch(location);',
  '  } while (response.status === 202);',
  '}',
];

/** JavaScript: the final answer, 503 thrown as its ErrorCode. */
const JS_ANSWER = [
  'if (response.status === 503) {',
  '  const { error } = await response.json();',
  '  throw new Error(`${error.code}: ${error.description}`);',
  '}',
  'if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);',
  'console.log(await response.json());',
];

/** Python requests: the polling of an asynchronous job. */
const PYTHON_POLLING = [
  '# 异步 API：先返回 202 和任务地址 location，每秒轮询一次，直到 200（成功）或 503（失败）',
  'if response.status_code == 202:',
  '    location = response.json()["location"]',
  '    while True:',
  '        time.sleep(1)',
  '        response = requests.get(location)',
  '        if response.status_code != 202:',
  '            break',
];

/** Python requests: the final answer, 503 raised as its ErrorCode. */
const PYTHON_ANSWER = [
  'if response.status_code == 503:',
  '    error = response.json()["error"]',
  "    raise RuntimeError(f\"{error['code']}: {error.get('description')}\")",
  'response.raise_for_status()',
  'print(response.json())',
];

/** Go: the polling of an asynchronous job. */
const GO_POLLING = [
  '\t// 异步 API：先返回 202 和任务地址 location，每秒轮询一次，直到 200（成功）或 503（失败）',
  '\tif resp.StatusCode == http.StatusAccepted {',
  '\t\tvar job struct {',
  '\t\t\tLocation string `json:"location"`',
  '\t\t}',
  '\t\terr = json.NewDecoder(resp.Body).Decode(&job)',
  '\t\tresp.Body.Close()',
  '\t\tif err != nil {',
  '\t\t\tpanic(err)',
  '\t\t}',
  '\t\tfor {',
  '\t\t\ttime.Sleep(time.Second)',
  '\t\t\tresp, err = http.Get(job.Location)',
  '\t\t\tif err != nil {',
  '\t\t\t\tpanic(err)',
  '\t\t\t}',
  '\t\t\tif resp.StatusCode != http.StatusAccepted {',
  '\t\t\t\tbreak',
  '\t\t\t}',
  '\t\t\tresp.Body.Close()',
  '\t\t}',
  '\t}',
];

/** Go: the final answer, anything but 200 a panic. */
const GO_ANSWER = [
  '\tdefer resp.Body.Close()',
  '\tresult, err := io.ReadAll(resp.Body)',
  '\tif err != nil {',
  '\t\tpanic(err)',
  '\t}',
  '\tif resp.StatusCode != http.StatusOK {',
  '\t\tpanic(fmt.Sprintf("HTTP %d: %s", resp.StatusCode, result))',
  '\t}',
  '\tfmt.Println(string(result))',
  '}',
];

describe('the curl sample', () => {
  it('sends the action body with the OAuth header (FlattenVmInstance)', () => {
    expect(sample((_op, request) => generateCurl(request), 'FlattenVmInstance')).toBe(
      [
        'curl -H "Content-Type: application/json;charset=UTF-8" \\',
        '-H "Authorization: OAuth <session-uuid>" \\',
        '-X PUT -d \'{"flattenVmInstance":{"full":true,"dryRun":false},"systemTags":[],"userTags":[]}\' \\',
        'http://localhost:8080/zstack/v1/vm-instances/ce09028b684c3eb78219f5e20bddc3d5/actions',
      ].join('\n'),
    );
  });

  it('sends the login without an Authorization header (LogInByAccount)', () => {
    expect(sample((_op, request) => generateCurl(request), 'LogInByAccount')).toBe(
      [
        'curl -H "Content-Type: application/json;charset=UTF-8" \\',
        '-X PUT -d \'{"logInByAccount":{"accountName":"admin","password":"b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86"},"systemTags":[],"userTags":[]}\' \\',
        'http://localhost:8080/zstack/v1/accounts/login',
      ].join('\n'),
    );
  });

  it('sends the fixture body as it is (PokeThing)', () => {
    expect(sample((_op, request) => generateCurl(request), 'PokeThing')).toBe(
      [
        'curl -H "Content-Type: application/json;charset=UTF-8" \\',
        '-H "Authorization: OAuth <session-uuid>" \\',
        '-X PUT -d \'{"pokeThing":{"hard":true,"count":3000000000},"systemTags":[],"userTags":[]}\' \\',
        'http://localhost:8080/zstack/v1/things/0123456789abcdef0123456789abcdef/actions',
      ].join('\n'),
    );
  });
});

describe('the JavaScript fetch sample', () => {
  it('sends the request and polls the job location every second until 200 or 503 (FlattenVmInstance)', () => {
    expect(sample(generateFetch, 'FlattenVmInstance')).toBe(
      [
        'let response = await fetch("http://localhost:8080/zstack/v1/vm-instances/ce09028b684c3eb78219f5e20bddc3d5/actions", {',
        '  method: "PUT",',
        '  headers: {',
        '    "Content-Type": "application/json;charset=UTF-8",',
        '    Authorization: "OAuth <session-uuid>",',
        '  },',
        '  body: JSON.stringify({',
        '    flattenVmInstance: {',
        '      full: true,',
        '      dryRun: false,',
        '    },',
        '    systemTags: [],',
        '    userTags: [],',
        '  }),',
        '});',
        ...JS_POLLING,
        ...JS_ANSWER,
      ].join('\n'),
    );
  });

  it('sends the synchronous login and reads its answer without polling (LogInByAccount)', () => {
    expect(sample(generateFetch, 'LogInByAccount')).toBe(
      [
        'const response = await fetch("http://localhost:8080/zstack/v1/accounts/login", {',
        '  method: "PUT",',
        '  headers: {',
        '    "Content-Type": "application/json;charset=UTF-8",',
        '  },',
        '  body: JSON.stringify({',
        '    logInByAccount: {',
        '      accountName: "admin",',
        '      password: "b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86",',
        '    },',
        '    systemTags: [],',
        '    userTags: [],',
        '  }),',
        '});',
        ...JS_ANSWER,
      ].join('\n'),
    );
  });

  it('polls the fixture job (PokeThing)', () => {
    expect(sample(generateFetch, 'PokeThing')).toBe(
      [
        'let response = await fetch("http://localhost:8080/zstack/v1/things/0123456789abcdef0123456789abcdef/actions", {',
        '  method: "PUT",',
        '  headers: {',
        '    "Content-Type": "application/json;charset=UTF-8",',
        '    Authorization: "OAuth <session-uuid>",',
        '  },',
        '  body: JSON.stringify({',
        '    pokeThing: {',
        '      hard: true,',
        '      count: 3000000000,',
        '    },',
        '    systemTags: [],',
        '    userTags: [],',
        '  }),',
        '});',
        ...JS_POLLING,
        ...JS_ANSWER,
      ].join('\n'),
    );
  });
});

describe('the Python requests sample', () => {
  it('sends the request with json= and polls the job location every second (FlattenVmInstance)', () => {
    expect(sample(generatePythonRequests, 'FlattenVmInstance')).toBe(
      [
        'import time',
        '',
        'import requests',
        '',
        'response = requests.put(',
        '    "http://localhost:8080/zstack/v1/vm-instances/ce09028b684c3eb78219f5e20bddc3d5/actions",',
        '    headers={',
        '        "Content-Type": "application/json;charset=UTF-8",',
        '        "Authorization": "OAuth <session-uuid>",',
        '    },',
        '    json={',
        '        "flattenVmInstance": {',
        '            "full": True,',
        '            "dryRun": False,',
        '        },',
        '        "systemTags": [],',
        '        "userTags": [],',
        '    },',
        ')',
        ...PYTHON_POLLING,
        ...PYTHON_ANSWER,
      ].join('\n'),
    );
  });

  it('sends the synchronous login without importing time or polling (LogInByAccount)', () => {
    expect(sample(generatePythonRequests, 'LogInByAccount')).toBe(
      [
        'import requests',
        '',
        'response = requests.put(',
        '    "http://localhost:8080/zstack/v1/accounts/login",',
        '    headers={',
        '        "Content-Type": "application/json;charset=UTF-8",',
        '    },',
        '    json={',
        '        "logInByAccount": {',
        '            "accountName": "admin",',
        '            "password": "b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86",',
        '        },',
        '        "systemTags": [],',
        '        "userTags": [],',
        '    },',
        ')',
        ...PYTHON_ANSWER,
      ].join('\n'),
    );
  });

  it('polls the fixture job (PokeThing)', () => {
    expect(sample(generatePythonRequests, 'PokeThing')).toBe(
      [
        'import time',
        '',
        'import requests',
        '',
        'response = requests.put(',
        '    "http://localhost:8080/zstack/v1/things/0123456789abcdef0123456789abcdef/actions",',
        '    headers={',
        '        "Content-Type": "application/json;charset=UTF-8",',
        '        "Authorization": "OAuth <session-uuid>",',
        '    },',
        '    json={',
        '        "pokeThing": {',
        '            "hard": True,',
        '            "count": 3000000000,',
        '        },',
        '        "systemTags": [],',
        '        "userTags": [],',
        '    },',
        ')',
        ...PYTHON_POLLING,
        ...PYTHON_ANSWER,
      ].join('\n'),
    );
  });
});

describe('the Go net/http sample', () => {
  it('writes a whole program that polls the job location every second (FlattenVmInstance)', () => {
    expect(sample(generateGo, 'FlattenVmInstance')).toBe(
      [
        'package main',
        '',
        'import (',
        '\t"encoding/json"',
        '\t"fmt"',
        '\t"io"',
        '\t"net/http"',
        '\t"strings"',
        '\t"time"',
        ')',
        '',
        'func main() {',
        '\treq, err := http.NewRequest("PUT", "http://localhost:8080/zstack/v1/vm-instances/ce09028b684c3eb78219f5e20bddc3d5/actions", strings.NewReader(`{"flattenVmInstance":{"full":true,"dryRun":false},"systemTags":[],"userTags":[]}`))',
        '\tif err != nil {',
        '\t\tpanic(err)',
        '\t}',
        '\treq.Header.Set("Content-Type", "application/json;charset=UTF-8")',
        '\treq.Header.Set("Authorization", "OAuth <session-uuid>")',
        '\tresp, err := http.DefaultClient.Do(req)',
        '\tif err != nil {',
        '\t\tpanic(err)',
        '\t}',
        ...GO_POLLING,
        ...GO_ANSWER,
      ].join('\n'),
    );
  });

  it('writes a program without the polling imports for the synchronous login (LogInByAccount)', () => {
    expect(sample(generateGo, 'LogInByAccount')).toBe(
      [
        'package main',
        '',
        'import (',
        '\t"fmt"',
        '\t"io"',
        '\t"net/http"',
        '\t"strings"',
        ')',
        '',
        'func main() {',
        '\treq, err := http.NewRequest("PUT", "http://localhost:8080/zstack/v1/accounts/login", strings.NewReader(`{"logInByAccount":{"accountName":"admin","password":"b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86"},"systemTags":[],"userTags":[]}`))',
        '\tif err != nil {',
        '\t\tpanic(err)',
        '\t}',
        '\treq.Header.Set("Content-Type", "application/json;charset=UTF-8")',
        '\tresp, err := http.DefaultClient.Do(req)',
        '\tif err != nil {',
        '\t\tpanic(err)',
        '\t}',
        ...GO_ANSWER,
      ].join('\n'),
    );
  });

  it('writes the fixture program with the body as a raw string (PokeThing)', () => {
    expect(sample(generateGo, 'PokeThing')).toBe(
      [
        'package main',
        '',
        'import (',
        '\t"encoding/json"',
        '\t"fmt"',
        '\t"io"',
        '\t"net/http"',
        '\t"strings"',
        '\t"time"',
        ')',
        '',
        'func main() {',
        '\treq, err := http.NewRequest("PUT", "http://localhost:8080/zstack/v1/things/0123456789abcdef0123456789abcdef/actions", strings.NewReader(`{"pokeThing":{"hard":true,"count":3000000000},"systemTags":[],"userTags":[]}`))',
        '\tif err != nil {',
        '\t\tpanic(err)',
        '\t}',
        '\treq.Header.Set("Content-Type", "application/json;charset=UTF-8")',
        '\treq.Header.Set("Authorization", "OAuth <session-uuid>")',
        '\tresp, err := http.DefaultClient.Do(req)',
        '\tif err != nil {',
        '\t\tpanic(err)',
        '\t}',
        ...GO_POLLING,
        ...GO_ANSWER,
      ].join('\n'),
    );
  });
});

describe('the HTTP samples with the reader’s values', () => {
  it('calls fetch with the URL alone for a GET without headers (GetApiJobResult)', () => {
    expect(sample(generateFetch, 'GetApiJobResult')).toBe(
      [
        'const response = await fetch("http://localhost:8080/zstack/v1/api-jobs/4f2b1f5a9b0f4a5e8c3d2e1f0a9b8c7d");',
        ...JS_ANSWER,
      ].join('\n'),
    );
  });

  it('sends a body that is not JSON as the text typed, in every HTTP client', () => {
    const values = { body: '{"pokeThing": `x`' };
    expect(sample(generateFetch, 'PokeThing', values)).toContain('\n  body: "{\\"pokeThing\\": `x`",\n});\n');
    expect(sample(generatePythonRequests, 'PokeThing', values)).toContain('\n    data="{\\"pokeThing\\": `x`",\n)\n');
    expect(sample(generateGo, 'PokeThing', values)).toContain('strings.NewReader("{\\"pokeThing\\": `x`"))\n');
    expect(sample((_op, request) => generateCurl(request), 'PokeThing', values)).toContain(
      `-X PUT -d '{"pokeThing": \`x\`' \\\n`,
    );
  });
});
