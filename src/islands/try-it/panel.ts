import type { PanelData } from '../../lib/request/panel-data';
import { formatListInput, type RequestModel } from '../../lib/request/model';
import { makePanelRequest, splitParamId } from '../../lib/request/panel-request';
import { getBodyDiagnostics } from '../../lib/request/body-diagnostics';
import { getChunkHref, isChunkedFile, loadChunks } from '../../lib/request/panel-chunks';
import { makeLiveTransport, makeMockTransport, toWire, type Transport } from '../../lib/request/transport';
import { pollJob } from '../../lib/request/poll';
import { explanations } from '../../lib/request/explain';
import { ZStackEngine } from '../../lib/mock/engine';
import { getCheckedSchemas } from '../../lib/mock/checked-schemas';
import { ensureCompiledValidators } from '../../lib/schema/compiled-validators';
import {
  getInitialTarget,
  getTargetSummary,
  getTargetWarning,
  MOCK_TARGET,
  readTarget,
  writeTarget,
  type SendTarget,
} from '../../lib/request/target';
import { mountSessionBar } from './session-bar';
import { mountSamples } from './samples-view';
import { mountResult } from './result-view';
import { q } from './dom';
import { makePanelBody } from './panel-markup';
import panelStyles from './panel.css?inline';
import { ensureStyle } from '../../scripts/dom';
import type { BodyEditor } from './monaco-editor';
import { withTrailingSlash } from '../../lib/base-url';
import { strings } from '../../lib/i18n';

const t = strings.panel.mode;

const MOCK_BASE_URL = 'http://localhost:8080';
/** This module's script, which a later page compiles ahead (element.ts). */
export const scriptUrl = import.meta.url;

/** The body editor's module (Monaco), its import started by the page when the reader pressed the open button. */
type EditorModule = typeof import('./monaco-editor');

/** What the panel is built from, its requests under way: started before the click when the pointer comes first. */
export interface PreparedPanel {
  /** The page's try-it.json joined with the shared chunks it lists, or why it could not be read. */
  data: Promise<PanelData | string>;
  proxyConfig: Promise<ProxyConfig>;
}

/**
 * Starts reading what the panel of `root` is built from: its try-it.json (`response`, already
 * requested) and, as soon as it has arrived, the shared chunks it lists; the proxy's configuration.
 */
export function preparePanel(root: HTMLElement, response: Promise<Response>): PreparedPanel {
  const base = root.dataset['base'] ?? '/';
  return { data: readPanelData(response, base), proxyConfig: getProxyConfig(base) };
}

/**
 * Builds and wires the 在线调试 panel of one operation page from what preparePanel started and,
 * when the operation has a body, the editor module (`editorModule`, already requested too).
 * Returns why the data could not be read, worded for the reader, with nothing built; a later
 * failure is shown in the panel's status line.
 */
export async function mountPanel(
  root: HTMLElement,
  prepared: PreparedPanel,
  editorModule?: Promise<EditorModule>,
): Promise<string | undefined> {
  const { proxyConfig } = prepared;
  const data = await prepared.data;
  if (typeof data === 'string') return data;
  const status = q(root, '[data-loading]');
  let failed = false;
  const fail = (error: unknown) => {
    failed = true;
    status.hidden = false;
    status.textContent = t.initFailed(String(error));
    status.classList.add('load-error');
  };
  try {
    await buildPanel(root, data, { proxyConfig, editorModule: () => editorModule ?? import('./monaco-editor'), fail });
    status.hidden = !failed;
    root.dataset['ready'] = 'true';
  } catch (error) {
    fail(error);
  }
  return undefined;
}

