import type { ResponseModel } from '../openapi/response';
import type { SampleModel } from './index';

/** Characters of example text an operation page carries itself (a short 202 or a small inventory). */
export const INLINE_EXAMPLE_LIMIT = 2000;
/** The samples every operation page carries; the generic clients are one request away. */
const FIRST_LOAD = new Set(['curl', 'java-sdk', 'python-sdk']);

/** The response examples of an operation as the page shows them: text as it is, anything else as indented JSON. */
export function makeExampleTexts(op: { isAsync: boolean; responses: Array<Pick<ResponseModel, 'status' | 'phase' | 'example'>> }): ExampleText[] {
  return op.responses
    .filter((r) => r.example !== undefined)
    .map((r) => {
      const isText = typeof r.example === 'string';
      return {
        id: `example-${r.phase}-${r.status}`,
        label: `${r.status}${op.isAsync ? (r.phase === 'job' ? '（轮询任务结果）' : '（提交请求）') : ''}`,
        lang: isText ? 'text' : 'json',
        code: isText ? String(r.example) : JSON.stringify(r.example, null, 2),
      };
    });
}

/** Whether a page leaves its examples on the page of every example: only when there is one to link to, and they are long. */
export function isExamplesDeferred(texts: ExampleText[], hasAllExamplesPage: boolean): boolean {
  return hasAllExamplesPage && texts.reduce((sum, t) => sum + t.code.length, 0) > INLINE_EXAMPLE_LIMIT;
}

/** Whether a page leaves a sample on the page of every sample, for its tab to fetch when chosen. */
export function isSampleDeferred(sample: Pick<SampleModel, 'id'>, hasAllSamplesPage: boolean): boolean {
  return hasAllSamplesPage && !FIRST_LOAD.has(sample.id);
}

export interface ExampleText {
  id: string;
  label: string;
  lang: 'json' | 'text';
  code: string;
}
