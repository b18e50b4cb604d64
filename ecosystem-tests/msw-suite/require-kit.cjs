// The test kits from CommonJS: `require()` of the kit's CJS build (msw 2 ships CJS too).
const {
  createPreprHandlers,
  createPreprMock,
  signPreprWebhook,
} = require("@specbound/prepr/testing");
const { createPreoMock } = require("@specbound/preo/mock");

(async () => {
  const health = await createPreprMock().fetch("https://api.eu1.prepr.io/health", {
    headers: { authorization: "Bearer t" },
  });
  const refused = await createPreoMock().fetch("https://api.preo.dev/v1/files", {
    headers: { authorization: "Bearer t" },
  });
  console.log(
    JSON.stringify({
      handlers: createPreprHandlers().length,
      health: health.status,
      refused: refused.status,
      signature: await signPreprWebhook("{}", "s"),
    }),
  );
})();
