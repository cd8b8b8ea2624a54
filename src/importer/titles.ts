/**
 * The short title (OpenAPI `summary`) of an imported API. ZStack's doc templates mostly title an API with a noun
 * phrase (「扁平合并云主机」), but some with a sentence about who calls it (「管理员可以使用QueryCluster命令来查询集群」)
 * or with two sentences; in the sidebar, the index and the page heading those read badly, so the sentence is cut
 * down to what the API does. The template's own text stays in ZStack's source; nothing else is invented.
 */
export interface DocText {
  title?: string | undefined;
  desc?: string | undefined;
}

const HAN = /[\u4e00-\u9fff]/;
/** 「管理员可以使用 X 命令来」「用户可以使用X来」「可以使用X」: who may call which API, before what it does. */
const CALLER_PREFIX =
  /^(?:管理员|用户|普通用户)?\s*可以\s*(?:使用|通过|调用)\s*[A-Za-z][A-Za-z0-9]*\s*(?:命令|接口|API)?\s*(?:来|去)?\s*/;
const LONGEST_DESC_TITLE = 40;

export function getSummary(name: string, template: DocText | undefined): string {
  const title = shorten(stripName(getText(template?.title), name));
  if (HAN.test(title)) return title;
  const desc = shorten(getText(template?.desc).trim().split('\n')[0]!.trim());
  if (HAN.test(desc) && desc.length <= LONGEST_DESC_TITLE) return desc;
  return title || name;
}

/** What ZStack's doc template says until its author writes a title or a description: no text at all. */
const TEMPLATE_PLACEHOLDERS = new Set(['在这里填写API描述', '在这里填写API标题', '在这里输入结构的名称']);

export function isTemplatePlaceholder(text: string): boolean {
  return TEMPLATE_PLACEHOLDERS.has(text.trim().replace(/[。.]+$/, ''));
}

/** A template's text, or nothing for its placeholder (在这里填写API描述). */
function getText(text: string | undefined): string {
  return text === undefined || isTemplatePlaceholder(text) ? '' : text;
}

/** 「停止东西(StopThing)」→「停止东西」: the page shows the API's name beside its title already. */
function stripName(title: string, name: string): string {
  const trimmed = title.trim();
  for (const [open, close] of [
    ['(', ')'],
    ['（', '）'],
  ] as const) {
    const bracketed = `${open}${name}${close}`;
    if (trimmed.endsWith(bracketed)) return trimmed.slice(0, -bracketed.length).trim();
  }
  return trimmed;
}

function shorten(text: string): string {
  let short = text.replace(CALLER_PREFIX, '');
  // The first sentence only: 「判断ZStack是否为开源版本。开源版本不带企业版插件」→「判断ZStack是否为开源版本」.
  const stop = short.search(/[。；;]/);
  if (stop > 0) short = short.slice(0, stop);
  short = short.replace(/[。.]+$/, '').trim();
  return short || text.trim();
}

/**
 * The title of an API's operation at one of its optional paths, told apart from the API's own (57 queries of ZStack
 * had two pages titled 查询集群, one of them QueryClusterByUuid): 按UUID查询集群, as the hand-written
 * QueryVmInstanceByUuid is titled, or the path's variables named. A title that is the API's name (its template had
 * none in Chinese) gives way to the operation's: QueryGCJobByUuid.
 */
export function getOptionalSummary(summary: string, path: string, operationId: string): string {
  if (!HAN.test(summary)) return operationId;
  const variables = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  if (variables.length === 1 && variables[0] === 'uuid') return `按UUID${summary}`;
  return variables.length > 0 ? `${summary}（按 ${variables.join('、')}）` : `${summary}（另一地址）`;
}
