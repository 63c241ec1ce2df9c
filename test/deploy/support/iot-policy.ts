import { z } from 'zod';

/*
 * A small evaluator of AWS IoT Core policies, enough to check the tables' policy on sample
 * requests: Allow and Deny statements, `*` / `?` wildcards in actions and resources, the
 * connection's policy variables, and the `Bool` / `StringEquals` conditions. An explicit Deny
 * wins; no matching Allow means denied. A statement whose variables cannot be resolved (no
 * thing attached to the certificate) does not apply, as on IoT Core.
 */

const listOrOne = z.union([z.string(), z.array(z.string())]).transform((value) => [value].flat());

export const policyDocumentSchema = z.object({
  Version: z.literal('2012-10-17'),
  Statement: z.array(
    z.object({
      Effect: z.enum(['Allow', 'Deny']),
      Action: listOrOne,
      Resource: listOrOne,
      Condition: z.record(z.string(), z.record(z.string(), z.string())).optional(),
    }),
  ),
});

export type PolicyDocument = z.infer<typeof policyDocumentSchema>;

/** The MQTT connection a request comes from, as IoT Core knows it. */
export interface DeviceConnection {
  clientId: string;
  /** The thing the certificate is attached to, when it is attached to one. */
  thingName?: string;
}

/** One authorization request: e.g. `iot:Publish` on `arn:…:topic/babyfoot/x/events/goal`. */
export interface IotRequest {
  action: 'iot:Connect' | 'iot:Publish' | 'iot:Subscribe' | 'iot:Receive';
  resource: string;
  connection: DeviceConnection;
}

/** Whether the policy lets the request through. */
export function isAllowed(policy: PolicyDocument, request: IotRequest): boolean {
  const applies = (statement: PolicyDocument['Statement'][number]) =>
    statement.Action.some((action) => globMatches(action.toLowerCase(), request.action.toLowerCase())) &&
    statement.Resource.some((resource) => {
      const pattern = substituteVariables(resource, request.connection);
      return pattern !== undefined && globMatches(pattern, request.resource);
    }) &&
    conditionsHold(statement.Condition ?? {}, request.connection);
  const matching = policy.Statement.filter(applies);
  return matching.some((s) => s.Effect === 'Allow') && !matching.some((s) => s.Effect === 'Deny');
}

function variablesOf(connection: DeviceConnection): Record<string, string | undefined> {
  return {
    'iot:ClientId': connection.clientId,
    'iot:Connection.Thing.ThingName': connection.thingName,
    'iot:Connection.Thing.IsAttached': String(connection.thingName !== undefined),
  };
}

/** The resource with its policy variables replaced; undefined when one has no value. */
export function substituteVariables(resource: string, connection: DeviceConnection): string | undefined {
  const variables = variablesOf(connection);
  let unresolved = false;
  const substituted = resource.replace(/\$\{([^}]+)\}/g, (_whole, name: string) => {
    if (!(name in variables)) throw new Error(`Unknown policy variable \${${name}}`);
    const value = variables[name];
    if (value === undefined) unresolved = true;
    return value ?? '';
  });
  return unresolved ? undefined : substituted;
}

/** IoT policy wildcards: `*` any run of characters, `?` one character; MQTT `+` / `#` are literal. */
export function globMatches(pattern: string, value: string): boolean {
  const source = [...pattern]
    .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\/#]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 's').test(value);
}

function conditionsHold(
  conditions: Record<string, Record<string, string>>,
  connection: DeviceConnection,
): boolean {
  const variables = variablesOf(connection);
  return Object.entries(conditions).every(([operator, checks]) => {
    if (operator !== 'Bool' && operator !== 'StringEquals') {
      throw new Error(`Condition operator ${operator} is not supported by this evaluator`);
    }
    return Object.entries(checks).every(([key, expected]) => {
      if (!(key in variables)) throw new Error(`Unknown condition key ${key}`);
      return variables[key] === expected;
    });
  });
}
