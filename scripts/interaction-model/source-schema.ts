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
  /** Types among `types` whose values are people's names (Alexa fills them with any name). */
  nameTypes: z.array(name).optional(),
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

const valueListSchema = z.array(z.string().min(1));
const valueRecordSchema = z.record(z.string().min(1), z.array(z.string().min(1)).min(1));

/**
 * A slot type's values: a list (each value is its own id), `{ id: [value, ...synonyms] }`, or
 * `{ "include": ["OtherType"], "values": … }`: another type's values of the same language, then its own.
 */
const typeValuesSchema = z.union([
  valueListSchema,
  z.strictObject({ include: z.array(name).min(1), values: z.union([valueListSchema, valueRecordSchema]) }),
  valueRecordSchema,
]);
export type TypeValuesSource = z.infer<typeof typeValuesSchema>;

/** interaction-models/<feature>/phrases.<language>.json: what people say, in one language. */
export const phrasesSchema = z.strictObject({
  /** Named pieces of templates (`<please>`), shared by every feature of the language. */
  fragments: z.record(name, z.string().min(1)).optional(),
  intents: z.record(name, z.array(z.string().min(1))).optional(),
  slotSamples: z.record(name, z.record(z.string().min(1), z.array(z.string().min(1)))).optional(),
  types: z.record(name, typeValuesSchema).optional(),
});
export type PhrasesSource = z.infer<typeof phrasesSchema>;
