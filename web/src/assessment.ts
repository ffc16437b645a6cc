// Reading an assessment (`POST /assess`) for the verdict page.
import type { Assessment, Bridge } from './types';

/** The bridge courses for every prerequisite the user lacks, once each, with the total weeks. */
export function bridgesFor(assessment: Assessment): { bridges: Bridge[]; gapsWithoutBridge: string[] } {
  const bridges = new Map<string, Bridge>();
  const without = new Set<string>();
  for (const program of assessment.programs) {
    for (const check of program.checks) {
      if (check.group !== 'prerequisite' || check.verdict !== 'not_met') continue;
      if (check.bridge) bridges.set(check.bridge.subject, check.bridge);
      else without.add(check.id.replace(/^prereq\./, ''));
    }
  }
  for (const s of bridges.keys()) without.delete(s);
  return { bridges: [...bridges.values()], gapsWithoutBridge: [...without] };
}
