// What every check runs with: the options, the one way to the server (Http), what the run has
// made (World) and the run's seed. And what a check is.
import type { Result } from "./check";
import { Http, Secrets } from "./http";
import { World } from "./world";

/** One named rule of the contract, run against the server (see ./check.ts for its outcomes). */
export interface Check {
  group: string;
  name: string;
  run(kit: Kit): Promise<void>;
}

export interface KitOptions {
  /** The server's base URL, e.g. `https://api.example.com` (paths start with `/api/`). */
  baseUrl: string;
  /** A user's token (`Authorization: Token …`); without it the kit signs a new user up. */
  token?: string | undefined;
  /** An API key of one of the user's organizations, checked read-only (revoked with `destructive`). */
  apiKey?: string | undefined;
  /** Groups to run (default: all). */
  only?: string[] | undefined;
  /** Also run checks that act on what the kit did not create (the given API key). */
  destructive?: boolean | undefined;
  /** The seed of the property-based run (default: random; printed in its check's name). */
  seed?: number | undefined;
  /** The fetch to send requests with (default: the global one). */
  fetch?: typeof fetch | undefined;
  /** Called with each check's result as soon as it is known. */
  onResult?: ((result: Result) => void) | undefined;
}

export class Kit {
  readonly secrets = new Secrets();
  readonly http: Http;
  readonly world: World;
  readonly seed: number;

  constructor(readonly options: KitOptions) {
    this.http = new Http(options.baseUrl, this.secrets, options.fetch);
    this.secrets.add(options.apiKey);
    this.world = new World(this.http, { token: options.token });
    this.seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  }
}
