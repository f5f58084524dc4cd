/** The integration API: intake from hotlines and forms, export for mission databases. */
export { apiRoutes } from './router.js';
export { createVeilleClient, type VeilleClient } from './client.js';
