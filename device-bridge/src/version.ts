declare const BRIDGE_VERSION: string | undefined;

/** The package version, set by the build (`dev` when run from the sources). */
export const bridgeVersion: string = typeof BRIDGE_VERSION === 'string' ? BRIDGE_VERSION : 'dev';
