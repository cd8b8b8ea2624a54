import type { OperationModel } from '../openapi/operation';
import type { RequestModel } from '../request/model';
import { generateCli } from './cli';
import { generateCurl } from './curl';
import { generateFetch } from './fetch';
import { generateGo } from './go';
import { generateJavaSdk, getJavaSdkNote } from './java-sdk';
import { generatePythonRequests } from './python-requests';
import { generatePythonSdk, PYTHON_SDK_NOTE } from './python-sdk';

export interface SampleModel {
  id: string;
  label: string;
  /** A Shiki language id. */
  lang: string;
  code: string;
  /** What running it needs beyond the code, when that is more than a shell or a language runtime. */
  note?: string;
}

/**
 * Every sample of a request, in the order the page shows them. The SDK and CLI
 * samples need the API's SDK action (`x-zstack-sdk-action`); without one, as
 * for polling api-jobs, ZStack's SDKs have nothing to call.
 */
export function makeSamples(op: OperationModel, request: RequestModel): SampleModel[] {
  const sdk = op.sdkAction !== undefined;
  return [
    { id: 'curl', label: 'curl', lang: 'shellscript', code: generateCurl(request) },
    ...(sdk
      ? [
          { id: 'java-sdk', label: 'Java SDK', lang: 'java', code: generateJavaSdk(op, request), note: getJavaSdkNote(op) },
          { id: 'python-sdk', label: 'Python SDK', lang: 'python', code: generatePythonSdk(op, request), note: PYTHON_SDK_NOTE },
          { id: 'cli', label: 'zstack-cli', lang: 'shellscript', code: generateCli(op, request) },
        ]
      : []),
    { id: 'javascript', label: 'JavaScript', lang: 'javascript', code: generateFetch(op, request) },
    { id: 'python', label: 'Python', lang: 'python', code: generatePythonRequests(op, request) },
    { id: 'go', label: 'Go', lang: 'go', code: generateGo(op, request) },
  ];
}
