# workerd serving the bundled worker. Its fetch() reaches only loopback addresses (the
# test's fake API server): the "local" network, nothing public. No nodejs_compat flag, so
# the packages must do with the Workers runtime's web APIs. The socket's address is given
# on the command line (--socket-addr http=127.0.0.1:<port>).
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .scenarioWorker),
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [(name = "http", http = (), service = "main")],
);

const scenarioWorker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "dist/worker.js")],
  compatibilityDate = "2026-11-01",
  globalOutbound = "loopback",
);
