import { z } from 'zod';
import type { Screen } from './screen';

const componentSchema = z.looseObject({ type: z.string() });

const renderDocumentSchema = z.object({
  type: z.literal('Alexa.Presentation.APL.RenderDocument'),
  token: z.string(),
  document: z.object({
    type: z.literal('APL'),
    version: z.string(),
    theme: z.enum(['dark', 'light']),
    description: z.string(),
    resources: z.array(
      z.object({
        description: z.string().optional(),
        when: z.string().optional(),
        colors: z.record(z.string(), z.string()).optional(),
        dimensions: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
        numbers: z.record(z.string(), z.number()).optional(),
      }),
    ),
    layouts: z
      .record(
        z.string(),
        z.object({
          description: z.string().optional(),
          parameters: z.array(z.string()),
          item: componentSchema,
        }),
      )
      .optional(),
    graphics: z.record(z.string(), z.looseObject({})).optional(),
    mainTemplate: z.object({ parameters: z.array(z.string()), items: z.array(componentSchema) }),
  }),
  datasources: z.record(z.string(), z.looseObject({})),
});

/**
 * The screens a skill response draws: its APL RenderDocument directives, read back from the
 * JSON Alexa would receive (a test, or a tool checking what a response shows). Throws on a
 * RenderDocument directive that is not a well-formed APL document.
 */
export function renderedScreens(directives: readonly unknown[]): Screen[] {
  return directives
    .filter(
      (directive) =>
        z.object({ type: z.literal('Alexa.Presentation.APL.RenderDocument') }).safeParse(directive).success,
    )
    .map((directive) => renderDocumentSchema.parse(directive));
}
