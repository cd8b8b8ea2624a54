import { mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { importCheckout } from './import-checkout';
import { importerMessages as m } from './messages';

const DEFAULT_OUT = 'openapi/generated';
const GENERATED_MARK = /^x-zstack-generated: true$/m;

/** `npm run import:zstack -- <checkout> [--out <dir>]`: a thin command around importCheckout. */
function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(m.badArgs((error as Error).message));
    return 2;
  }
  const checkout = parsed.positionals[0];
  if (parsed.values.help || !checkout) {
    console.error(m.usage);
    return parsed.values.help ? 0 : 2;
  }
  if (!isDirectory(checkout)) {
    console.error(m.notADirectory(checkout));
    return 2;
  }
  const out = parsed.values.out ?? process.env['PORTAL_GENERATED_DIR'] ?? DEFAULT_OUT;
  const started = performance.now();
  const result = importCheckout(checkout, (done, total) => {
    if (done === total || done % 50 === 0)
      process.stderr.write(m.progress(done, total) + (done === total ? '\n' : '\r'));
  });
  mkdirSync(out, { recursive: true });
  removeGenerated(out);
  for (const { fileName, doc } of result.documents) {
    writeFileSync(join(out, fileName), stringify(doc, { aliasDuplicateObjects: false, lineWidth: 0 }));
  }
  const operations = result.apis.reduce((n, a) => n + a.operations.length, 0);
  const findings = result.apis.reduce((n, a) => n + a.findings.length, 0);
  console.log(
    m.summary(result.found, result.apis.length, operations, result.skipped.length, result.warnings.length, findings),
  );
  for (const s of result.skipped) console.log(m.skipped(s.className, s.file, s.reason));
  for (const w of result.warnings) console.log(m.warning(w));
  console.log(m.written(result.documents.length, out, (performance.now() - started) / 1000));
  return 0;
}

/** Only documents this command wrote before: a hand-written file in the same folder is kept. */
function removeGenerated(dir: string) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (/\.(ya?ml|json)$/.test(name) && GENERATED_MARK.test(readFileSync(path, 'utf8'))) unlinkSync(path);
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

process.exitCode = main(process.argv.slice(2));
