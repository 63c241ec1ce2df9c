import { resolve } from 'node:path';
import { defaultTableFolder } from './deploy/bridge-files';
import { parsePortOption } from './deploy/broker-port';
import { iotClient, PROJECT_ROOT, parseTableArgs, runCli } from './deploy/table-cli';
import { addTable } from './deploy/table-registration';

/*
 * `npm run table:add -- office-1 [--out dir] [--region r] [--policy p] [--port 443|8883|auto]`:
 * registers a table in the AWS account `ask deploy` used and writes its bridge's config and
 * certificate files. Without `--port`, 8883 is tried from this computer, then 443 (an office
 * network that blocks 8883 gets `"port": 443`).
 */

runCli(async () => {
  const argv = process.argv.slice(2);
  const portAt = argv.indexOf('--port');
  const port = parsePortOption(portAt < 0 ? undefined : argv[portAt + 1]);
  const args = parseTableArgs(
    portAt < 0 ? argv : [...argv.slice(0, portAt), ...argv.slice(portAt + 2)],
    'usage: npm run table:add -- <name> [--out <folder>] [--region <r>] [--policy <p>] [--port 443|8883|auto]',
  );
  const folder = resolve(args.out ?? defaultTableFolder(args.tableName));
  const iot = iotClient(args.region);
  try {
    const added = await addTable(iot, { ...args, folder, projectRoot: PROJECT_ROOT, port });
    process.stdout.write(
      [
        `Registered ${added.thingName} (certificate ${added.certificateArn}).`,
        `Bridge config and certificates: ${folder}`,
        added.port.note,
        `Copy that folder to the table's Raspberry Pi, e.g. scp -r ${folder} pi@<pi>:/tmp/ then`,
        `  sudo install -d -o babyfoot /etc/babyfoot && sudo cp -r /tmp/${args.tableName}/. /etc/babyfoot/`,
        `and start the bridge with --config /etc/babyfoot/bridge.json (README, "Wire a real table").`,
        '',
      ].join('\n'),
    );
  } finally {
    iot.destroy();
  }
});
