/** Seeded portals and guest uploads of the `demo` account. */
import { stableId } from './ids.js';
import { folderByPath } from './folders.js';
import { xss } from '../xss-payloads.js';

export const ACCOUNT_ID = stableId('account', 'demo');
export const SUBDOMAIN = 'demo';

/**
 * @typedef {object} Portal
 * @property {string} id
 * @property {string} name
 * @property {string} currentSlug
 * @property {string[]} slugs
 * @property {string[]} whitelistedFolderFieldOptionIds
 * @property {{ title: string, body: string }} welcomeMessage
 * @property {boolean} showRecentlyAddedAssets
 * @property {string | null} passcode
 * @property {'VIEW'|'VIEW_AND_DOWNLOAD'} assetPermittedActions
 */

/**
 * The account's Theme (seed 002 ThemeSearch / `GET /theme`): the portals' accent colour lives
 * here, per account, not on portal data. The seed profile answers the seed's printed example.
 */
export function accountTheme(profile = 'default') {
  return { accentColour: profile === 'seed' ? '#333666' : '#0b6bcb', showRecentlyAddedAssets: true };
}

/**
 * @param {'default' | 'seed'} [profile] In the seed profile the whitelists hold sub-folders at
 *   different depths (as a real account's may), not just top-level folders.
 * @returns {Portal[]}
 */
export function buildPortals(folders, profile = 'default') {
  const ids = (...paths) => paths.map((p) => folderByPath(folders, ...p).id);
  const seed = profile === 'seed';
  /** @param {string} slug */
  const portal = (slug, fields) => ({
    id: stableId('portal', slug),
    currentSlug: slug,
    slugs: [slug],
    showRecentlyAddedAssets: false,
    passcode: null,
    assetPermittedActions: 'VIEW_AND_DOWNLOAD',
    ...fields,
  });
  return [
    portal('press', {
      name: 'Press portal',
      slugs: ['press', 'media-kit'],
      whitelistedFolderFieldOptionIds: seed
        ? ids(['Marketing'], ['Products', 'Shoes'], ['Press', 'Logos'], ['Events', '2026'])
        : ids(['Marketing'], ['Products'], ['Press'], ['Events']),
      welcomeMessage: {
        title: 'Welcome to our press portal',
        body: 'Logos, product shots and campaign imagery — free to use in coverage.',
      },
      showRecentlyAddedAssets: true,
    }),
    portal('partners', {
      name: 'Partner portal',
      whitelistedFolderFieldOptionIds: seed
        ? ids(['Products', 'Shoes', 'Trail'], ['Partners only'])
        : ids(['Products'], ['Partners only']),
      welcomeMessage: { title: 'Partners', body: 'Price lists and sales decks for our resellers.' },
      passcode: 'letmein',
      assetPermittedActions: 'VIEW',
    }),
    portal('hostile', {
      name: xss(5),
      whitelistedFolderFieldOptionIds: seed ? ids([xss(0), xss(13)], [xss(0), xss(9)]) : ids([xss(0)]),
      welcomeMessage: { title: xss(0), body: xss(9) + xss(35) + xss(43) },
    }),
    portal('big', {
      name: 'Archive (10,050 assets)',
      whitelistedFolderFieldOptionIds: ids(['Archive']),
      welcomeMessage: { title: 'The archive', body: 'More than 10,000 assets, for paging tests.' },
    }),
  ];
}

/** Public data of a portal, as `publicly-available-portal-datas` answers it. */
export function publicPortal(p) {
  const { passcode, ...rest } = p;
  return { ...rest, accountId: ACCOUNT_ID, requiresPasscode: Boolean(passcode) };
}

export function buildGuestUploads(folders) {
  return [
    {
      id: stableId('guest-upload', 'submit-photos'),
      slug: 'submit-photos',
      name: 'Submit your photos',
      message: 'Send us your best shots from the summer campaign. We review every upload before it goes live.',
      messageHeading: 'Photo submissions',
      folderId: folderByPath(folders, 'Marketing', 'Campaigns', 'Summer 2026').id,
    },
    {
      id: stableId('guest-upload', 'hostile-upload'),
      slug: 'hostile-upload',
      name: xss(3),
      message: xss(10) + xss(34),
      messageHeading: xss(1),
      folderId: folderByPath(folders, xss(0)).id,
    },
  ];
}
