import {
  agreementFacets,
  createAgreement,
  deleteAgreement,
  getAgreement,
  listAgreements,
  updateAgreement,
} from '../services/agreements';
import { createCity, deleteCity, getCity, listCities, updateCity } from '../services/cities';
import { appState, loadSample, updateSettings } from '../services/setup';
import { listThemes } from '../services/themes';
import type { Handlers } from './dispatch';

/**
 * Every channel of the contract, answered by the services. Handlers stay one line: the rules
 * live in the services, the validation in the dispatcher.
 */
export const handlers: Handlers = {
  'app:state': (ctx) => appState(ctx.db, ctx),
  'settings:update': (ctx, update) => {
    updateSettings(ctx.db, update);
    return appState(ctx.db, ctx);
  },
  'setup:load-sample': (ctx) => loadSample(ctx.db),
  'setup:start-empty': (ctx, { ownCity }) => {
    updateSettings(ctx.db, { ownCity });
    return appState(ctx.db, ctx);
  },

  'cities:list': (ctx, filter) => listCities(ctx.db, filter),
  'cities:get': (ctx, { id }) => getCity(ctx.db, id),
  'cities:create': (ctx, input) => createCity(ctx.db, input),
  'cities:update': (ctx, { id, changes }) => updateCity(ctx.db, id, changes),
  'cities:delete': (ctx, { id }) => deleteCity(ctx.db, id),

  'agreements:list': (ctx, filter) => listAgreements(ctx.db, filter),
  'agreements:facets': (ctx) => agreementFacets(ctx.db),
  'agreements:get': (ctx, { id }) => getAgreement(ctx.db, id),
  'agreements:create': (ctx, input) => createAgreement(ctx.db, input),
  'agreements:update': (ctx, { id, changes }) => updateAgreement(ctx.db, id, changes),
  'agreements:delete': (ctx, { id }) => deleteAgreement(ctx.db, id),

  'themes:list': (ctx) => listThemes(ctx.db),
};