async function buildPanel(
  root: HTMLElement,
  data: PanelData,
  started: {
    proxyConfig: Promise<ProxyConfig>;
    editorModule: () => Promise<EditorModule>;
    fail: (error: unknown) => void;
  },
) {
  const op = data.operation;
  ensureStyle('panel', panelStyles);
  // The mock and the body's diagnostics validate with validators the build compiled: a page runs no eval.
  // Nothing before the editor waits for them: the mock does (the first request sent), and so do the
  // diagnostics against the schema (the JSON syntax is checked at once).
  const validators = ensureCompiledValidators(
    getCheckedSchemas([op, ...data.support]),
    withTrailingSlash(root.dataset['base'] ?? '/'),
  );
  let validated = false;
  q(root, '#try-it-body').append(...makePanelBody(op));
  const bodyText = op.example.body === undefined ? '' : JSON.stringify(op.example.body, null, 2);
  // The editor is created as soon as Monaco has arrived, whatever the rest still waits for (the proxy's configuration).
  const editorBox = root.querySelector<HTMLElement>('[data-editor]');
  const editorReady = editorBox && op.body ? createEditor(editorBox, data, bodyText, started.editorModule) : undefined;
  editorReady?.catch(() => undefined); // awaited below, where its failure fails the panel

  const failBox = q<HTMLInputElement>(root, '[data-fail]');
  const mockReady = validators.then(() => {
    const engine = new ZStackEngine([op, ...data.support], {
      baseUrl: MOCK_BASE_URL,
      strictSessions: false,
      seed: 'examples',
    });
    return makeMockTransport(engine, { fail: () => failBox.checked });
  });
  mockReady.catch(() => undefined); // a failure is shown by the status line, and by the answer of a request sent
  const mock: Transport = { kind: 'mock', send: async (request, signal) => (await mockReady).send(request, signal) };
  const live = makeLiveTransport({ proxyBase: location.origin + withTrailingSlash(root.dataset['base'] ?? '/') });
  const { endpoints, simulators } = await started.proxyConfig;
  const endpointSelect = q<HTMLSelectElement>(root, '[data-endpoint]');
  for (const endpoint of endpoints) {
    const label = simulators.includes(endpoint) ? t.simulatorOption(endpoint) : endpoint;
    endpointSelect.append(new Option(label, endpoint));
  }

  const modeInputs = [...root.querySelectorAll<HTMLInputElement>('input[name="mode"]')];
  const liveInput = modeInputs.find((i) => i.value === 'live')!;
  if (endpoints.length === 0) {
    liveInput.disabled = true;
    q(root, '[data-live-note]').textContent = explanations.liveUnavailable;
  }
  const target = (): SendTarget =>
    liveInput.checked && endpointSelect.value ? { mode: 'live', endpoint: endpointSelect.value } : MOCK_TARGET;
  const transportFor = (t: SendTarget): Transport => (t.mode === 'live' ? live : mock);
  const baseUrlFor = (t: SendTarget) => (t.mode === 'live' ? t.endpoint : MOCK_BASE_URL);
  const transport = () => transportFor(target());
  const baseUrl = () => baseUrlFor(target());

  const session = mountSessionBar(root, {
    support: [op, ...data.support],
    target,
    endpoints,
    transportFor,
    baseUrlFor,
  });
  // The mode and endpoint of the last page (or of the session) come back: a live session is not sent to the mock unawares.
  const initial = getInitialTarget(session.get(), readTarget(sessionStorage), endpoints);
  const warning = q(root, '[data-target-warning]');
  const showTarget = () => {
    q(root, '[data-mode-note]').textContent = liveInput.checked ? t.liveNote : t.mockNote;
    const summary = root.closest('.try-it')?.querySelector('[data-mode-summary]');
    if (summary) summary.textContent = getTargetSummary(target(), simulators);
    q(root, '[data-endpoint-row]').hidden = !liveInput.checked;
    q(root, '[data-fail-row]').hidden = liveInput.checked;
    warning.textContent = getTargetWarning(session.get(), target()) ?? '';
  };
  modeInputs.find((i) => i.value === initial.target.mode)!.checked = true;
  if (initial.target.mode === 'live') endpointSelect.value = initial.target.endpoint;
  showTarget();
  if (initial.warning) warning.textContent = initial.warning;
  const params = [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-param]')];
  for (const input of params) {
    const [section, name] = splitParamId(input.dataset['param']!);
    const value = section === 'path' ? op.example.path[name] : op.example.query[name];
    if (value === undefined) continue;
    // A list parameter (such as ZStack's repeatable q) takes one value per line.
    if (input.dataset['list'] !== undefined) input.value = formatListInput(value);
    else input.value = typeof value === 'string' ? value : JSON.stringify(value);
  }

  let editor: BodyEditor | undefined;
  const diagnosticsList = root.querySelector<HTMLElement>('[data-diagnostics]');
  const getBodyText = () => editor?.getValue() ?? bodyText;

  /** The request in the panel; for sending, without a session it carries no Authorization (samples show the placeholder). */
  const currentRequest = (forSending = false): RequestModel =>
    makePanelRequest(op, {
      params: params.map((input) => ({
        id: input.dataset['param']!,
        list: input.dataset['list'] !== undefined,
        value: input.value,
      })),
      bodyText: getBodyText(),
      baseUrl: baseUrl(),
      session: session.get()?.uuid,
      forSending,
    });

  const samples = mountSamples(root, { op, getRequest: () => currentRequest(), getSession: () => session.get()?.uuid });
  const result = mountResult(root, { onSessionExpired: () => session.focusLogin() });
  const refresh = () => {
    samples.render();
    if (diagnosticsList && op.body) renderDiagnostics(diagnosticsList, getBodyText(), validated, data, editor);
  };
  session.onChange(() => {
    showTarget();
    refresh();
  });
  params.forEach((input) => input.addEventListener('input', refresh));
  const chooseTarget = () => {
    writeTarget(sessionStorage, target());
    showTarget();
    refresh();
  };
  modeInputs.forEach((input) => input.addEventListener('change', chooseTarget));
  endpointSelect.addEventListener('change', chooseTarget);

  const sendButton = q<HTMLButtonElement>(root, '[data-send]');
  const cancelButton = q<HTMLButtonElement>(root, '[data-cancel]');
  let controller: AbortController | undefined;
  const sendProblem = q(root, '[data-send-problem]');
  /** Empty path parameters are not sent: the address would lose their segment and reach no API at all. */
  const checkPathParams = (): boolean => {
    const missing = params.filter(
      (input) => splitParamId(input.dataset['param']!)[0] === 'path' && input.value.trim() === '',
    );
    for (const input of params) {
      if (missing.includes(input)) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
    sendProblem.textContent = missing.length
      ? strings.panel.markup.missingPath(missing.map((i) => splitParamId(i.dataset['param']!)[1]))
      : '';
    missing[0]?.focus();
    return missing.length === 0;
  };
  const send = async () => {
    if (controller || !checkPathParams()) return;
    controller = new AbortController();
    sendButton.disabled = true;
    cancelButton.disabled = false;
    const request = currentRequest(true);
    const channel = transport();
    result.start(request);
    q(root, '[data-result-empty]').hidden = true;
    try {
      const first = await channel.send(toWire(request), controller.signal);
      result.step(strings.panel.result.submitted, first);
      const final = await pollJob(first, {
        get: (location, signal) => channel.send({ method: 'GET', url: location, headers: [] }, signal),
        signal: controller.signal,
        onProgress: (attempt, answer) => result.step(strings.panel.result.poll(attempt), answer),
      });
      result.finish(final);
    } catch (error) {
      result.fail(
        controller.signal.aborted ? explanations.cancelled : explanations.networkError((error as Error).message),
      );
    } finally {
      controller = undefined;
      sendButton.disabled = false;
      cancelButton.disabled = true;
    }
  };
  sendButton.addEventListener('click', () => void send());
  cancelButton.addEventListener('click', () => controller?.abort(new DOMException('cancelled', 'AbortError')));
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  });

  refresh();
  validators.then(() => {
    validated = true;
    refresh();
  }, started.fail);
  if (editorReady) {
    editor = await editorReady;
    editor.onChange(refresh);
    editor.onSubmit(() => void send());
    refresh();
  }
}

