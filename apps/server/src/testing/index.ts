/** Test helpers for the server and the route files built on it (imported as `@peel/server/testing`). */
export { startTestServer, TEST_PASSWORD, type TestServer, type TestServerOptions, type TestUser } from './test-server';
export { requestFor, type MatrixRequest } from './matrix-request';
