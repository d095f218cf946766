/**
 * Type-level test, checked by `npm run typecheck` (tsc -p test): the sidebar's
 * view of the server (ServerApi) must match the functions src/gas/main.ts
 * exports, which the build turns into google.script.run targets. A renamed
 * export, a changed parameter or a reply of another shape fails the type check.
 */
import type * as Main from '../../src/gas/main';
import type { ServerApi } from '../../src/sidebar/api';

type Server = typeof Main;

/** Every method the sidebar calls is exported by the server. */
type Missing = Exclude<keyof ServerApi, keyof Server>;

/** The sidebar's arguments are accepted, and the server's reply is what the sidebar expects. */
type Fits<K extends keyof ServerApi & keyof Server> = [Parameters<ServerApi[K]>] extends [
  Parameters<Server[K]>,
]
  ? [ReturnType<Server[K]>] extends [ReturnType<ServerApi[K]>]
    ? true
    : { returns: ReturnType<Server[K]>; sidebarExpects: ReturnType<ServerApi[K]> }
  : { sidebarSends: Parameters<ServerApi[K]>; serverTakes: Parameters<Server[K]> };

type Mismatches = {
  [K in keyof ServerApi & keyof Server]: Fits<K> extends true ? never : K;
}[keyof ServerApi & keyof Server];

export const everyMethodExists: [Missing] extends [never] ? true : Missing = true;
export const everySignatureFits: [Mismatches] extends [never] ? true : Mismatches = true;
