import { describe, expect, it } from 'vitest';
import type { ChannelName, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import type { HandlerContext } from '../../../electron/core/context';
import { dispatch, settle } from '../../../electron/ipc/dispatch';
import { handlers } from '../../../electron/ipc/handlers';
import { tempDatabase } from '../helpers/tempData';
import { windows1252Csv } from './helpers';

async function send<C extends ChannelName>(ctx: HandlerContext, channel: C, payload: RequestOf<C>) {
  const result = (await settle(dispatch(ctx, handlers, channel, payload))) as Result<ResponseOf<C>>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.key} ${result.error.message}`);
  return result.value;
}

const FILE = windows1252Csv([
  "Ville partenaire;Pays;Type d'accord;Date de signature;Observations",
  "Tbilissi;Géorgie;Pacte d'amitié;31/02/1997;Relance prévue",
  'Porto;Portugal;Jumelage;1984;',
]);

describe('the preview of a row that will not be stored', () => {
  it('shows its mapped cells as the file writes them, so the user sees which row to fix', async () => {
    const { ctx } = tempDatabase();
    const { fileId } = await send(ctx, 'imports:upload', {
      name: 'jumelages.csv',
      chunkBase64: FILE.toString('base64'),
      last: true,
    });
    const { suggestedMapping: mapping } = await send(ctx, 'imports:inspect', { fileId });
    const preview = await send(ctx, 'imports:preview', { fileId, mapping });
    const [tbilissi, porto] = preview.rows;
    expect(tbilissi).toMatchObject({
      row: 2,
      outcome: 'invalid',
      values: {
        cityName: 'Tbilissi',
        country: 'Géorgie',
        kind: "Pacte d'amitié",
        signedOn: '31/02/1997',
        notes: 'Relance prévue',
      },
    });
    // A row that will be stored keeps its values as stored.
    expect(porto).toMatchObject({
      outcome: 'create',
      values: { cityName: 'Porto', country: 'PT', kind: 'twinning', signedOn: '1984' },
    });

    const skipped = await send(ctx, 'imports:preview', { fileId, mapping, skipRows: [2] });
    expect(skipped.rows[0]).toMatchObject({
      outcome: 'skip',
      reason: 'userSkipped',
      values: { cityName: 'Tbilissi', signedOn: '31/02/1997' },
    });
  });
});
