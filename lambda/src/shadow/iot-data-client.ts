import { IoTDataPlaneClient } from '@aws-sdk/client-iot-data-plane';

/** Where the IoT data plane is; anything left out comes from the environment. */
export interface IotDataOptions {
  /** Left out, the SDK reads `AWS_ENDPOINT_URL_IOT_DATA_PLANE` (then `AWS_ENDPOINT_URL`) by itself. */
  endpoint?: string;
  region?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** One IoT data-plane client; the publisher and the health reader of a process share it. */
export function createIotDataClient(options: IotDataOptions = {}): IoTDataPlaneClient {
  return new IoTDataPlaneClient({
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
  });
}
