// The events Prepr sends to a webhook, typed from the spec's `webhooks`: one member per
// event name, with `event` narrowed to that name.
import type { Readable, webhooks } from "./generated/schema.js";

type EventBody<E extends keyof webhooks> = webhooks[E]["post"] extends {
  requestBody: { content: { "application/json": infer Body } };
}
  ? Body
  : never;

/** The name of an event Prepr sends: `publication.created`, `channel.deleted`, ... */
export type PreprWebhookEventName = keyof webhooks;

/** A webhook call's body, `{ id, created_on, event, payload }`, discriminated by `event`. */
export type PreprWebhookEvent = {
  [E in PreprWebhookEventName]: Omit<Readable<EventBody<E>>, "event"> & { event: E };
}[PreprWebhookEventName];
