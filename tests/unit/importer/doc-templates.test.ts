import { describe, expect, it } from 'vitest';
import { readDocTemplate } from '../../../src/importer/doc-templates';
import { readGroovyCalls } from '../../../src/importer/groovy-reader';

const MESSAGE_DOC = `package org.zstack.header.thing

import org.zstack.header.thing.APIThingEvent

doc {
    title "停止东西(StopThing)"

    category "vmInstance"

    desc """停止一个东西。
第二行"""

    rest {
        request {
			url "PUT /v1/things/{uuid}/actions"
			url "PUT /v1/things/actions"

			header (Authorization: 'OAuth the-session-uuid')

            clz APIStopThingMsg.class

            desc """"""

			params {
				column {
					name "type"
					enclosedIn "stopThing"
					desc "停止方式，\\"grace\\" 或 cold"
					location "body"
					type "String"
					optional true
					since "0.6"
					values ("grace","cold")
				}
				column {
					name "uuid"
					enclosedIn ""
					desc ""
					location "url"
					type "String"
					optional false
				}
			}
        }

        response {
            clz APIThingEvent.class
        }
    }
}`;

const INVENTORY_DOC = `package org.zstack.header.thing

doc {

	title "东西清单"

	field {
		name "uuid"
		desc "null"
		type "String"
		since "0.6"
	}
	ref {
		name "parts"
		path "org.zstack.header.thing.ThingInventory.parts"
		desc "部分", false
		type "List"
		since "4.0.0"
		clz ThingPartInventory.class
	}
}`;

describe('Groovy doc template reader', () => {
  it('reads calls with bare, parenthesised and named arguments and nested blocks, without evaluating them', () => {
    expect(
      readGroovyCalls(
        `doc {\n  header (Authorization: 'x')\n  params APIQueryMessage.class\n  desc "a" + "b", false\n}`,
      ),
    ).toEqual([
      {
        name: 'doc',
        args: [],
        named: {},
        line: 1,
        block: [
          { name: 'header', args: [], named: { Authorization: { kind: 'string', value: 'x' } }, line: 2 },
          { name: 'params', args: [{ kind: 'class', name: 'APIQueryMessage' }], named: {}, line: 3 },
          {
            name: 'desc',
            args: [
              { kind: 'string', value: 'ab' },
              { kind: 'boolean', value: false },
            ],
            named: {},
            line: 4,
          },
        ],
      },
    ]);
  });

  it('reads a message template: title, category, desc, URLs, classes and columns with their lines', () => {
    expect(readDocTemplate(MESSAGE_DOC)).toEqual({
      title: '停止东西(StopThing)',
      category: { value: 'vmInstance', line: 8 },
      desc: '停止一个东西。\n第二行',
      urls: [
        { value: 'PUT /v1/things/{uuid}/actions', line: 15 },
        { value: 'PUT /v1/things/actions', line: 16 },
      ],
      requestClass: 'APIStopThingMsg',
      responseClass: 'APIThingEvent',
      columns: [
        {
          name: 'type',
          line: 25,
          enclosedIn: 'stopThing',
          desc: '停止方式，"grace" 或 cold',
          location: 'body',
          type: 'String',
          optional: true,
          since: '0.6',
          values: ['grace', 'cold'],
        },
        { name: 'uuid', line: 35, desc: '', location: 'url', type: 'String', optional: false },
      ],
      fields: [],
      refs: [],
    });
  });

  it('reads an inventory template: fields and refs with the class a ref names', () => {
    const template = readDocTemplate(INVENTORY_DOC);
    expect(template.title).toBe('东西清单');
    expect(template.fields).toEqual([{ name: 'uuid', line: 7, desc: 'null', type: 'String', since: '0.6' }]);
    expect(template.refs).toEqual([
      {
        name: 'parts',
        line: 13,
        desc: '部分',
        type: 'List',
        since: '4.0.0',
        clz: 'ThingPartInventory',
        path: 'org.zstack.header.thing.ThingInventory.parts',
      },
    ]);
  });

  it('reads `params SomeClass.class` as a reuse of that class template', () => {
    const template = readDocTemplate(
      'doc {\n rest {\n request {\n url "GET /v1/things"\n params APIQueryMessage.class\n }\n }\n}',
    );
    expect([template.paramsFrom, template.columns]).toEqual(['APIQueryMessage', undefined]);
  });
});
