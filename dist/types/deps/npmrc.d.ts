export declare const DEFAULT_REGISTRY = "https://registry.npmjs.org/";
/** Where packages come from and how to authenticate there, as npm reads it from .npmrc files. */
export interface RegistryConfig {
    registry: string;
    /** "@scope" → registry URL */
    scopes: Map<string, string>;
    /** "//host/path/" → Authorization header value; matched by the longest prefix of a request URL. */
    auth: Map<string, string>;
    /**
     * The certificate authorities https registries must chain to, as PEM, when .npmrc names them
     * (`cafile`, `ca`): they replace the system's, as npm uses them. Absent: Node's own roots (plus
     * NODE_EXTRA_CA_CERTS). TLS is always verified: `strict-ssl=false` is not honoured.
     */
    ca?: string[];
    /**
     * Proxies, as npm takes them: `https-proxy` for https requests, `proxy` for http ones (and for
     * https when no https-proxy is set), with the hosts in `noproxy` reached directly. Unset in
     * .npmrc, each comes from the environment as npm's defaults do (HTTPS_PROXY, HTTP_PROXY,
     * NO_PROXY, either case); `proxy=null` or `false` turns one off.
     */
    proxy: ProxyConfig;
}
export interface ProxyConfig {
    https?: string;
    http?: string;
    noProxy?: string;
}
/**
 * npm's order, most specific last: the user's ~/.npmrc, then the project's .npmrc, then
 * `--registry`. `${VAR}` in values is read from the environment, as npm does.
 */
export declare function loadRegistryConfig(projectDir: string, env: NodeJS.ProcessEnv, registry?: string): RegistryConfig;
/** The registry a package is fetched from: its scope's, or the default. */
export declare function registryFor(config: RegistryConfig, name: string): string;
/** The Authorization header for a URL, from the longest matching `//host/path/` of .npmrc. */
export declare function authFor(config: RegistryConfig, url: string): string | undefined;
