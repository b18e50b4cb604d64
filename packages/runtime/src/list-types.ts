// Types that find a spec's list endpoints: the paths whose GET answers a page holding
// its items under a known key (`items` for Prepr, `results` for Django REST Framework).

type JsonBody<Response> = Response extends { content: { "application/json": infer Body } }
  ? Body
  : never;

type ListBody<Paths, P extends keyof Paths> = Paths[P] extends {
  get: { responses: { 200: infer Response } };
}
  ? JsonBody<Response>
  : never;

/** The paths whose GET answers a page with its items under `Key`. */
export type ListPath<Paths, Key extends string> = {
  [P in keyof Paths]: ListBody<Paths, P> extends { [K in Key]: readonly unknown[] } ? P : never;
}[keyof Paths];

/** One item of the list at `P`. */
export type ListItem<Paths, P extends keyof Paths, Key extends string> =
  ListBody<Paths, P> extends { [K in Key]: readonly (infer Item)[] } ? Item : never;
