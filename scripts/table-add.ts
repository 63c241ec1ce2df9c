import { resolve } from 'node:path';
import { defaultTableFolder } from './deploy/bridge-files';
import { iotClient, PROJECT_ROOT, parseTableArgs, runCli } from './deploy/table-cli';
import { addTable } from './deploy/table-registration';

/*
 * `npm run table:add -- office-1 [--out dir] [--region r] [--policy p]`: registers a table in
 * the AWS account `ask deploy` used and writes its bridge's config and certificate files.
 */

runCli(async () => {
  const args = parseTableArgs(
    process.argv.slice(2),
    'usage: npm run table:add -- <name> [--out <folder>] [--region <r>] [--policy <p>]',
  );
  const folder = resolve(args.out ?? defaultTableFolder(args.tableName));
  const iot = iotClient(args.region);
  try {
    const added = await addTable(iot, { ...args, folder, projectRoot: PROJECT_ROOT });
    process.stdout.write(
      [
        `Registered ${added.thingName} (certificate ${added.certificateArn}).`,
        `Bridge config and certificates: ${folder}`,
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
