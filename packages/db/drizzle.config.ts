// drizzle-kit configuration: `npm run db:generate -w @peel/db` writes a migration into ./migrations
// from the schema. The same folder is applied to PGlite and PostgreSQL (see src/migrate.ts).
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './migrations',
  strict: true,
  verbose: true,
});
