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
} from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { useSessionStore } from '../features/session/session-store';
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
  beforeLoad: ({ location }) => {
    if (!useSessionStore.getState().session) {
      throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    }
  },
  component: Layout,
  notFoundComponent: NotFound,
});

const page = <P extends string>(path: P, component: ReturnType<typeof lazyRouteComponent>) =>
  createRoute({ getParentRoute: () => appRoute, path, component });

const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/master-list' });
  },
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  appRoute.addChildren([
    indexRoute,
    page(
      '/master-list',
      lazyRouteComponent(() => import('../features/master-list/MasterListPage'), 'MasterListPage'),
    ),
    page(
      '/subscribers/$subscriberId',
      lazyRouteComponent(() => import('../features/scanning/SubscriberPage'), 'SubscriberPage'),
    ),
    page(
      '/subscribers/$subscriberId/options',
      lazyRouteComponent(() => import('../features/user-options/UserOptionsPage'), 'UserOptionsPage'),
    ),
    page(
      '/external-contacts/new',
      lazyRouteComponent(
        () => import('../features/external-contacts/AddExternalContactPage'),
        'AddExternalContactPage',
      ),
    ),
    page(
      '/external-contacts/$contactId',
      lazyRouteComponent(
        () => import('../features/external-contacts/EditExternalContactPage'),
        'EditExternalContactPage',
      ),
    ),
    page(
      '/sub-lists',
      lazyRouteComponent(() => import('../features/sub-lists/SubListsPage'), 'SubListsPage'),
    ),
    page(
      '/sub-lists/new',
      lazyRouteComponent(() => import('../features/sub-lists/SubListPage'), 'NewSubListPage'),
    ),
    page(
      '/sub-lists/$subListId',
      lazyRouteComponent(() => import('../features/sub-lists/SubListPage'), 'SubListPage'),
    ),
    page(
      '/groups',
      lazyRouteComponent(() => import('../features/groups/GroupsPage'), 'GroupsPage'),
    ),
    page(
      '/groups/new',
      lazyRouteComponent(() => import('../features/groups/GroupPage'), 'NewGroupPage'),
    ),
    page(
      '/groups/$groupId',
      lazyRouteComponent(() => import('../features/groups/GroupPage'), 'GroupPage'),
    ),
    page(
      '/sync-issues',
      lazyRouteComponent(() => import('../features/sync-issues/SyncIssuesPage'), 'SyncIssuesPage'),
    ),
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
