/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dossierStateDiagram } from './diagram';

describe('dossierStateDiagram', () => {
  it('is generated from the transition table and embedded, unchanged, in the guide', () => {
    const diagram = dossierStateDiagram();
    expect(diagram).toMatch(/^stateDiagram-v2\n/);
    expect(diagram).toContain(
      'awaiting_supplement --> processing: supplement_received'.replace(
        'supplement_received',
        'supplement-received',
      ),
    );
    const guide = readFileSync(
      new URL('../../../../docs/guides/a-dossiers-life.md', import.meta.url),
      'utf8',
    );
    expect(guide).toContain(`\`\`\`mermaid\n${diagram}\n\`\`\``);
  });
});
