import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { boardQrBlock } from '../device-bridge/src/display/qr-lines';
import { createBackend } from '../lambda/src/backend';
import { memoryLogger } from '../lambda/src/logger';
import { createIotDataClient } from '../lambda/src/shadow/iot-data-client';
import { IotShadowPublisher } from '../lambda/src/shadow/shadow-publisher';
import { IotTableHealth } from '../lambda/src/shadow/table-health';
import { createDynamoClients } from '../lambda/src/store/dynamo-clients';
import { teamChatFromEnv, teamChatOf } from '../lambda/src/team-chat/team-chat-config';
import { SimulatedEchoDevice, supportedLocales, type Turn } from './alexa';
import { ConsoleTable } from './console-table';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './dynamodb';
import { LOCAL_THING_NAME, startLocalStack } from './start-stack';
import { startLocalScoreboard, webHostFromEnv, webPortFromEnv } from './web/local-scoreboard';

/*
 * `npm start`: the local stack and a console where you type what you would say to Alexa.
 * Each line goes through the real interaction model and the real Lambda handler.
 */

const SKILL_ID = 'amzn1.ask.skill.babyfoot-local';
const ACCOUNT_ID = 'amzn1.ask.account.local-player';
const THING_NAME = LOCAL_THING_NAME;
const HELP = `Type what you would say to Alexa, e.g. "open baby foot", "start a match between Alice and Bob",
"ask baby foot what's the score" (fr: "ouvre mon baby foot", "lance un match entre Alice et Bob").
Table: :red / :blue fire the goal sensor crediting red / blue, :table shows it, :table stop / :table start,
       :pair shows a new pairing code (then say "link table" and its digits)
Commands: :locale <${supportedLocales.join('|')}>  :new (new session)  :log (backend log)  :help  :quit`;

function isSupported(locale: string): locale is (typeof supportedLocales)[number] {
  return supportedLocales.some((known) => known === locale);
}

function printTurn(turn: Turn): void {
  console.log(`Alexa: ${turn.speech || '(nothing)'}`);
  if (turn.reprompt) console.log(`       (reprompt: ${turn.reprompt})`);
  if (turn.sessionEnded) console.log('       (session closed)');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { locale: { type: 'string', default: 'en-US' } } });
  let locale = values.locale ?? 'en-US';
  if (!isSupported(locale)) throw new Error(`--locale must be one of ${supportedLocales.join(', ')}`);

  const dataDir = process.env.LOCAL_DATA_DIR
    ? resolve(process.env.LOCAL_DATA_DIR)
    : fileURLToPath(new URL('../.data', import.meta.url));
  console.log('Starting the local stack (DynamoDB Local, MQTT broker, IoT data plane)…');
  const stack = await startLocalStack({
    dynamodbPort: Number(process.env.LOCAL_DYNAMODB_PORT ?? 0),
    mqttPort: Number(process.env.LOCAL_MQTT_PORT ?? 0),
    iotPort: Number(process.env.LOCAL_IOT_PORT ?? 0),
    dbPath: join(dataDir, 'dynamodb'),
    shadowFile: join(dataDir, 'shadows.json'),
    tableName: process.env.TABLE_NAME || 'babyfoot',
  });
  const { document } = createDynamoClients({
    endpoint: stack.info.dynamodb,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  const log = memoryLogger();
  const iotData = createIotDataClient({
    endpoint: stack.info.iotData,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  const scoreboard = await startLocalScoreboard({
    dynamo: document,
    tableName: stack.info.table,
    thingName: THING_NAME,
    mqttUrl: stack.info.mqtt ?? '',
    health: new IotTableHealth({ log, client: iotData }),
    log,
    port: webPortFromEnv(process.env),
    host: webHostFromEnv(process.env),
  });
  const backend = createBackend({
    config: { tableName: stack.info.table, skillId: SKILL_ID, defaultThingName: THING_NAME },
    scoreboardUrl: scoreboard.url,
    // TEAM_CHAT_WEBHOOK_URL=http://127.0.0.1:<port>/… posts finished matches to a local receiver.
    teamChat: teamChatOf(teamChatFromEnv(process.env), log),
    dynamo: document,
    log,
    shadows: new IotShadowPublisher({ log, client: iotData }),
    health: new IotTableHealth({ log, client: iotData }),
  });
  const table = new ConsoleTable(
    { thingName: THING_NAME, mqttUrl: stack.info.mqtt ?? '', dataDir, log },
    (line) => console.log(line),
  );
  await table.start();
  const echoFor = (forLocale: string) =>
    new SimulatedEchoDevice({
      locale: forLocale,
      skillId: SKILL_ID,
      userId: ACCOUNT_ID,
      deviceId: 'amzn1.ask.device.local-console',
      invoke: backend.handler,
    });
  let device = echoFor(locale);
  console.log(`Ready: ${JSON.stringify(stack.info)}, table "${THING_NAME}", locale ${locale}.`);
  console.log(`Scoreboard: ${scoreboard.url} (open it in a browser: it follows the score live)`);
  console.log(boardQrBlock(scoreboard.url).join('\n'));
  if (scoreboard.url.startsWith('http://127.0.0.1'))
    console.log(
      '(this address opens on this computer only: LOCAL_WEB_HOST=0.0.0.0 lets a phone on the network scan it)',
    );
  console.log(HELP);

  const lines = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: process.stdin.isTTY,
  });
  const prompt = () => {
    if (!process.stdin.isTTY) return;
    lines.setPrompt(`${locale}> `);
    lines.prompt();
  };
  let queue = Promise.resolve();
  const handle = async (line: string) => {
    const text = line.trim();
    if (!text) return;
    if (!process.stdin.isTTY) console.log(`${locale}> ${text}`);
    if (text === ':quit' || text === ':q') return lines.close();
    if (text === ':help') return console.log(HELP);
    if (text === ':log')
      return console.log(
        log.lines
          .slice(-20)
          .map((entry) => JSON.stringify(entry))
          .join('\n'),
      );
    if (text === ':new') {
      await device.end();
      return console.log('(new session)');
    }
    if (text.startsWith(':locale')) {
      const wanted = text.slice(':locale'.length).trim();
      if (!isSupported(wanted)) return console.log(`Locales: ${supportedLocales.join(', ')}`);
      await device.end();
      locale = wanted;
      device = echoFor(locale);
      return console.log(`(locale ${locale})`);
    }
    if (text === ':red' || text === ':blue') return table.goal(text === ':red' ? 'red' : 'blue');
    if (text === ':table') return console.log(table.status());
    if (text === ':pair') {
      const code = await table.pair();
      return console.log(
        code
          ? `Table: pairing code ${code}. Say "link table ${code.split('').join(' ')}" (fr: "associe le babyfoot …").`
          : 'Table: no pairing code came back (is the table online?)',
      );
    }
    if (text === ':table stop') return table.stop();
    if (text === ':table start') return table.start();
    if (text.startsWith(':')) return console.log(`Unknown command. ${HELP}`);
    printTurn(await device.say(text));
  };
  lines.on('line', (line) => {
    queue = queue
      .then(() => handle(line))
      .catch((error: unknown) =>
        console.log(`(console error: ${error instanceof Error ? error.message : error})`),
      )
      .then(prompt);
  });
  prompt();
  await new Promise<void>((done) => lines.on('close', done));
  await queue;
  await scoreboard.stop();
  await table.stop();
  await stack.stop();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
