import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** The project root, from this file's place in test/deploy/support. */
export const PROJECT_ROOT = join(import.meta.dirname, '..', '..', '..');

const resourceSchema = z.object({
  Type: z.string(),
  Properties: z.record(z.string(), z.unknown()).default({}),
  DependsOn: z.union([z.string(), z.array(z.string())]).optional(),
  DeletionPolicy: z.string().optional(),
  UpdateReplacePolicy: z.string().optional(),
});

const templateSchema = z.object({
  Parameters: z.record(z.string(), z.object({ Type: z.string(), Default: z.unknown().optional() })),
  Resources: z.record(z.string(), resourceSchema),
  Outputs: z.record(z.string(), z.object({ Value: z.unknown() })),
});

export type StackResource = z.infer<typeof resourceSchema> & { logicalId: string };
export type StackTemplate = z.infer<typeof templateSchema>;

const askResourcesSchema = z.object({
  profiles: z.object({
    default: z.object({
      code: z.object({ default: z.object({ src: z.string() }) }),
      skillInfrastructure: z.object({
        type: z.string(),
        userConfig: z.object({
          runtime: z.string(),
          handler: z.string(),
          templatePath: z.string(),
          awsRegion: z.string(),
          cfn: z.object({ parameters: z.record(z.string(), z.string()) }).optional(),
        }),
      }),
    }),
  }),
});

/** `ask-resources.json`, checked. */
export function readAskResources() {
  return askResourcesSchema.parse(JSON.parse(readFileSync(join(PROJECT_ROOT, 'ask-resources.json'), 'utf8')));
}

/** The CloudFormation template that `ask-resources.json` points the cfn-deployer at. */
export function readStackTemplate(): StackTemplate {
  const { templatePath } = readAskResources().profiles.default.skillInfrastructure.userConfig;
  return templateSchema.parse(JSON.parse(readFileSync(join(PROJECT_ROOT, templatePath), 'utf8')));
}

/** Every resource of one type, with its logical ID. */
export function resourcesOfType(template: StackTemplate, type: string): StackResource[] {
  return Object.entries(template.Resources)
    .filter(([, resource]) => resource.Type === type)
    .map(([logicalId, resource]) => ({ ...resource, logicalId }));
}

/** The logical ID a `{ Ref }` or `{ Fn::GetAtt }` points at, if `value` is one. */
export function referencedId(value: unknown): string | undefined {
  const parsed = z
    .union([z.object({ Ref: z.string() }), z.object({ 'Fn::GetAtt': z.tuple([z.string(), z.string()]) })])
    .safeParse(value);
  if (!parsed.success) return undefined;
  return 'Ref' in parsed.data ? parsed.data.Ref : parsed.data['Fn::GetAtt'][0];
}

/** What the deployed stack knows that the template does not: where it runs and its parameters. */
export interface StackContext {
  region: string;
  accountId: string;
  parameters: Record<string, string>;
  /** Values of resources, by logical ID (`Ref`) or `<id>.<attribute>` (`Fn::GetAtt`). */
  resources?: Record<string, string>;
}

/**
 * Resolves the intrinsic functions the template uses for strings (`Ref` to a parameter, a
 * pseudo parameter or a resource given in the context, `Fn::GetAtt` given in the context,
 * `Fn::Sub` with `${!Literal}` escapes); anything else is returned as is.
 */
export function resolveString(value: unknown, context: StackContext): unknown {
  const ref = z.object({ Ref: z.string() }).safeParse(value);
  if (ref.success) return refValue(ref.data.Ref, context) ?? value;
  const getAtt = z.object({ 'Fn::GetAtt': z.tuple([z.string(), z.string()]) }).safeParse(value);
  if (getAtt.success) return context.resources?.[getAtt.data['Fn::GetAtt'].join('.')] ?? value;
  const sub = z.object({ 'Fn::Sub': z.string() }).safeParse(value);
  if (!sub.success) return value;
  return sub.data['Fn::Sub'].replace(/\$\{(!?)([^}]+)\}/g, (whole, literal: string, name: string) => {
    if (literal === '!') return `\${${name}}`;
    const resolved = refValue(name, context);
    if (resolved === undefined) throw new Error(`Fn::Sub: cannot resolve ${whole}`);
    return resolved;
  });
}

function refValue(name: string, context: StackContext): string | undefined {
  if (name === 'AWS::Region') return context.region;
  if (name === 'AWS::AccountId') return context.accountId;
  return context.parameters[name] ?? context.resources?.[name];
}
