import { createBackend } from './backend';
import { readConfig } from './config';
import { dynamoClients } from './store/dynamo-clients';

// Built once per Lambda instance: warm invocations reuse the clients and the skill.
const backend = createBackend({ config: readConfig(process.env), dynamo: dynamoClients().document });

/** The Alexa skill entry (ASK SDK v2 custom skill behind an envelope check). */
export const handler = backend.handler;
