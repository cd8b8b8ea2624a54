import type { ResponseModel } from '../openapi/response';
import { SAMPLE_LANGUAGES, type SampleModel } from './index';

/**
 * Lines above which an example is shown in a box of its own height that scrolls
 * (the rest is a scroll away, found by find-in-page, printed in full): the
 * sticky column keeps the request samples in reach above a long inventory.
 */
export const EXAMPLE_FOLD_LINES = 24;

/** The response examples of an operation as the page shows them: text as it is, anything else as indented JSON. */
export function makeExampleTexts(op: {
  isAsync: boolean;
  responses: Array<Pick<ResponseModel, 'status' | 'phase' | 'example'>>;
}): ExampleText[] {
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

/** Whether an example is long enough to be shown folded (see EXAMPLE_FOLD_LINES). */
export function isExampleLong(text: Pick<ExampleText, 'code'>): boolean {
  return text.code.split('\n').length > EXAMPLE_FOLD_LINES;
}

/** Whether a page leaves a sample on the page of every sample, for its tab to fetch when chosen. */
export function isSampleDeferred(sample: Pick<SampleModel, 'id'>, hasAllSamplesPage: boolean): boolean {
  return hasAllSamplesPage && SAMPLE_LANGUAGES.find((language) => language.id === sample.id)?.firstLoad !== true;
}

export interface ExampleText {
  id: string;
  label: string;
  lang: 'json' | 'text';
  code: string;
}
