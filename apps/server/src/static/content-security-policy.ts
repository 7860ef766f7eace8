/**
 * The Content-Security-Policy every response carries (through @fastify/helmet). Written out in
 * full rather than as helmet's defaults plus changes, so what the browser may do is readable here:
 * scripts only from this origin (the web app is built with no inline script), MapLibre's workers
 * from this origin or the blob: URL it wraps them in, images also from data:/blob: (map sprites,
 * canvas exports), styles inline as well (React style attributes, MapLibre and uPlot set element
 * styles), nothing framed, no plugins. No external tile server is used, so connect-src is 'self'.
 */
import type { FastifyHelmetOptions } from '@fastify/helmet';

/** Directive → sources. */
export const CONTENT_SECURITY_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'worker-src': ["'self'", 'blob:'],
  'child-src': ["'self'", 'blob:'],
};

/**
 * Helmet's options: the policy above and helmet's other headers. `upgrade-insecure-requests` is
 * left out: TLS is a proxy's job (PEEL_HOST, PEEL_TRUST_PROXY), and the directive would break
 * the app when reached over plain HTTP on a local network.
 */
export const HELMET_OPTIONS: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: Object.fromEntries(Object.entries(CONTENT_SECURITY_POLICY).map(([name, sources]) => [name, [...sources]])),
  },
};
