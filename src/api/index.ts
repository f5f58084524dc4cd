/** The integration API: intake from hotlines and forms, export for mission databases. */
export { apiRoutes } from './router.js';
