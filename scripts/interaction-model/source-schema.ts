import { z } from 'zod';

const name = z.string().regex(/^[A-Za-z][A-Za-z0-9_.]*$/);

/** interaction-models/locales.json: which phrase language and invocation name each locale uses. */
export const localesSchema = z.record(
  z.string().regex(/^[a-z]{2}-[A-Z]{2}$/),
  z.strictObject({ language: z.string().regex(/^[a-z]{2}$/), invocationName: z.string().min(1) }),
);
export type LocalesSource = z.infer<typeof localesSchema>;

const slotSchema = z.strictObject({ name, type: name });

/** interaction-models/<feature>/schema.json: intents, slots, custom slot type ids and dialog rules. */
export const featureSchema = z.strictObject({
  intents: z.array(z.strictObject({ name, slots: z.array(slotSchema).optional() })),
  types: z.array(name).optional(),
  dialog: z
    .strictObject({
      intents: z.array(
        z.strictObject({
          name,
          delegationStrategy: z.enum(['SKILL_RESPONSE', 'ALWAYS']),
          confirmationRequired: z.boolean().optional(),
        }),
      ),
    })
    .optional(),
});
export type FeatureSource = z.infer<typeof featureSchema>;

/** A slot type's values: a list (each value is its own id) or `{ id: [value, ...synonyms] }`. */
const typeValuesSchema = z.union([
  z.array(z.string().min(1)),
  z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
]);
export type TypeValuesSource = z.infer<typeof typeValuesSchema>;

/** interaction-models/<feature>/phrases.<language>.json: what people say, in one language. */
export const phrasesSchema = z.strictObject({
  intents: z.record(name, z.array(z.string().min(1))).optional(),
  slotSamples: z.record(name, z.record(z.string().min(1), z.array(z.string().min(1)))).optional(),
  types: z.record(name, typeValuesSchema).optional(),
});
export type PhrasesSource = z.infer<typeof phrasesSchema>;
