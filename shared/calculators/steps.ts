import type { RuleRef } from '../rules/schemas';

export type StepUnit = 'cents' | 'units' | 'bps' | 'points' | 'date' | 'level' | 'flag';
export type StepValue = number | string | boolean | null;

/**
 * One line of "explain this number": what was computed (`key`, also the translation key of its
 * sentence), from which inputs, with which result. Ordered; machine-readable; no prose.
 */
export interface Step {
  readonly key: string;
  readonly inputs: Readonly<Record<string, StepValue>>;
  readonly result: StepValue;
  readonly unit: StepUnit;
}

export function step(
  key: string,
  inputs: Record<string, StepValue>,
  result: StepValue,
  unit: StepUnit,
): Step {
  return { key, inputs, result, unit };
}

/** Fields every program result carries. */
export interface Explained {
  readonly rule: RuleRef;
  readonly steps: readonly Step[];
}
