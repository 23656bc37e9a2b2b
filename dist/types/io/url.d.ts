/**
 * A URL without the user and password it may carry (https://user:token@host/…), fit for a
 * manifest, a message or a report. Text that is not a URL (git's scp-like "git@host:repo") has no
 * password to strip and comes back as it is.
 */
export declare function withoutCredentials(url: string | URL): string;
