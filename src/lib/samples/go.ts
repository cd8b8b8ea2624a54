import type { OperationModel } from '../openapi/operation';
import type { RequestModel } from '../request/model';
import { POLLING_COMMENT } from './polling';

/** Go `net/http`: a whole program that sends the request and, for an asynchronous API, polls the job. */
export function generateGo(op: OperationModel, request: RequestModel): string {
  const imports = [
    ...(op.isAsync ? ['encoding/json'] : []),
    'fmt',
    'io',
    'net/http',
    ...(request.body === undefined ? [] : ['strings']),
    ...(op.isAsync ? ['time'] : []),
  ];
  const body = request.body === undefined ? 'nil' : `strings.NewReader(${toGoString(request.body)})`;
  const lines = [
    'package main',
    '',
    'import (',
    ...imports.map((name) => `\t"${name}"`),
    ')',
    '',
    'func main() {',
    `\treq, err := http.NewRequest(${JSON.stringify(request.method)}, ${JSON.stringify(request.url)}, ${body})`,
    ...check(1),
    ...request.headers.map(([name, value]) => `\treq.Header.Set(${JSON.stringify(name)}, ${JSON.stringify(value)})`),
    '\tresp, err := http.DefaultClient.Do(req)',
    ...check(1),
  ];
  if (op.isAsync) {
    lines.push(
      `\t// ${POLLING_COMMENT}`,
      '\tif resp.StatusCode == http.StatusAccepted {',
      '\t\tvar job struct {',
      '\t\t\tLocation string `json:"location"`',
      '\t\t}',
      '\t\terr = json.NewDecoder(resp.Body).Decode(&job)',
      '\t\tresp.Body.Close()',
      ...check(2),
      '\t\tfor {',
      '\t\t\ttime.Sleep(time.Second)',
      '\t\t\tresp, err = http.Get(job.Location)',
      ...check(3),
      '\t\t\tif resp.StatusCode != http.StatusAccepted {',
      '\t\t\t\tbreak',
      '\t\t\t}',
      '\t\t\tresp.Body.Close()',
      '\t\t}',
      '\t}',
    );
  }
  lines.push(
    '\tdefer resp.Body.Close()',
    '\tresult, err := io.ReadAll(resp.Body)',
    ...check(1),
    '\tif resp.StatusCode != http.StatusOK {',
    '\t\tpanic(fmt.Sprintf("HTTP %d: %s", resp.StatusCode, result))',
    '\t}',
    '\tfmt.Println(string(result))',
    '}',
  );
  return lines.join('\n');
}

function check(depth: number): string[] {
  const tabs = '\t'.repeat(depth);
  return [`${tabs}if err != nil {`, `${tabs}\tpanic(err)`, `${tabs}}`];
}

/** A raw string literal, unless the text holds a backtick or a carriage return (which raw strings drop); JSON's escapes are Go's. */
function toGoString(text: string): string {
  return /[`\r]/.test(text) ? JSON.stringify(text) : `\`${text}\``;
}
