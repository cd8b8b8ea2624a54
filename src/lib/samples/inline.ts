import type { ResponseModel } from '../openapi/response';
import { isSampleable, sampleExample } from '../schema/sample';
import { SAMPLE_LANGUAGES, type SampleModel } from './index';
import { strings } from '../i18n';

/**
 * Lines above which an example is shown in a box of its own height that scrolls
 * (the rest is a scroll away, found by find-in-page, printed in full): the
 * sticky column keeps the request samples in reach above a long inventory.
 */
export const EXAMPLE_FOLD_LINES = 24;

/**
 * The response examples of an operation as the page shows them: text as it is, anything else as indented JSON.
 * An answer the description gives no example of (most imported APIs) is sampled from its schema, and says so.
 */
export function makeExampleTexts(op: {
  isAsync: boolean;
  responses: Array<Pick<ResponseModel, 'status' | 'phase' | 'example' | 'schema'>>;
}): ExampleText[] {
  return op.responses.flatMap((r) => {
    const sampled = r.example === undefined && r.schema !== undefined && isSampleable(r.schema);
    const example = sampled ? sampleExample(r.schema!) : r.example;
    if (example === undefined) return [];
    const isText = typeof example === 'string';
    const t = strings.sampleCode;
    const label = `${r.status}${op.isAsync ? (r.phase === 'job' ? t.jobResult : t.submission) : ''}`;
    return [
      {
        id: `example-${r.phase}-${r.status}`,
        label: sampled ? t.sampled(label) : label,
        lang: isText ? 'text' : 'json',
        code: isText ? String(example) : JSON.stringify(example, null, 2),
      },
    ];
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
