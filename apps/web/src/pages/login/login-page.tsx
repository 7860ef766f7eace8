/**
 * /login: username and password → POST /api/auth/login. Errors (wrong credentials, too many
 * attempts) are shown as the server words them; on success the user goes where they were heading.
 */
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useSession } from '../../api/session';
import { ErrorMessage } from '../../components/ui/error-message';
import { PageHeader } from '../../components/ui/page-header';

/** The sign-in page. */
export function LoginPage() {
  const session = useSession();
  const navigate = useNavigate();
  const search = useSearch({ from: '/login' });
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  useEffect(() => {
    if (session.isSignedIn) void navigate({ to: search.redirect ?? '/' });
  }, [session.isSignedIn, navigate, search.redirect]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.login(username, password);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="standalone login">
      <PageHeader title="Sign in to Peel" />
      <p className="lead">Design, run and evaluate your force&apos;s local policing model.</p>
      <ErrorMessage error={error} title="You could not be signed in" />
      <form onSubmit={submit} className="form" aria-describedby={`${id}-hint`}>
        <p id={`${id}-hint`} className="hint">
          Use the account your administrator gave you. When Peel was started with <code>npm start</code>, the demo accounts and their password are
          printed in the terminal.
        </p>
        <div className="field">
          <label htmlFor={`${id}-username`}>Username</label>
          <input id={`${id}-username`} name="username" autoComplete="username" required value={username} onChange={(event) => setUsername(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>Password</label>
          <input
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
