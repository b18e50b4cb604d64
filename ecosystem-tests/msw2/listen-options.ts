// msw 2's name for what to do with a request no handler matches.
export const listenOptions = { onUnhandledRequest: "error" } as const;
