import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { useDemoStore } from '../../lib/demo';
import { FormActions } from '../../ui/FormActions';
import { LanguageSwitch } from '../../lib/LanguageSwitch';
import { TextField } from '../../ui/TextField';
import { signIn } from './api';
import { ApiFailure } from '../../lib/api';
import { KeptDataNotice } from './KeptData';
import { startSession } from './session-store';
import { signInMessages as m } from './messages';
import './sign-in.css';

/** The form's problem line: wrong or missing credentials, or no server. */
const PROBLEM_ID = 'sign-in-error';

const CREDENTIALS = {
  username: { label: m.username, type: 'text', autoComplete: 'username' },
  password: { label: m.password, type: 'password', autoComplete: 'current-password' },
} as const;

/** The username or the password; the form's one problem line describes both. */
function CredentialField({
  field,
  value,
  onChange,
  invalid,
}: {
  field: keyof typeof CREDENTIALS;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
}) {
  const intl = useIntl();
  const { label, type, autoComplete } = CREDENTIALS[field];
  return (
    <TextField
      id={field}
      type={type}
      label={intl.formatMessage(label)}
      autoComplete={autoComplete}
      value={value}
      onChange={onChange}
      problemId={invalid ? PROBLEM_ID : undefined}
    />
  );
}

export function SignInPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const search: { redirect?: string } = useSearch({ strict: false });
  const demoAccounts = useDemoStore((state) => state.accounts);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const attempt = useMutation({
    mutationFn: signIn,
    onSuccess: async (session) => {
      await startSession(session);
      // Home by role: the index sends a supervisor to My groups, an administrator to the master list.
      void navigate({ to: search.redirect?.startsWith('/') ? search.redirect : '/' });
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
    ? intl.formatMessage(m.required)
    : !attempt.error
      ? null
      : failure?.status === 401
        ? intl.formatMessage(m.badCredentials)
        : failure?.status === 429
          ? intl.formatMessage(m.tooMany, {
              minutes: Math.max(1, Math.ceil((failure.retryAfterMs ?? 60_000) / 60_000)),
            })
          : intl.formatMessage(failure?.kind === 'network' ? m.offline : m.failed);

  return (
    <div className="sign-in">
      <div className="sign-in__top">
        <LanguageSwitch />
      </div>
      <main className="sign-in__card">
        <h1>{intl.formatMessage(m.title)}</h1>
        <p>{intl.formatMessage(m.intro)}</p>
        <form onSubmit={submit} noValidate>
          <CredentialField field="username" value={username} onChange={setUsername} invalid={Boolean(error)} />
          <CredentialField field="password" value={password} onChange={setPassword} invalid={Boolean(error)} />
          <FormActions
            error={error}
            errorId={PROBLEM_ID}
            busy={attempt.isPending}
            submitLabel={intl.formatMessage(attempt.isPending ? m.submitting : m.submit)}
          />
        </form>
        <p className="sign-in__help">{intl.formatMessage(m.help)}</p>
        <KeptDataNotice />
        {demoAccounts.length > 0 && (
          <section className="sign-in__demo" aria-labelledby="demo-accounts">
            <h2 id="demo-accounts">{intl.formatMessage(m.demoTitle)}</h2>
            <ul>
              {demoAccounts.map((account) => (
                <li key={account.username}>
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      setUsername(account.username);
                      setPassword(account.password);
                    }}
                  >
                    {demoAccounts.filter((other) => other.tenantName === account.tenantName).length > 1
                      ? intl.formatMessage(m.demoUseAccount, { name: account.displayName, tenant: account.tenantName })
                      : intl.formatMessage(m.demoUse, { tenant: account.tenantName })}
                  </button>{' '}
                  <code>{account.username}</code> / <code>{account.password}</code> —{' '}
                  {intl.formatMessage(m.demoRole, { role: account.role })}
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </div>
  );
}
