/** The supervisors feature's pages, loaded together on first use: My groups and the Supervisors section. */
export { MyGroupsPage } from './MyGroupsPage';
export { SupervisorsPage } from './SupervisorsPage';
