import { compareVersions, getVersionKey } from './changelog';
import type { OperationModel } from './openapi/operation';
import type { FieldNode } from './openapi/schema';
import { strings } from './i18n';

/** What the description itself says of an operation's history: its 起始版本 and the fields added after it. */
export interface SourceChange {
  version: string;
  operationId: string;
  summary: string;
  /** The added field's name; absent for the operation's own 新增接口. */
  field?: string;
  /** The row of the field on the operation's page. */
  fieldId?: string;
  /** Where the field is, below its section: inventory.vmNics.uuid (a VM's nics' uuid, not the VM's own). */
  fieldPath?: string;
}

/**
 * The operation's own `x-zstack-since` ("x.y.z 新增接口") and every field
 * whose `x-zstack-since` is later than it ("5.2.0 新增 inventory.vmNics.ipInBinary"), one entry
 * per field and version, newest first: by its path, since a name says nothing of where the field is (the
 * uuid of a VM's nics is not the VM's). A field of an operation without a since is not dated against
 * anything and is left out.
 */
export function getSourceChanges(op: OperationModel): SourceChange[] {
  if (op.since === undefined) return [];
  const base = { operationId: op.operationId, summary: op.summary };
  const changes: SourceChange[] = [{ ...base, version: op.since }];
  const visit = (field: FieldNode) => {
    if (field.since !== undefined && compareVersions(field.since, op.since!) > 0) {
      const fieldPath = field.id.slice(field.id.indexOf('.') + 1);
      changes.push({ ...base, version: field.since, field: field.name, fieldId: field.id, fieldPath });
    }
    field.children.forEach(visit);
  };
  [
    ...op.parameters.path,
    ...op.parameters.query,
    ...op.parameters.header,
    ...(op.body?.fields ?? []),
    ...op.responses.flatMap((r) => r.fields),
  ].forEach(visit);
  // sort is stable: within a version, the operation first, then its fields in page order.
  return changes.sort((a, b) => compareVersions(b.version, a.version));
}

/** `5.2.0 新增 inventory.ipInBinary`, `4.0.0 新增接口`: as the operation's change history lists it. */
export function formatSourceChange(change: SourceChange): string {
  return strings.pages.changelog.sourceChange(change.version, change.fieldPath ?? change.field);
}

/** One version of the global changelog: the operations it introduced and the fields it added, by name. */
export interface VersionGroup {
  version: string;
  operations: Array<{ operationId: string; summary: string }>;
  /** Each added field once, with every operation that gained it (a shared inventory's field reaches many). */
  fields: Array<{ name: string; operations: Array<{ operationId: string; fieldId: string }> }>;
}

/**
 * Every source change of every operation, grouped by version, newest first
 * (numerically: 5.10.0 after 5.9.0), then by field name: at 560 operations a
 * field of VmInstanceInventory added in 5.2.0 is one line, not hundreds.
 */
export function groupSourceChanges(operations: OperationModel[]): VersionGroup[] {
  const groups = new Map<string, VersionGroup>();
  const fieldIndex = new Map<string, VersionGroup['fields'][number]>();
  for (const op of operations) {
    for (const change of getSourceChanges(op)) {
      // 5.1 and 5.1.0 are one group, named the longer way.
      const versionKey = getVersionKey(change.version);
      let group = groups.get(versionKey);
      if (!group) groups.set(versionKey, (group = { version: change.version, operations: [], fields: [] }));
      if (change.version.length > group.version.length) group.version = change.version;
      if (change.field === undefined) {
        group.operations.push({ operationId: op.operationId, summary: op.summary });
        continue;
      }
      const key = `${versionKey}|${change.field}`;
      let field = fieldIndex.get(key);
      if (!field) {
        fieldIndex.set(key, (field = { name: change.field, operations: [] }));
        group.fields.push(field);
      }
      // By name here: an operation is listed once under a name, at the name's first row on its page.
      if (field.operations.at(-1)?.operationId !== op.operationId)
        field.operations.push({ operationId: op.operationId, fieldId: change.fieldId! });
    }
  }
  return [...groups.values()].sort((a, b) => compareVersions(b.version, a.version));
}
