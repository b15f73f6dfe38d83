import { z } from 'zod';
import {
  agreementInputSchema,
  agreementListSchema,
  agreementUpdateSchema,
  type AgreementDetail,
  type AgreementFacets,
  type AgreementPage,
  type AgreementRow,
} from '../schemas/agreements';
import {
  cityInputSchema,
  cityListSchema,
  cityUpdateSchema,
  type City,
} from '../schemas/cities';
import { idSchema } from '../schemas/common';
import type { Theme } from '../schemas/themes';
import {
  settingsUpdateSchema,
  startEmptySchema,
  type AppState,
  type SampleLoaded,
} from '../schemas/app';

/** A channel: the zod schema its payload must pass, and (as a type) what it answers. */
export interface Channel<Request extends z.ZodType, Response> {
  request: Request;
  /** Never read at run time; carries the response type. */
  response?: Response;
}

function channel<Response>() {
  return <Request extends z.ZodType>(request: Request): Channel<Request, Response> => ({
    request,
  });
}

const noPayload = z.undefined().or(z.object({}).strict());
const byId = z.object({ id: idSchema }).strict();

/**
 * The IPC contract: every channel main answers, `domain:verb`. Main validates each payload
 * against `request` before a service runs; the renderer's client infers types from here.
 */
export const contract = {
  'app:state': channel<AppState>()(noPayload),
  'settings:update': channel<AppState>()(settingsUpdateSchema.strict()),
  'setup:load-sample': channel<SampleLoaded>()(noPayload),
  'setup:start-empty': channel<AppState>()(startEmptySchema.strict()),

  'cities:list': channel<City[]>()(cityListSchema),
  'cities:get': channel<City>()(byId),
  'cities:create': channel<City>()(cityInputSchema.strict()),
  'cities:update': channel<City>()(cityUpdateSchema.strict()),
  'cities:delete': channel<{ id: string }>()(byId),

  'agreements:list': channel<AgreementPage>()(agreementListSchema),
  'agreements:facets': channel<AgreementFacets>()(noPayload),
  'agreements:get': channel<AgreementDetail>()(byId),
  'agreements:create': channel<AgreementRow>()(agreementInputSchema.strict()),
  'agreements:update': channel<AgreementRow>()(agreementUpdateSchema.strict()),
  'agreements:delete': channel<{ id: string }>()(byId),

  'themes:list': channel<Theme[]>()(noPayload),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
/** What a caller passes on a channel (before defaults are applied). */
export type RequestOf<C extends ChannelName> = z.input<Contract[C]['request']>;
/** What a handler receives on a channel (after validation and defaults). */
export type ParsedRequestOf<C extends ChannelName> = z.output<Contract[C]['request']>;
/** What a channel answers. */
export type ResponseOf<C extends ChannelName> = NonNullable<Contract[C]['response']>;

/** Every channel name, for the preload's allow-list and the preview's router. */
export const CHANNELS = Object.keys(contract) as ChannelName[];

/** True when `name` is a channel of the contract. */
export function isChannel(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
