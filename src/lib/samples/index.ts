import type { BundledLanguage } from 'shiki';
import type { OperationModel } from '../openapi/operation';
import type { RequestModel } from '../request/model';
import { generateCli } from './cli';
import { generateCurl } from './curl';
import { generateFetch } from './fetch';
import { generateGo } from './go';
import { generateJavaSdk, getJavaSdkNote } from './java-sdk';
import { generatePythonRequests } from './python-requests';
import { generatePythonSdk, PYTHON_SDK_NOTE } from './python-sdk';

/**
 * Every sample language, in the order the page shows them: adding a language is
 * adding its entry here (its generator beside it). The highlighter's languages and
 * what an operation page carries itself derive from this list.
 */
export const SAMPLE_LANGUAGES: readonly SampleLanguage[] = [
  {
    id: 'curl',
    label: 'curl',
    lang: 'shellscript',
    firstLoad: true,
    generate: (_op, request) => generateCurl(request),
  },
  {
    id: 'java-sdk',
    label: 'Java SDK',
    lang: 'java',
    firstLoad: true,
    needsSdkAction: true,
    generate: generateJavaSdk,
    note: getJavaSdkNote,
  },
  {
    id: 'python-sdk',
    label: 'Python SDK',
    lang: 'python',
    firstLoad: true,
    needsSdkAction: true,
    generate: generatePythonSdk,
    note: () => PYTHON_SDK_NOTE,
  },
  {
    id: 'cli',
    label: 'zstack-cli',
    lang: 'shellscript',
    firstLoad: false,
    needsSdkAction: true,
    generate: generateCli,
  },
  { id: 'javascript', label: 'JavaScript', lang: 'javascript', firstLoad: false, generate: generateFetch },
  { id: 'python', label: 'Python', lang: 'python', firstLoad: false, generate: generatePythonRequests },
  { id: 'go', label: 'Go', lang: 'go', firstLoad: false, generate: generateGo },
];

/**
 * Every sample of a request, in the order of SAMPLE_LANGUAGES. The SDK and CLI
 * samples need the API's SDK action (`x-zstack-sdk-action`); without one, as
 * for polling api-jobs, ZStack's SDKs have nothing to call.
 */
export function makeSamples(op: OperationModel, request: RequestModel): SampleModel[] {
  return SAMPLE_LANGUAGES.filter((language) => !language.needsSdkAction || op.sdkAction !== undefined).map(
    ({ id, label, lang, generate, note }) => {
      const sample: SampleModel = { id, label, lang, code: generate(op, request) };
      const text = note?.(op);
      if (text) sample.note = text;
      return sample;
    },
  );
}

export interface SampleLanguage {
  /** The tab's id, in element ids and the remembered choice: never change one. */
  id: string;
  label: string;
  /** The Shiki language that highlights the sample. */
  lang: BundledLanguage;
  /** Whether an operation page carries the sample itself; the others are fetched from its page of every sample. */
  firstLoad: boolean;
  /** Whether the sample calls the API's SDK action, so an API without one has no such sample. */
  needsSdkAction?: boolean;
  generate: (op: OperationModel, request: RequestModel) => string;
  /** What running the sample needs (the SDK jar, zssdk.py on Python 2), shown under it. */
  note?: (op: OperationModel) => string | undefined;
}

export interface SampleModel {
  id: string;
  label: string;
  /** A Shiki language id. */
  lang: string;
  code: string;
  /** What running it needs beyond the code, when that is more than a shell or a language runtime. */
  note?: string;
}
