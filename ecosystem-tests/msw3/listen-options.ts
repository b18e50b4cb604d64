// msw 3 renamed msw 2's `onUnhandledRequest` to `onUnhandledFrame`.
export const listenOptions = { onUnhandledFrame: "error" } as const;
