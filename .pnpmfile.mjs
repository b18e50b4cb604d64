// pnpm hooks. beforePacking shapes the package.json that `pnpm pack` and `pnpm publish`
// put in the tarball (the file on disk is left alone).
//
// devDependencies go: users never install them, and ours name workspace-only packages
// (@specbound/testkit is private, not on npm) that would make the published manifest
// point at packages nobody can fetch. scripts/check-package.mjs checks the tarball's
// manifest for this.
export const hooks = {
  beforePacking(manifest) {
    delete manifest.devDependencies;
    return manifest;
  },
};
