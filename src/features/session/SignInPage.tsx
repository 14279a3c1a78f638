import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { useDemoStore } from '../../lib/demo';
import { FormActions } from '../../ui/FormActions';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { TextField } from '../../ui/TextField';
import { signIn } from './api';
import { ApiFailure } from '../../lib/api';
import { useSessionStore } from './session-store';
import { signInMessages as m } from './messages';
import './sign-in.css';

export function SignInPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const search: { redirect?: string } = useSearch({ strict: false });
  const demo = useDemoStore((state) => state.demo);
  const setSession = useSessionStore((state) => state.setSession);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const attempt = useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      setSession(session);
      void navigate({ to: search.redirect?.startsWith('/') ? search.redirect : '/master-list' });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = username.trim() === '' || password === '';
    setMissing(blank);
    if (!blank) attempt.mutate({ username: username.trim(), password });
  };

  const failure = attempt.error instanceof ApiFailure ? attempt.error : null;
  const error = missing
    ? m.required
    : !attempt.error
      ? null
      : failure?.status === 401
        ? m.badCredentials
        : failure?.kind === 'network'
          ? m.offline
          : m.failed;

  return (
    <div className="sign-in">
      <div className="sign-in__top">
        <LanguageSwitch />
      </div>
      <main className="sign-in__card">
        <h1>{intl.formatMessage(m.title)}</h1>
        <p>{intl.formatMessage(m.intro)}</p>
        <form onSubmit={submit} noValidate>
          <TextField
            id="username"
            label={intl.formatMessage(m.username)}
            autoComplete="username"
            value={username}
            onChange={setUsername}
            problemId={error ? 'sign-in-error' : undefined}
          />
          <TextField
            id="password"
            type="password"
            label={intl.formatMessage(m.password)}
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            problemId={error ? 'sign-in-error' : undefined}
          />
          <FormActions
            error={error && intl.formatMessage(error)}
            errorId="sign-in-error"
            busy={attempt.isPending}
            submitLabel={intl.formatMessage(attempt.isPending ? m.submitting : m.submit)}
          />
        </form>
        <p className="sign-in__help">{intl.formatMessage(m.help)}</p>
        {demo && (
          <section className="sign-in__demo" aria-labelledby="demo-accounts">
            <h2 id="demo-accounts">{intl.formatMessage(m.demoTitle)}</h2>
            <ul>
              {demo.accounts.map((account) => (
                <li key={account.username}>
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      setUsername(account.username);
                      setPassword(account.password);
                    }}
                  >
                    {intl.formatMessage(m.demoUse, { tenant: account.tenantName })}
                  </button>{' '}
                  <code>{account.username}</code> / <code>{account.password}</code>
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </div>
  );
}
