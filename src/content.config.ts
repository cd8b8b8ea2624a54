import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const changelog = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/changelog' }),
  schema: z.object({
    /** Short headline of the change. */
    title: z.string(),
    /** ZStack version that carries the change, e.g. "5.2.0". */
    version: z.string(),
    /** Release date of that version. */
    date: z.coerce.date(),
    /** operationIds the change affects. */
    operations: z.array(z.string()).default([]),
  }),
});

const operations = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/operations' }),
  schema: z.object({
    /** The operationId whose page shows this prose. */
    operationId: z.string(),
  }),
});

const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/guides' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    /** Position in the guide list. */
    order: z.number().default(100),
  }),
});

export const collections = { changelog, operations, guides };
