import { describe, expect, it } from 'vitest';
import { readApiParam, readRestRequest, readRestResponse } from '../../../src/importer/annotations';
import { getCategoryPath, getCategorySlug } from '../../../src/importer/categories';
import { readJavaFile, type JavaAnnotation } from '../../../src/importer/java-reader';

function annotationsOf(source: string): JavaAnnotation[] {
  return readJavaFile(`class A { ${source} private String f; }`).classes[0]!.fields[0]!.annotations;
}

describe('annotation readers', () => {
  it('reads @RestRequest with RestServer defaults: no action, body key params, no optional paths', () => {
    const [annotation] = annotationsOf(
      '@RestRequest(path = "/things", method = HttpMethod.POST, responseClass = APICreateThingEvent.class)',
    );
    expect(readRestRequest(annotation!)).toEqual([
      null,
      {
        path: '/things',
        optionalPaths: [],
        method: 'POST',
        isAction: false,
        parameterName: 'params',
        responseClass: 'APICreateThingEvent',
        mappingFields: {},
        line: 1,
      },
    ]);
  });

  it('reads a single optional path written without braces, and mapping fields', () => {
    const [annotation] = annotationsOf(
      '@RestRequest(path = "/a/{l3Uuid}", optionalPaths = "/a/{l3Uuid}/b", mappingFields = {"l3Uuid=l3NetworkUuid"}, method = HttpMethod.DELETE, responseClass = E.class)',
    );
    const [, request] = readRestRequest(annotation!);
    expect([request?.optionalPaths, request?.mappingFields]).toEqual([['/a/{l3Uuid}/b'], { l3Uuid: 'l3NetworkUuid' }]);
  });

  it('gives a reason for a path that is a constant, which cannot be read without running Java', () => {
    const [annotation] = annotationsOf(
      '@RestRequest(path = ThingConstant.PATH, method = HttpMethod.GET, responseClass = R.class)',
    );
    expect(readRestRequest(annotation!)).toEqual(['@RestRequest 的 path 不是字符串常量', null]);
  });

  it('reads @RestResponse as allTo, all fields, mapped fields or an empty body', () => {
    const read = (source: string) => readRestResponse(annotationsOf(source)[0]);
    expect([
      read('@RestResponse(allTo = "inventory")'),
      read('@RestResponse(fieldsTo = {"all"})'),
      read('@RestResponse(fieldsTo = {"a", "b=c"})'),
      read('@RestResponse'),
    ]).toEqual([
      { kind: 'allTo', key: 'inventory' },
      { kind: 'all' },
      {
        kind: 'fields',
        mapping: [
          { key: 'a', field: 'a' },
          { key: 'b', field: 'c' },
        ],
      },
      { kind: 'none' },
    ]);
  });

  it('reads @APIParam with its defaults, and a field without it as optional', () => {
    const [annotation] = annotationsOf(
      '@APIParam(validValues = {"x", "y"}, maxLength = 255, numberRange = {-1, 16L}, nonempty = true, resourceType = VmInstanceVO.class, successIfResourceNotExisting = true)',
    );
    expect(readApiParam(annotation)).toEqual({
      required: true,
      validValues: ['x', 'y'],
      maxLength: 255,
      numberRange: [-1, 16],
      nonempty: true,
      resourceType: 'VmInstanceVO',
      successIfResourceNotExisting: true,
    });
    expect(readApiParam(undefined)).toEqual({ required: false });
  });
});

describe('categories', () => {
  it('maps ZStack category codes and the Chinese names some templates use to one readable path', () => {
    expect([getCategoryPath('vmInstance'), getCategoryPath('云主机'), getCategoryPath('三层网络')]).toEqual([
      { path: ['资源中心', '云资源池', '云主机相关接口'], known: true },
      { path: ['资源中心', '云资源池', '云主机相关接口'], known: true },
      { path: ['资源中心', '网络资源', '三层网络相关接口'], known: true },
    ]);
  });

  it('falls back visibly for an unknown or missing code', () => {
    expect([getCategoryPath('未知类别'), getCategoryPath(undefined)]).toEqual([
      { path: ['其他接口', '未分类（未知类别）'], known: false },
      { path: ['其他接口', '未分类'], known: false },
    ]);
  });

  it('names documents after the first code of a category, in kebab case', () => {
    expect([
      getCategorySlug('三层网络', getCategoryPath('三层网络').path),
      getCategorySlug('vmInstance', []),
      getCategorySlug('未知类别', []),
    ]).toEqual(['network-l3', 'vm-instance', 'other']);
  });
});
