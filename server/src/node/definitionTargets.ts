/**
 * The standalone definition files an infrastructure file points at (DefinitionUri, templatefile(),
 * file(), ${file(...)}), each with what its template gives it (name, known substitutions, execution
 * type), as the `asl/definitionTargets` message carries them. The editor asks this of every
 * infrastructure file of the workspace, once at start and again when one changes.
 */
import { pathToFileURL } from 'node:url';
import type { DefinitionTarget } from '../core/index';
import { loadFile } from './machineSource';

/** The targets of one infrastructure file; none for a file that cannot be read (a deleted one points at nothing). */
export async function definitionTargetsOf(
  hostPath: string,
  uriOf = (path: string): string => pathToFileURL(path).toString(),
): Promise<DefinitionTarget[]> {
  try {
    const loaded = await loadFile(hostPath);
    if (loaded.kind === 'definition') return [];
    return loaded.machines
      .filter((machine) => machine.file !== loaded.path && !machine.problem)
      .map((machine) => {
        const { definition } = machine.machine;
        return {
          uri: uriOf(machine.file),
          name: machine.name,
          hostUri: uriOf(hostPath),
          substitutions: [...definition.substitutions],
          ...(definition.executionType ? { executionType: definition.executionType } : {}),
          ...(definition.directives ? { directives: true } : {}),
        };
      });
  } catch {
    return [];
  }
}
