import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpecDir, type SpecSet } from '../../../../src/lib/openapi/load';
import { makeLintReport } from '../../../../src/lib/lint/report';

/** The corrections of the description that ZStack's source settles (issue 9), each checked in every document that carries the schema. */
const root = fileURLToPath(new URL('../../../../', import.meta.url));

let set: SpecSet;

beforeAll(async () => {
  const [error, loaded] = await loadSpecDir(`${root}openapi`, root);
  if (error) throw error;
  set = loaded;
});

type Schema = {
  properties?: Record<string, Schema>;
  description?: string;
  'x-zstack-since'?: string;
  [key: string]: unknown;
};

function schemas(name: string): Array<[string, Schema]> {
  return set.specs.flatMap((spec) => {
    const schema = spec.doc.components?.schemas?.[name] as Schema | undefined;
    return schema ? [[spec.file, schema] as [string, Schema]] : [];
  });
}

function operation(id: string) {
  return set.operations.find((op) => op.operationId === id)!;
}

describe('the description, corrected against ZStack’s source', () => {
  it('shows no usedIpUuid in the FlattenVmInstance result example (VmNicInventory hides it with @APINoSee), so example and schema agree', () => {
    const spec = set.specs.find((s) => s.file.endsWith('zstack-vm.yaml'))!;
    const put = spec.doc.paths!['/zstack/v1/vm-instances/{uuid}/actions']!.put as unknown as Record<
      string,
      Record<string, { content: Record<string, { example: unknown }> }>
    >;
    const example = JSON.stringify(put['x-zstack-job-responses']!['200']!.content['application/json']!.example);
    expect(example).toContain('vmNics');
    expect(example).not.toContain('usedIpUuid');
    expect(makeLintReport(set).findings.filter((f) => f.rule === 'example-undeclared')).toEqual([]);
  });

  it('describes ip of VmNicInventory and UsedIpInventory as what it is, not 「来源IP地址。」, in every document', () => {
    const ips = [...schemas('VmNicInventory'), ...schemas('UsedIpInventory')].map(([file, s]) => [
      file,
      s.properties!['ip']!.description,
    ]);
    expect(ips.length).toBe(set.specs.length * 2);
    for (const [file, description] of ips) expect(description, file).not.toBe('来源IP地址。');
  });

  it('gives guestOsType the since of ZStack’s template, 4.1.2, in every document', () => {
    const found = schemas('VmInstanceInventory').map(([, s]) => s.properties!['guestOsType']!['x-zstack-since']);
    expect(found).toEqual(set.specs.map(() => '4.1.2'));
  });

  it('adds accountType (3.4.0) to LogInByAccount and clientInfo (3.5.0) to LogOut', () => {
    const login = operation('LogInByAccount').body!.fields.find((f) => f.name === 'logInByAccount')!;
    expect(login.children.find((f) => f.name === 'accountType')).toMatchObject({ since: '3.4.0', required: false });
    expect(operation('LogOut').parameters.query.find((p) => p.name === 'clientInfo')).toMatchObject({
      since: '3.5.0',
      required: false,
    });
  });

  it('adds filterName to QueryVmInstance and ZStack’s schema map to a query reply', () => {
    expect(operation('QueryVmInstance').parameters.query.map((p) => p.name)).toContain('filterName');
    const [[, reply]] = schemas('QueryVmInstanceReply') as [[string, Schema]];
    expect(reply.properties!['schema']).toMatchObject({ type: 'object', additionalProperties: { type: 'string' } });
  });

  it('lists every field ZStack puts in GetVmConsoleAddress’s reply (fieldsTo all)', () => {
    const [[, reply]] = schemas('GetVmConsoleAddressReply') as [[string, Schema]];
    expect(Object.keys(reply.properties!).sort()).toEqual(['hostIp', 'path', 'port', 'protocol', 'vdiPortInfo']);
  });
});
