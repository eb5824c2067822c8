// runtime/trainers/index.ts — trainers behind the update node: none (dry run), external (a child
// process over the JSON-lines protocol), and the dispatcher that also loads the embedded trainer.
export { createTrainer, type TrainerDeps, type UpdateConfig } from "./create-trainer.js";
export { createNoneTrainer, type NoneTrainerOptions } from "./none.js";
export { createExternalTrainer, TrainerError, type ExternalTrainerOptions } from "./external.js";
export * as protocol from "./protocol.js";
export { PROTOCOL_VERSION, toWireSample } from "./protocol.js";
