import type { AnnotationValue, JavaAnnotation } from './java-reader';
import { strings } from '../lib/i18n';

const METHODS = ['GET', 'PUT', 'POST', 'DELETE'] as const;
const DEFAULT_PARAMETER_NAME = 'params';

/**
 * `@RestRequest` as RestServer reads it, or a reason (Chinese) why it cannot be used.
 * Values that are constants rather than literals cannot be read without running Java.
 */
export function readRestRequest(annotation: JavaAnnotation): [string, null] | [null, RestRequest] {
  const { args } = annotation;
  const path = getString(args['path']);
  const method = getName(args['method'])?.split('.').pop();
  const responseClass = args['responseClass']?.kind === 'class' ? args['responseClass'].name : undefined;
  if (path === undefined) return [strings.importer.skip.pathNotConstant, null];
  if (!method || !(METHODS as readonly string[]).includes(method)) return [strings.importer.skip.methodUnknown, null];
  if (!responseClass) return [strings.importer.skip.noResponseClass, null];
  const request: RestRequest = {
    path,
    optionalPaths: getStrings(args['optionalPaths']),
    method: method as RestRequest['method'],
    isAction: getBoolean(args['isAction']) ?? false,
    parameterName: getString(args['parameterName']) ?? DEFAULT_PARAMETER_NAME,
    responseClass,
    mappingFields: Object.fromEntries(
      getStrings(args['mappingFields'])
        .map((m) => m.split('=').map((s) => s.trim()))
        .filter((kv): kv is [string, string] => kv.length === 2),
    ),
    line: annotation.line,
  };
  return [null, request];
}

/** `@RestResponse`: which JSON keys the answer has. */
export function readRestResponse(annotation: JavaAnnotation | undefined): RestResponse {
  if (!annotation) return { kind: 'none' };
  const allTo = getString(annotation.args['allTo']);
  if (allTo) return { kind: 'allTo', key: allTo };
  const fieldsTo = getStrings(annotation.args['fieldsTo']);
  if (fieldsTo.length === 1 && fieldsTo[0] === 'all') return { kind: 'all' };
  if (fieldsTo.length > 0) {
    const mapping = fieldsTo.map((entry) => {
      const [key, field] = entry.split('=').map((s) => s.trim());
      return { key: key!, field: field ?? key! };
    });
    return { kind: 'fields', mapping };
  }
  return { kind: 'none' };
}

/** `@APIParam`, with the defaults of APIParam.java; without the annotation a field is optional. */
export function readApiParam(annotation: JavaAnnotation | undefined): ApiParam {
  if (!annotation) return { required: false };
  const { args } = annotation;
  const param: ApiParam = { required: getBoolean(args['required']) ?? true };
  const validValues = getStrings(args['validValues']);
  if (validValues.length > 0) param.validValues = validValues;
  const regex = getString(args['validRegexValues']);
  if (regex) param.validRegexValues = regex;
  const resourceType = args['resourceType'];
  if (resourceType?.kind === 'class') param.resourceType = resourceType.name;
  const maxLength = getNumber(args['maxLength']);
  if (maxLength !== undefined) param.maxLength = maxLength;
  const minLength = getNumber(args['minLength']);
  if (minLength) param.minLength = minLength;
  const range = getNumbers(args['numberRange']);
  if (range.length === 2) param.numberRange = [range[0]!, range[1]!];
  if (getBoolean(args['nonempty'])) param.nonempty = true;
  if (getBoolean(args['password'])) param.password = true;
  if (getBoolean(args['successIfResourceNotExisting'])) param.successIfResourceNotExisting = true;
  return param;
}

function getString(value: AnnotationValue | undefined): string | undefined {
  if (value?.kind === 'string') return value.value;
  if (value?.kind === 'array' && value.items.length === 1) return getString(value.items[0]);
  return undefined;
}

function getStrings(value: AnnotationValue | undefined): string[] {
  if (!value) return [];
  if (value.kind === 'array') return value.items.flatMap((item) => (item.kind === 'string' ? [item.value] : []));
  return value.kind === 'string' ? [value.value] : [];
}

function getName(value: AnnotationValue | undefined): string | undefined {
  return value?.kind === 'name' ? value.name : undefined;
}

function getBoolean(value: AnnotationValue | undefined): boolean | undefined {
  if (value?.kind !== 'literal') return undefined;
  return value.value === 'true' ? true : value.value === 'false' ? false : undefined;
}

function getNumber(value: AnnotationValue | undefined): number | undefined {
  if (value?.kind !== 'literal') return undefined;
  const number = Number(value.value.replace(/[lL]$/, '').replace(/ /g, ''));
  return Number.isFinite(number) ? number : undefined;
}

function getNumbers(value: AnnotationValue | undefined): number[] {
  if (value?.kind !== 'array') return [];
  return value.items.map(getNumber).filter((n): n is number => n !== undefined);
}

export interface RestRequest {
  path: string;
  optionalPaths: string[];
  method: (typeof METHODS)[number];
  isAction: boolean;
  parameterName: string;
  responseClass: string;
  mappingFields: Record<string, string>;
  line: number;
}

export type RestResponse =
  | { kind: 'none' }
  | { kind: 'allTo'; key: string }
  | { kind: 'all' }
  | { kind: 'fields'; mapping: Array<{ key: string; field: string }> };

export interface ApiParam {
  required: boolean;
  validValues?: string[];
  validRegexValues?: string;
  resourceType?: string;
  maxLength?: number;
  minLength?: number;
  numberRange?: [number, number];
  nonempty?: boolean;
  password?: boolean;
  successIfResourceNotExisting?: boolean;
}
