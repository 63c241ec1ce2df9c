// virtual-alexa ships no declarations for the two modules the independent resolver uses.
declare module 'virtual-alexa/lib/src/model/InteractionModel.js' {
  import type { IIntentSchema, IModel, SampleUtterances, SlotTypes } from 'virtual-core';

  export class InteractionModel implements IModel {
    static fromJSON(interactionModel: unknown): InteractionModel;
    slotTypes: SlotTypes;
    intentSchema: IIntentSchema;
    sampleUtterances: SampleUtterances;
    hasIntent(intent: string): boolean;
  }
}

declare module 'virtual-alexa/lib/src/impl/SlotValue.js' {
  export interface EntityResolutions {
    resolutionsPerAuthority: {
      status: { code: string };
      values: { value: { id: string; name: string } }[];
    }[];
  }

  export class SlotValue {
    constructor(name: string, value: string);
    resolutions?: EntityResolutions;
    setEntityResolution(
      context: { interactionModel(): unknown; applicationID(): string },
      intentName: string,
    ): void;
  }
}
