import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_FOLD_LINES,
  isExampleLong,
  isSampleDeferred,
  makeExampleTexts,
} from '../../../../src/lib/samples/inline';

const asyncOp = {
  isAsync: true,
  responses: [
    { status: '202', phase: 'submit' as const, example: { location: 'http://localhost:8080/zstack/v1/api-jobs/x' } },
    { status: '200', phase: 'job' as const, example: { inventory: { uuid: 'x' } } },
    { status: '503', phase: 'job' as const },
  ],
};

describe('the examples an operation page shows', () => {
  it('labels each example by its status and, for an asynchronous API, by its phase', () => {
    expect(makeExampleTexts(asyncOp)).toEqual([
      {
        id: 'example-submit-202',
        label: '202（提交请求）',
        lang: 'json',
        code: '{\n  "location": "http://localhost:8080/zstack/v1/api-jobs/x"\n}',
      },
      {
        id: 'example-job-200',
        label: '200（轮询任务结果）',
        lang: 'json',
        code: '{\n  "inventory": {\n    "uuid": "x"\n  }\n}',
      },
    ]);
  });

  it('shows a text example as it is, labelled by its status alone', () => {
    expect(
      makeExampleTexts({ isAsync: false, responses: [{ status: '200', phase: 'submit', example: 'OK' }] }),
    ).toEqual([{ id: 'example-submit-200', label: '200', lang: 'text', code: 'OK' }]);
  });

  it('folds an example longer than the fold and shows a shorter one whole', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i}`).join('\n');
    const [long] = makeExampleTexts({
      isAsync: false,
      responses: [{ status: '200', phase: 'submit', example: lines(EXAMPLE_FOLD_LINES + 1) }],
    });
    const [short] = makeExampleTexts({
      isAsync: false,
      responses: [{ status: '200', phase: 'submit', example: lines(EXAMPLE_FOLD_LINES) }],
    });
    expect([isExampleLong(long!), isExampleLong(short!)]).toEqual([true, false]);
  });

  it('carries curl and the SDK samples itself and leaves the generic clients to the page of every sample', () => {
    const ids = ['curl', 'java-sdk', 'python-sdk', 'cli', 'javascript', 'python', 'go'];
    expect(ids.filter((id) => isSampleDeferred({ id }, true))).toEqual(['cli', 'javascript', 'python', 'go']);
    expect(ids.filter((id) => isSampleDeferred({ id }, false))).toEqual([]);
  });
});
