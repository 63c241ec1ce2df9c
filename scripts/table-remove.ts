import { iotClient, parseTableArgs, runCli } from './deploy/table-cli';
import { removeTable } from './deploy/table-registration';

/*
 * `npm run table:remove -- office-1`: detaches, deactivates and deletes the table's
 * certificates, then deletes its thing. Files written by table:add are left where they are.
 */

runCli(async () => {
  const args = parseTableArgs(
    process.argv.slice(2),
    'usage: npm run table:remove -- <name> [--region <r>] [--policy <p>]',
  );
  const iot = iotClient(args.region);
  try {
    const certificates = await removeTable(iot, args);
    process.stdout.write(
      `Removed the thing for ${args.tableName} and ${certificates.length} certificate(s). ` +
        'Its bridge files (by default ~/.babyfoot/tables/<name>) hold a now useless key: delete them.\n',
    );
  } finally {
    iot.destroy();
  }
});
