/** The parts of the ASK interaction model schema this project writes (skill-package/interactionModels). */
export interface ModelSlot {
  name: string;
  type: string;
  samples?: string[];
}

export interface ModelIntent {
  name: string;
  slots?: ModelSlot[];
  samples: string[];
}

export interface ModelTypeValue {
  id: string;
  name: { value: string; synonyms?: string[] };
}

export interface ModelType {
  name: string;
  values: ModelTypeValue[];
}

export interface DialogSlot {
  name: string;
  type: string;
  confirmationRequired: boolean;
  elicitationRequired: boolean;
  prompts: Record<string, string>;
}

export interface DialogIntent {
  name: string;
  delegationStrategy: 'SKILL_RESPONSE' | 'ALWAYS';
  confirmationRequired: boolean;
  prompts: Record<string, string>;
  slots: DialogSlot[];
}

export interface InteractionModelDocument {
  interactionModel: {
    languageModel: { invocationName: string; intents: ModelIntent[]; types: ModelType[] };
    dialog?: { intents: DialogIntent[] };
    prompts: unknown[];
  };
}