/** The body editor of the operation, with the schema for its completion and hover. */
async function createEditor(
  box: HTMLElement,
  data: PanelData,
  value: string,
  editorModule: () => Promise<EditorModule>,
): Promise<BodyEditor> {
  const { createBodyEditor } = await editorModule();
  const options: Parameters<typeof createBodyEditor>[1] = {
    operationId: data.operation.operationId,
    value,
    label: t.editorLabel(data.operation.operationId),
  };
  if (data.editorSchema) options.schema = data.editorSchema;
  return createBodyEditor(box, options);
}

/** The panel's data (the page's try-it.json joined with the shared chunks it lists), or why it could not be read. */
async function readPanelData(response: Promise<Response>, base: string): Promise<PanelData | string> {
  const file = await readJson(response);
  if (typeof file === 'string') return file;
  if (!isChunkedFile(file)) return t.badData;
  try {
    return (await loadChunks(file, async (name) => {
      const chunk = await readJson(fetch(getChunkHref(base, name)));
      if (typeof chunk === 'string') throw new Error(chunk);
      return chunk;
    })) as PanelData;
  } catch (error) {
    return (error as Error).message;
  }
}

async function readJson(response: Promise<Response>): Promise<unknown> {
  let answer: Response;
  try {
    answer = await response;
  } catch {
    return t.unreachable;
  }
  if (!answer.ok) return t.httpStatus(answer.status);
  try {
    return (await answer.json()) as unknown;
  } catch {
    return t.badData;
  }
}

/** The body's problems in the list and the editor; against the schema once its validator is loaded (`validated`), else its syntax only. */
function renderDiagnostics(
  list: HTMLElement,
  text: string,
  validated: boolean,
  data: PanelData,
  editor: BodyEditor | undefined,
) {
  const diagnostics = getBodyDiagnostics(text, validated ? data.operation.body?.schema : undefined);
  editor?.setDiagnostics(diagnostics);
  list.replaceChildren(
    ...diagnostics.map((d) => Object.assign(document.createElement('li'), { textContent: d.message })),
  );
}

/** The endpoints the proxy reaches and which of them are the simulator; none without a proxy. */
async function getProxyConfig(base: string): Promise<ProxyConfig> {
  const none = { endpoints: [], simulators: [] };
  try {
    const response = await fetch(`${withTrailingSlash(base)}proxy/config`, { credentials: 'omit' });
    if (!response.ok) return none;
    const config = (await response.json()) as { endpoints?: unknown; simulators?: unknown };
    const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
    return { endpoints: list(config.endpoints), simulators: list(config.simulators) };
  } catch {
    return none;
  }
}

interface ProxyConfig {
  endpoints: string[];
  simulators: string[];
}
