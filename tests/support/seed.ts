import { readFileSync } from 'node:fs';

const TYPES =
  'String|Boolean|boolean|Long|long|Integer|Timestamp|List|Object|LinkedHashMap|VmInstanceInventory|ErrorCode';
const ROW = new RegExp(`^( *)• (\\w+?)(${TYPES})(必填)?$`);

export interface SeedField {
  /** Our deep-link id for the field (section + dotted path, with the page's body key as printed). */
  id: string;
  name: string;
  type: string;
  required: boolean;
  description: string;
}

/** Reads every field row of the reference page text, with its nesting turned into a dotted path. */
export function readSeedFields(path: string): SeedField[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const fields: SeedField[] = [];
  const stack: string[] = [];
  let section = '';
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '请求体字段') section = 'body';
    else if (trimmed === '路径参数' && section === '') section = 'path';
    else if (trimmed === '响应状态') section = 'response';
    else if (trimmed === '请求地址') section = 'done';
    const match = ROW.exec(line);
    if (!match || section === 'done') return;
    const depth = (match[1]!.length - 2) / 2;
    stack.length = depth;
    stack.push(match[2]!);
    const description = lines
      .slice(i + 1)
      .find((l) => l.trim() !== '')!
      .trim();
    fields.push({
      id: [section, ...stack].join('.'),
      name: match[2]!,
      type: match[3]!,
      required: match[4] === '必填',
      description,
    });
  });
  return fields;
}
