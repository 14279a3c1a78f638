/**
 * Every section's URL. Routes stay thin: they check the session, read typed params and
 * render a feature's page, loaded on demand so the first screen stays small.
 */
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
  useParams,
} from '@tanstack/react-router';
import { lazy, Suspense, type ComponentType } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { TABLES, type TableName } from '../domain/model';
import { restoreSession, useSessionStore } from '../features/session/session-store';
import { homeOf } from './access';
import { Layout, NotFound } from './Layout';

interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFound,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  component: lazyRouteComponent(() => import('../features/session/SignInPage'), 'SignInPage'),
});

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ location }) => {
    if (!(await restoreSession())) {
      throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    }
  },
  component: Layout,
  notFoundComponent: NotFound,
});

/** A signed-in page, its code loaded the first time it is visited. */
const page = <P extends string, T extends Record<string, ComponentType>>(
  path: P,
  load: () => Promise<T>,
  component: keyof T & string,
) => createRoute({ getParentRoute: () => appRoute, path, component: lazyRouteComponent(load, component) });

/**
 * An Add New page, which may start from a sync issue (`?issue=<key>`): a create the server
 * refused, its fields filled in as the user entered them, to correct and send again.
 */
const addPage = <P extends string, T extends Record<string, ComponentType>>(
  path: P,
  load: () => Promise<T>,
  component: keyof T & string,
) =>
  createRoute({
    getParentRoute: () => appRoute,
    path,
    validateSearch: (search: Record<string, unknown>): { issue?: string } =>
      typeof search.issue === 'string' ? { issue: search.issue } : {},
    component: lazyRouteComponent(load, component),
  });

const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  // A supervisor lands on My groups; an administrator on the master list. Signed out, the home is
  // not known yet: the sign-in page comes back here, not to an administrator's home.
  beforeLoad: async () => {
    const session = await restoreSession();
    throw redirect(session ? { to: homeOf(session.user.role) } : { to: '/sign-in' });
  },
});

const memberLists = () => import('../features/member-lists/MemberListPages');
const subscriber = () => import('../features/subscriber/SubscriberPages');
const supervisors = () => import('../features/supervisors/SupervisorPages');
const addExternalContact = () => import('../features/external-contacts/AddExternalContactPage');
const editExternalContact = () => import('../features/external-contacts/EditExternalContactPage');

const RowHistory = lazy(() =>
  import('../features/activity/RowHistory').then((module) => ({ default: module.RowHistory })),
);

/** A page about one row, with the row's History under it; `param` is the path parameter holding its id. */
const pageWithHistory = <P extends string, T extends Record<string, ComponentType>>(
  path: P,
  load: () => Promise<T>,
  component: keyof T & string,
  table: TableName,
  param: string,
) => {
  const Page = lazy(() => load().then((module) => ({ default: module[component] as ComponentType })));
  function PageWithHistory() {
    const params: Record<string, string> = useParams({ strict: false });
    return (
      <>
        <Suspense fallback={null}>
          <Page />
        </Suspense>
        <Suspense fallback={null}>
          <RowHistory table={table} id={params[param] ?? ''} />
        </Suspense>
      </>
    );
  }
  return createRoute({ getParentRoute: () => appRoute, path, component: PageWithHistory });
};

const activityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/activity',
  // Narrowed to one row's history by its History link.
  validateSearch: (search: Record<string, unknown>): { table?: TableName; row?: string } =>
    (TABLES as readonly unknown[]).includes(search.table) && typeof search.row === 'string'
      ? { table: search.table as TableName, row: search.row }
      : {},
  component: ActivityRoute,
});

const ActivityPage = lazy(() =>
  import('../features/activity/ActivityPage').then((module) => ({ default: module.ActivityPage })),
);

/** The Activity page reads older pages from the server with the session's token. */
function ActivityRoute() {
  const token = useSessionStore((state) => state.session?.token ?? null);
  return (
    <Suspense fallback={null}>
      <ActivityPage token={token} />
    </Suspense>
  );
}

const routeTree = rootRoute.addChildren([
  signInRoute,
  appRoute.addChildren([
    indexRoute,
    page('/master-list', () => import('../features/master-list/MasterListPage'), 'MasterListPage'),
    pageWithHistory('/subscribers/$subscriberId', subscriber, 'ViewGroupsPage', 'contacts', 'subscriberId'),
    pageWithHistory('/subscribers/$subscriberId/options', subscriber, 'OptionsPage', 'contacts', 'subscriberId'),
    addPage('/external-contacts/new', addExternalContact, 'AddExternalContactPage'),
    pageWithHistory(
      '/external-contacts/$contactId',
      editExternalContact,
      'EditExternalContactPage',
      'contacts',
      'contactId',
    ),
    page('/sub-lists', memberLists, 'SubListsPage'),
    addPage('/sub-lists/new', memberLists, 'NewSubListPage'),
    pageWithHistory('/sub-lists/$listId', memberLists, 'SubListPage', 'subLists', 'listId'),
    page('/groups', memberLists, 'GroupsPage'),
    addPage('/groups/new', memberLists, 'NewGroupPage'),
    pageWithHistory('/groups/$listId', memberLists, 'GroupPage', 'groups', 'listId'),
    page('/my-groups', supervisors, 'MyGroupsPage'),
    page('/supervisors', supervisors, 'SupervisorsPage'),
    page('/import-export', () => import('../features/import-export/ImportExportPage'), 'ImportExportPage'),
    page('/sync-issues', () => import('../features/sync-issues/SyncIssuesPage'), 'SyncIssuesPage'),
    activityRoute,
  ]),
]);

export function createAppRouter(context: RouterContext, history?: Parameters<typeof createRouter>[0]['history']) {
  return createRouter({
    routeTree,
    context,
    history,
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
