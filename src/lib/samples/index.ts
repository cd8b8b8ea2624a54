import type { OperationModel } from '../openapi/operation';
import type { RequestModel } from '../request/model';
import { generateCurl } from './curl';
import { generateJavaSdk } from './java-sdk';
import { generatePythonSdk } from './python-sdk';

export interface SampleModel {
  id: string;
  label: string;
  /** A Shiki language id. */
  lang: string;
  code: string;
}

/** Every sample of a request, in the order the page shows them. */
export function makeSamples(op: OperationModel, request: RequestModel): SampleModel[] {
  return [
    { id: 'curl', label: 'curl', lang: 'shellscript', code: generateCurl(request) },
    { id: 'java-sdk', label: 'Java SDK', lang: 'java', code: generateJavaSdk(op, request) },
    { id: 'python-sdk', label: 'Python SDK', lang: 'python', code: generatePythonSdk(op, request) },
  ];
}
