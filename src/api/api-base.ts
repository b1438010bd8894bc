/**
 * The Dash API v2 origin: the one default for the elements' `api-base` and `DashClient`. A module
 * of its own, so an element that never calls Dash (a JSON gallery) gets the default without the
 * endpoint tables.
 */
export const DASH_API_BASE = 'https://api-v2.dash.app';
