/**
 * The lifecycle's state diagram, generated from the transition table.
 *
 * @module
 */
import { dossierTransitions } from './transitions';

/**
 * Renders the dossier lifecycle as a Mermaid `stateDiagram-v2`, generated from
 * {@link dossierTransitions} (the guide "A dossier's life" embeds it; a test keeps them equal).
 *
 * @returns The Mermaid source.
 * @example
 * ```ts
 * import { dossierStateDiagram } from '@motcua/core';
 * dossierStateDiagram().split('\n')[0]; //=> 'stateDiagram-v2'
 * ```
 * @category Dossiers
 */
export function dossierStateDiagram(): string {
  const lines = [
    'stateDiagram-v2',
    '  [*] --> awaiting_receipt: submitOnline',
    '  [*] --> received: receiveDossier',
  ];
  const id = (s: string) => s.replaceAll('-', '_');
  for (const t of dossierTransitions()) {
    for (const from of t.from) {
      const to = t.to === 'same' ? from : t.to;
      lines.push(`  ${id(from)} --> ${id(to)}: ${t.event} (${t.roles.join('/')})`);
    }
  }
  for (const end of ['returned', 'withdrawn', 'refused', 'stopped', 'refused_at_reception'])
    lines.push(`  ${end} --> [*]`);
  return lines.join('\n');
}
