// Types of scripts/release.mjs, for the gate's tests.
/** Sets `info.version` in the contract's root file, leaving the rest of it as written. */
export function setContractVersion(yaml: string, version: string): string;
