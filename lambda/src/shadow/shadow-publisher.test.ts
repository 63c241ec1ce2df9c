import { GetThingShadowCommand, IoTDataPlaneClient } from '@aws-sdk/client-iot-data-plane';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../local/dynamodb';
import { freePort } from '../../../local/free-port';
import { type LocalIot, startLocalIot } from '../../../local/iot/start-local-iot';
import { aliceVersusBob, tableGoals } from '../domain/match/test-fixtures';
import { memoryLogger } from '../logger';
import { IotShadowPublisher } from './shadow-publisher';

const aws = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };

describe('IotShadowPublisher', () => {
  let iot: LocalIot | undefined;
  let publisher: IotShadowPublisher | undefined;
  afterEach(async () => {
    publisher?.destroy();
    await iot?.stop();
  });

  it("writes the match into the table's desired state", async () => {
    iot = await startLocalIot({ log: () => {} });
    publisher = new IotShadowPublisher({ ...aws, endpoint: iot.iotDataUrl, log: memoryLogger() });

    await publisher.publish('table-1', tableGoals(aliceVersusBob(), 'rrb'));

    const reader = new IoTDataPlaneClient({ ...aws, endpoint: iot.iotDataUrl });
    const answer = await reader.send(new GetThingShadowCommand({ thingName: 'table-1' }));
    reader.destroy();
    const shadow = JSON.parse(new TextDecoder().decode(answer.payload));
    expect(shadow.state.desired.match).toMatchObject({ id: 'm1', score: { red: 2, blue: 1 } });
    expect(shadow.state.desired.match).not.toHaveProperty('winner');
  });

  it('logs a failed write instead of failing the turn', async () => {
    const log = memoryLogger();
    publisher = new IotShadowPublisher({ ...aws, endpoint: `http://127.0.0.1:${await freePort()}`, log });

    await expect(publisher.publish('table-1', aliceVersusBob())).resolves.toBeUndefined();

    expect(log.lines).toContainEqual(
      expect.objectContaining({ level: 'error', message: 'shadow update failed' }),
    );
  });
});
