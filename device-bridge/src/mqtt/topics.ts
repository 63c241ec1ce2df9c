/** Every MQTT topic a table uses, from its thing name. */
export interface TableTopics {
  goal: string;
  pairing: string;
  shadowGet: string;
  shadowGetAccepted: string;
  shadowGetRejected: string;
  shadowUpdate: string;
  shadowUpdateAccepted: string;
  shadowUpdateRejected: string;
  shadowUpdateDelta: string;
}

/** Topics of one table: its events and its classic (unnamed) device shadow. */
export function tableTopics(thingName: string): TableTopics {
  const shadow = `$aws/things/${thingName}/shadow`;
  return {
    goal: `babyfoot/${thingName}/events/goal`,
    pairing: `babyfoot/${thingName}/events/pairing`,
    shadowGet: `${shadow}/get`,
    shadowGetAccepted: `${shadow}/get/accepted`,
    shadowGetRejected: `${shadow}/get/rejected`,
    shadowUpdate: `${shadow}/update`,
    shadowUpdateAccepted: `${shadow}/update/accepted`,
    shadowUpdateRejected: `${shadow}/update/rejected`,
    shadowUpdateDelta: `${shadow}/update/delta`,
  };
}
