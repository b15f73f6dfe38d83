import { addDocumentFromFile } from '../../services/documents/documents';
import { idSchema } from '../../../shared/schemas/common';
import { CliError, type CliCommand } from '../types';

/** `attach --agreement ID | --action ID FILE…`: files into the document store, as the desktop does. */
export const attachCommand: CliCommand = {
  name: 'attach',
  summary: 'Attach files (scans, minutes, photos) to an agreement or an action',
  usage: 'attach (--agreement ID | --action ID) FILE... [--data-dir DIR]',
  options: { agreement: { type: 'string' }, action: { type: 'string' } },
  run(ctx, values, io, positionals) {
    const agreement = values.agreement as string | undefined;
    const action = values.action as string | undefined;
    if ((agreement === undefined) === (action === undefined)) {
      throw new CliError('give either --agreement ID or --action ID', 2);
    }
    const ownerId = (agreement ?? action)!;
    if (!idSchema.safeParse(ownerId).success)
      throw new CliError(`"${ownerId}" is not a record id`, 2);
    if (positionals.length === 0) throw new CliError('name at least one file to attach', 2);
    for (const file of positionals) {
      const doc = addDocumentFromFile(ctx, file, {
        ownerType: agreement ? 'agreement' : 'action',
        ownerId,
      });
      io.out(`${doc.id}  ${doc.name}  ${doc.size} bytes  sha256:${doc.sha256.slice(0, 12)}…`);
    }
  },
};
