/**
 * Exports the .java and .groovy files of a bare ZStack mirror into a plain directory tree for
 * `npm run import:zstack`. `git archive` fails on such a mirror because a few blobs (binary
 * tools, never sources) are absent, so this lists the tree and reads the blobs one batch at a time.
 * Usage: npx tsx scripts/export-zstack.ts <bare repository> <out dir> [revision]
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [repo, out, revision = 'HEAD'] = process.argv.slice(2);
if (!repo || !out) {
  console.error('用法：npx tsx scripts/export-zstack.ts <裸仓库目录> <输出目录> [版本]');
  process.exit(2);
}
const listing = execFileSync('git', ['-C', repo, 'ls-tree', '-r', '-z', revision], { maxBuffer: 1 << 28 }).toString(
  'utf8',
);
const entries = listing
  .split('\0')
  .filter(Boolean)
  .map((line) => {
    const [meta, path] = line.split('\t') as [string, string];
    return { sha: meta.split(' ')[2]!, path };
  })
  .filter((e) => /\.(java|groovy)$/.test(e.path) || e.path === 'VERSION');

const child = spawn('git', ['-C', repo, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
let buffer = Buffer.alloc(0);
let index = 0;
let written = 0;
child.stdout.on('data', (chunk: Buffer) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const newline = buffer.indexOf(10);
    if (newline < 0) return;
    const header = buffer.subarray(0, newline).toString();
    if (header.endsWith(' missing')) {
      buffer = buffer.subarray(newline + 1);
      index++;
      continue;
    }
    const size = Number(header.split(' ')[2]);
    if (buffer.length < newline + 1 + size + 1) return;
    const entry = entries[index++]!;
    const target = join(out, entry.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, buffer.subarray(newline + 1, newline + 1 + size));
    written++;
    buffer = buffer.subarray(newline + 1 + size + 1);
  }
});
child.on('close', () => console.log(`已导出 ${written} 个文件（共 ${entries.length} 个）到 ${out}`));
child.stdin.end(entries.map((e) => e.sha).join('\n') + '\n');
