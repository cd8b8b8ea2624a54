import { describe, expect, it } from 'vitest';
import { formatJavaType, readJavaFile } from '../../../src/importer/java-reader';

const SOURCE = `package org.zstack.header.thing;

import org.springframework.http.HttpMethod;
import static java.util.Arrays.asList;
import java.util.*;

/** A comment with @RestRequest(path = "/nope") and a brace { that must not count. */
@RestRequest(
        path = "/things/" + "{uuid}",
        optionalPaths = {"/a", "/b",},
        method = HttpMethod.PUT,
        responseClass = APIThingEvent.class,
        isAction = true
)
public class APIThingMsg extends APIMessage implements ThingMessage {
    @APIParam(required = false, validValues = {"a", "b"}, numberRange = {1, 16})
    private String mode = "a";
    private final Map<String, List<Long>> sizes = new HashMap<>();
    protected int count, total = 3;
    private byte[] bits;
    @APINoSee
    private transient String hidden;
    private static final String CONSTANT = "x;y";
    private char separator = ';';

    static { init("}"); }

    public APIThingMsg() { super(); }

    public <T> T get(Class<T> clz) { return null; }

    public static class Failure {
        public String backupStorageUuid;
    }

    public enum Kind { Hot, Cold(1) { void f() {} }, Warm; int level; }
}
`;

describe('Java reader', () => {
  const file = readJavaFile(SOURCE);
  const cls = file.classes[0]!;

  it('reads the package and the imports, without static imports', () => {
    expect(file.package).toBe('org.zstack.header.thing');
    expect(file.imports).toEqual(['org.springframework.http.HttpMethod', 'java.util.*']);
  });

  it('reads a class annotation with joined strings, arrays with a trailing comma, names, classes and literals', () => {
    expect(cls.name).toBe('APIThingMsg');
    expect(cls.extends).toEqual({ name: 'APIMessage', args: [], array: 0 });
    expect(cls.annotations).toEqual([
      {
        name: 'RestRequest',
        line: 8,
        args: {
          path: { kind: 'string', value: '/things/{uuid}' },
          optionalPaths: {
            kind: 'array',
            items: [
              { kind: 'string', value: '/a' },
              { kind: 'string', value: '/b' },
            ],
          },
          method: { kind: 'name', name: 'HttpMethod.PUT' },
          responseClass: { kind: 'class', name: 'APIThingEvent' },
          isAction: { kind: 'literal', value: 'true' },
        },
      },
    ]);
  });

  it('reads fields with generics, arrays, several declarators and initialisers, and skips methods and blocks', () => {
    expect(
      cls.fields.map((f) => [f.name, formatJavaType(f.type), f.initializer ?? null, f.modifiers.join(' '), f.line]),
    ).toEqual([
      ['mode', 'String', '"a"', 'private', 17],
      ['sizes', 'Map<String, List<Long>>', 'new HashMap<>()', 'private final', 18],
      ['count', 'int', null, 'protected', 19],
      ['total', 'int', '3', 'protected', 19],
      ['bits', 'byte[]', null, 'private', 20],
      ['hidden', 'String', null, 'private transient', 22],
      ['CONSTANT', 'String', '"x;y"', 'private static final', 23],
      ['separator', 'char', "';'", 'private', 24],
    ]);
    expect(cls.fields[0]!.annotations[0]!.args['numberRange']).toEqual({
      kind: 'array',
      items: [
        { kind: 'literal', value: '1' },
        { kind: 'literal', value: '16' },
      ],
    });
  });

  it('reads nested classes and the constants of a nested enum', () => {
    expect(cls.nested.map((n) => [n.kind, n.name, n.fields.map((f) => f.name)])).toEqual([
      ['class', 'Failure', ['backupStorageUuid']],
      ['enum', 'Kind', ['level']],
    ]);
    expect(cls.nested[1]!.enumConstants).toEqual(['Hot', 'Cold', 'Warm']);
  });
});
