import type { OperationModel } from '../openapi/operation';
import { isPlainObject } from '../schema/pointer';
import type { RequestModel } from '../request/model';
import { formatInline } from './literals';
import { isQueryOperation } from './query-fields';
import { getSdkAction, getSdkEndpoint, getSdkFields } from './sdk-values';
import { strings } from '../i18n';

/** ZStack's defaults: zstack-cli connects to localhost:8080 and the admin account's first password is `password`. */
const DEFAULT_HOST = 'localhost';
const DEFAULT_PORT = 8080;
const DEFAULT_LOGIN = { accountName: 'admin', password: 'password' };
const SAFE_WORD = /^[\w:/.,~%@+=-]+$/;

/**
 * zstack-cli (zstackio/zstack-utility): `<API name without Action> name=value …`.
 * It keeps the session of the last LogInByAccount in its own file, so an API
 * that needs a session is preceded by a login; it hashes `password` itself,
 * so a login takes the password in clear text. A query API takes its
 * conditions as bare words: `QueryVmInstance state=Running limit=10`.
 */
export function generateCli(op: OperationModel, request: RequestModel): string {
  const { hostname, port } = getSdkEndpoint(request);
  const options = [
    ...(hostname === DEFAULT_HOST ? [] : ['-H', hostname]),
    ...(port === DEFAULT_PORT ? [] : ['-p', String(port)]),
  ];
  const command = (words: string[]) => ['zstack-cli', ...options, ...words].map(quoteWord).join(' ');
  const name = getSdkAction(op).replace(/Action$/, '');
  const isLogIn = op.extensions['x-zstack-session'] === 'logIn';
  const fields = getSdkFields(op, request).flatMap(([field, value]) => {
    if (field === 'conditions' && isQueryOperation(op)) return (value as string[]).map(toCliCondition);
    return [`${field}=${isLogIn && field === 'password' ? DEFAULT_LOGIN.password : toCliValue(value)}`];
  });
  if (isLogIn) return [`# ${strings.sampleCode.cliLogIn}`, command([name, ...fields])].join('\n');
  const lines: string[] = [];
  if (op.requiresAuth) {
    lines.push(`# ${strings.sampleCode.cliLogInFirst}`);
    lines.push(
      command(['LogInByAccount', `accountName=${DEFAULT_LOGIN.accountName}`, `password=${DEFAULT_LOGIN.password}`]),
    );
  }
  lines.push(command([name, ...fields]));
  return lines.join('\n');
}

/** A query condition as zstack-cli reads it: `state=Running` as is, `hostUuid is null` as `hostUuid=null`. */
function toCliCondition(condition: string): string {
  return condition.replace(/^(\S+) is null$/, '$1=null').replace(/^(\S+) not null$/, '$1!=null');
}

/** Lists of plain values are comma-separated; maps and nested lists are Python literals, which zstack-cli evaluates. */
function toCliValue(value: unknown): string {
  if (Array.isArray(value) && !value.some((item) => isPlainObject(item) || Array.isArray(item)))
    return value.map(toCliValue).join(',');
  if (Array.isArray(value) || isPlainObject(value)) return formatInline(value, 'python');
  return String(value);
}

function quoteWord(word: string): string {
  return SAFE_WORD.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
