import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { HighlightThread } from '../../../../src/lib/highlight/highlight-thread';
import { ensureHighlighter, renderHighlighted } from '../../../../src/lib/highlight/render';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const thread = new HighlightThread(root);
afterAll(() => thread.close());

describe('highlighting on a thread of its own (the build)', () => {
  it(
    'answers each piece with the markup the calling thread would make, in the order asked',
    { timeout: 60_000 },
    async () => {
      const pieces = [
        {
          code: 'curl -X PUT -H "Authorization: OAuth <session-uuid>" http://localhost:8080/zstack/v1/vm-instances',
          lang: 'shellscript',
        },
        { code: '{"inventory": {"uuid": "<script>", "state": "Running"}}', lang: 'json' },
        { code: 'const a = "<b>";', lang: 'no-such-language' },
      ];
      const fromThread = await Promise.all(pieces.map((p) => thread.highlight(p.code, p.lang)));
      const shiki = await ensureHighlighter();
      expect(fromThread.map((answer) => answer?.html)).toEqual(
        pieces.map((p) => renderHighlighted(shiki, p.code, p.lang)),
      );
      expect(fromThread[1]?.html).toContain('&#x3C;script>');
    },
  );

  it('answers undefined once closed, so that the caller highlights on its own thread', async () => {
    const closed = new HighlightThread(root);
    await closed.close();
    expect(await closed.highlight('{}', 'json')).toBeUndefined();
  });

  it(
    'answers undefined when its thread cannot start (no worker entry where the root says)',
    { timeout: 30_000 },
    async () => {
      const elsewhere = new HighlightThread(fileURLToPath(new URL('./', import.meta.url)));
      expect(await elsewhere.highlight('{}', 'json')).toBeUndefined();
      // Why, for the build's statistics line; a thread closed on purpose has no failure.
      expect(elsewhere.failure).toMatch(/worker\.ts|Cannot find|exit code/);
      const closed = new HighlightThread(root);
      await closed.close();
      expect(closed.failure).toBeUndefined();
    },
  );
});
