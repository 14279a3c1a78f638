import { useRef } from 'react';
import { Link, Navigate, Outlet, useRouterState } from '@tanstack/react-router';
import { FormattedMessage, useIntl } from 'react-intl';
import { LanguageSwitch } from '../lib/LanguageSwitch';
import { MasterListLink } from '../ui/NotFoundGate';
import { DatabaseProvider, databaseName } from '../db/context';
import { AccessProvider, useAccess } from '../db/access';
import type { AccountRole } from '../domain/roles';
import { homeOf, pageAllowed, pageAllowedToAll } from './access';
import { useSessionStore, type Session } from '../features/session/session-store';
import { SyncIndicator } from '../features/sync-issues/SyncIndicator';
import { SyncNotices } from '../features/sync-issues/SyncNotices';
import { DemoPanel } from '../features/demo/DemoPanel';
import { ExitButton } from '../features/session/ExitButton';
import { useSessionSync } from '../features/session/hooks';
import { notAvailableBody, shellMessages as m } from './messages';
import { useFocusOnNavigation } from './useFocusOnNavigation';
import './Layout.css';

const NAV = [
  { to: '/my-groups', label: m.myGroups },
  { to: '/master-list', label: m.masterList },
  { to: '/external-contacts/new', label: m.addExternalContact },
  { to: '/sub-lists', label: m.subLists },
  { to: '/groups', label: m.groups },
  { to: '/supervisors', label: m.supervisors },
  { to: '/import-export', label: m.importExport },
  { to: '/activity', label: m.activity },
] as const;

function Shell({ session }: { session: Session }) {
  const intl = useIntl();
  useSessionSync(session);
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);
  const path = useRouterState({ select: (state) => state.matches.at(-1)?.fullPath ?? '' });
  const role = useAccess()?.role;
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        <FormattedMessage {...m.skipToContent} />
      </a>
      <header className="shell__header">
        <span className="shell__brand">{intl.formatMessage(m.appName)}</span>
        <span className="shell__tenant">{session.tenant.name}</span>
        <span className="shell__spacer" />
        <SyncIndicator />
        <DemoPanel tenantId={session.tenant.id} />
        <LanguageSwitch />
        <ExitButton />
      </header>
      {/* Which sections there are depends on the role: shown once it is read (AccessProvider). */}
      {role && (
        <nav className="shell__nav" aria-label={intl.formatMessage(m.navLabel)}>
          <ul>
            {NAV.filter((item) => pageAllowed(role, item.to)).map((item) => (
              <li key={item.to}>
                <Link to={item.to} className="nav-link" activeProps={{ 'aria-current': 'page' }}>
                  {intl.formatMessage(item.label)}
                </Link>
              </li>
            ))}
            <li>
              <Link to="/sync-issues" className="nav-link" activeProps={{ 'aria-current': 'page' }}>
                {intl.formatMessage(m.syncIssues)}
              </Link>
            </li>
          </ul>
        </nav>
      )}
      <main id="main" className="shell__main" tabIndex={-1} ref={main}>
        <SyncNotices />
        {/* A page every role may open shows at once; another waits for the role, then shows or says it is not available. */}
        {(role ? pageAllowed(role, path) : pageAllowedToAll(path)) ? <Outlet /> : role && <NotAvailable role={role} />}
      </main>
    </div>
  );
}

/** The signed-in part of the app: the session's database and the shell around every section. */
export function Layout() {
  const session = useSessionStore((state) => state.session);
  // Signed out, here or in another tab: nothing of the tenant stays on screen.
  if (!session) return <Navigate to="/sign-in" />;
  return (
    <DatabaseProvider name={databaseName(session.tenant.id, session.user.id)}>
      <AccessProvider>
        <Shell session={session} />
      </AccessProvider>
    </DatabaseProvider>
  );
}

/** A page the account's role may not open, reached by its address: said plainly, with the way home. */
function NotAvailable({ role }: { role: AccountRole }) {
  const intl = useIntl();
  return (
    <section className="page">
      <h1>{intl.formatMessage(m.notAvailableTitle)}</h1>
      <p>{intl.formatMessage(notAvailableBody, { role })}</p>
      <Link to={homeOf(role)} className="button">
        {intl.formatMessage(role === 'supervisor' ? m.myGroups : m.masterList)}
      </Link>
    </section>
  );
}

export function NotFound() {
  const intl = useIntl();
  return (
    <section className="page">
      <h1>{intl.formatMessage(m.notFoundTitle)}</h1>
      <p>{intl.formatMessage(m.notFoundBody)}</p>
      <MasterListLink />
    </section>
  );
}
