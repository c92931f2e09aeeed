// The 23 persuasion techniques of SemEval-2023 Task 3 (SPEC §2.3), in snake_case: the only
// values `Technique.technique` takes, and the keys of data/techniques/cues.json.

export const TECHNIQUE_NAMES = [
  'name_calling',
  'guilt_by_association',
  'doubt',
  'appeal_to_hypocrisy',
  'questioning_the_reputation',
  'flag_waving',
  'appeal_to_authority',
  'appeal_to_popularity',
  'appeal_to_values',
  'appeal_to_fear',
  'causal_oversimplification',
  'false_dilemma',
  'consequential_oversimplification',
  'straw_man',
  'red_herring',
  'whataboutism',
  'slogans',
  'conversation_killer',
  'appeal_to_time',
  'loaded_language',
  'obfuscation',
  'exaggeration',
  'repetition',
] as const;

export type TechniqueName = (typeof TECHNIQUE_NAMES)[number];

const NAMES: ReadonlySet<string> = new Set(TECHNIQUE_NAMES);

export const isTechniqueName = (value: string): value is TechniqueName => NAMES.has(value);
