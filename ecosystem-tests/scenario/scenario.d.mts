// Types of scenario.mjs, for the tests and the TypeScript consumers that import it.

export declare const CHECKS: readonly string[];

export declare const UPLOAD: {
  organizationId: string;
  fileName: string;
  type: string;
  bytes: number[];
};

export interface CheckResult {
  check: string;
  ok: boolean;
  error?: string;
}

export interface ScenarioConfig {
  apiUrl: string;
  token: string;
  webhookSecret: string;
}

/** The three packages, as the target loaded them (import, require, a bundle). */
export interface ScenarioModules {
  runtime: object;
  prepr: object;
  preo: object;
}

export declare function runScenario(
  modules: ScenarioModules,
  config: ScenarioConfig,
): Promise<CheckResult[]>;

export declare function resultLines(results: readonly CheckResult[]): string[];
