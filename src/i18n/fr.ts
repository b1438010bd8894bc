/**
 * French UI strings, registered on import: `dash-elements/locale-fr` (npm) or the CDN's
 * locale-fr.js. Merged over English key by key, as German is (de.ts); test/node/locales.test.ts
 * checks every key is translated. Counts go through `Intl.PluralRules('fr')` (0 and 1 are
 * singular, « 1 000 000 de fichiers »), numbers through `Intl.NumberFormat('fr')`; typography
 * with a narrow no-break space before « ? » and a no-break space before « : ».
 */
import { en, type Strings } from './en.js';
import { registerLocale } from './index.js';
import { countsFor, withFallback, type DeepPartial } from './locale-tools.js';

const { count, countText, number: n, duration, percent } = countsFor('fr');
const fichiers = (value: number) => count(value, { one: '# fichier', many: '# de fichiers', other: '# fichiers' });
const ressources = (value: number) =>
  count(value, { one: '# ressource', many: '# de ressources', other: '# ressources' });

export const frTranslations = {
  common: {
    loading: 'Chargement…',
    retry: 'Réessayer',
    close: 'Fermer',
    cancel: 'Annuler',
    empty: 'Rien ici pour le moment.',
  },
  errors: {
    title: 'Un problème est survenu',
    network: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
    timeout: 'Le serveur a mis trop de temps à répondre. Réessayez dans un instant.',
    unauthorized: 'Votre accès a expiré ou n’a pas été accepté.',
    forbidden: 'Vous n’avez pas l’autorisation de faire cela.',
    'not-found': 'Nous n’avons pas trouvé ce que vous cherchez. Vérifiez l’adresse et réessayez.',
    conflict: 'Cette modification entre en conflit avec une autre. Rechargez la page et réessayez.',
    'bad-request': 'Le serveur n’a pas accepté cette demande.',
    'rate-limited': 'Le serveur est très sollicité en ce moment. Réessayez plus tard.',
    server: 'Le serveur a rencontré un problème. Réessayez dans un instant.',
    'invalid-response': 'La réponse du serveur est illisible. Réessayez plus tard.',
    'invalid-config': 'Cet élément n’est pas configuré correctement.',
    'passcode-required': 'Ce portail demande un code d’accès.',
    'wrong-passcode':
      'Ce code d’accès est incorrect, ou il contient des caractères qui ne peuvent pas être envoyés tels quels (des emoji, par exemple). Vérifiez-le et saisissez-le à nouveau.',
    'job-failed': 'Le serveur n’a pas pu terminer l’opération. Réessayez.',
    'upload-failed': 'L’envoi a échoué.',
    'file-rejected': 'Ce fichier ne peut pas être envoyé ici.',
  },
  gallery: {
    label: 'Galerie',
    loadingMore: 'Chargement de la suite…',
    video: 'Vidéo',
    file: 'Fichier',
    unavailable: 'Image indisponible',
    openItem: (name: string) => `Ouvrir ${name} dans la visionneuse`,
    openItemWithProducts: (name: string) => `Ouvrir ${name} dans la visionneuse, avec des produits`,
    hasProducts: 'Avec des produits',
    untitled: (position: number) => `Élément ${n(position)}`,
  },
  lightbox: {
    slideStatus: (position: number, total: number) => `${n(position)} sur ${n(total)}`,
    close: 'Fermer (Échap)',
    previous: 'Précédent',
    next: 'Suivant',
    zoom: 'Agrandir',
    zoomOut: 'Réduire',
    thumbnails: 'Miniatures',
    slideError: 'Cet élément n’a pas pu être chargé.',
    measuring: 'Chargement…',
    unavailable: 'Image indisponible',
    products: 'Produits sur cette photo',
    product: (title: string, price: string) => (price ? `${title}, ${price}` : title),
    viewProduct: 'Voir le produit',
    closeProduct: 'Fermer la fiche produit',
    download: 'Télécharger',
    downloadOriginal: 'Fichier d’origine',
    downloadPreparing: 'Préparation du téléchargement…',
    downloadReady: 'Votre téléchargement a commencé.',
    downloadReadyToSave: 'Votre téléchargement est prêt.',
    downloadSave: 'Enregistrer le fichier',
  },
  edit: {
    toolbar: (name: string) => `Modifier ${name}`,
    moveEarlier: 'Déplacer avant',
    moveLater: 'Déplacer après',
    editCaption: 'Modifier la légende',
    caption: 'Légende',
    captionCount: (length: number, max: number) =>
      `${n(length)} sur ${count(max, { one: '# caractère', many: '# de caractères', other: '# caractères' })}`,
    save: 'Enregistrer',
    remove: 'Retirer',
    confirmRemove: (name: string) => `Retirer ${name} de la galerie\u202f?`,
    reorderHelp: 'Faites glisser pour réordonner, ou appuyez sur Alt + flèches sur une vignette.',
    moved: (name: string, position: number, total: number) =>
      `${name} déplacé en position ${n(position)} sur ${n(total)}.`,
    saved: 'Modifications enregistrées.',
    removed: (name: string) => `${name} retiré.`,
    failed: 'Votre modification n’a pas pu être enregistrée et a été annulée.',
  },
  portal: {
    region: 'Portail de ressources',
    passcodeTitle: 'Ce portail est protégé',
    passcodeHelp: 'Saisissez le code d’accès qui vous a été communiqué pour voir ses ressources.',
    passcodeLabel: 'Code d’accès',
    passcodeSubmit: 'Ouvrir le portail',
    folders: 'Dossiers',
    allAssets: 'Toutes les ressources',
    breadcrumb: 'Vous êtes ici',
    filters: 'Recherche et filtres',
    moreFilters: (active: number) => (active ? `Filtres (${n(active)})` : 'Filtres'),
    search: 'Rechercher des ressources',
    searchButton: 'Rechercher',
    fileType: 'Type de fichier',
    fileTypes: {
      ALL: 'Tous les types',
      IMAGE: 'Images',
      VIDEO: 'Vidéos',
      AUDIO: 'Audio',
      DOCUMENT: 'Documents',
    },
    sort: 'Trier par',
    sorts: {
      newest: 'Plus récentes d’abord',
      oldest: 'Plus anciennes d’abord',
      name: 'Nom (A–Z)',
    },
    sortUnavailable: (sort: string) => `${sort} (indisponible ici)`,
    sortFallbackNote: (used: string) =>
      `Ce serveur ne peut pas trier par nom\u202f; ordre affiché\u00a0: ${used.toLocaleLowerCase('fr')}.`,
    recentlyAdded: 'Ajouts récents',
    assets: 'Ressources',
    resultCount: (total: string) =>
      countText(total, { one: '# ressource', many: '# de ressources', other: '# ressources' }),
    skipped: (skipped: number) =>
      skipped === 1 ? 'Une ressource n’a pas pu être affichée.' : `${ressources(skipped)} n’ont pas pu être affichées.`,
    loadingAssets: 'Chargement des ressources…',
    loadingMore: 'Chargement d’autres ressources…',
    loadMore: 'Afficher plus',
    noResults: 'Aucune ressource ne correspond à votre recherche. Essayez d’autres mots ou effacez les filtres.',
    emptyFolder: 'Ce dossier ne contient encore aucune ressource.',
    noPreview: 'Pas d’aperçu',
    kinds: {
      image: 'Image',
      video: 'Vidéo',
      audio: 'Audio',
      pdf: 'PDF',
      document: 'Document',
      file: 'Fichier',
    },
    durationSpoken: (hours: number, minutes: number, seconds: number) => duration(hours, minutes, seconds),
    selected: (selected: number) => count(selected, { one: '# sélectionnée', other: '# sélectionnées' }),
    clearSelection: 'Effacer la sélection',
    select: (name: string) => `Sélectionner ${name}`,
    maxReached: (max: number) => `Vous pouvez en choisir ${n(max)} au maximum.`,
    notAccepted: 'Ce type de fichier ne peut pas être choisi ici.',
    back: 'Retour aux ressources',
    previous: 'Ressource précédente',
    next: 'Ressource suivante',
    position: (index: number, total: number) => `${n(index)} sur ${n(total)}`,
    details: 'Détails',
    fileTypeLabel: 'Type',
    size: 'Taille',
    dimensions: 'Dimensions',
    dimensionsValue: (width: number, height: number) => `${n(width)} × ${n(height)} px`,
    duration: 'Durée',
    date: 'Ajouté le',
    download: 'Télécharger',
    downloadFormat: 'Format',
    original: 'Fichier d’origine',
    downloadSelected: (selected: number) => `Télécharger ${n(selected)} en ZIP`,
    downloadPreparing: 'Préparation de votre téléchargement…',
    downloadProgress: 'Progression du téléchargement',
    downloadReady: 'Votre téléchargement est prêt.',
    downloadSave: 'Enregistrer le fichier',
    downloadCancelled: 'Téléchargement annulé.',
    downloadFailed: 'Le téléchargement n’a pas pu être préparé.',
    downloadStarted: 'Votre téléchargement a commencé.',
    downloadAgain: 'Enregistrer à nouveau',
    notFoundTitle: 'Nous n’avons pas trouvé ce portail',
    notFoundHelp:
      'Le lien est peut-être mal saisi, ou le portail a été renommé ou fermé. Vérifiez le lien que vous avez reçu, ou demandez-en un nouveau à la personne qui vous l’a envoyé.',
  },
  picker: {
    title: 'Choisir des ressources',
    dateFrom: 'Ajoutées depuis le',
    dateTo: 'Ajoutées jusqu’au',
    rendition: 'Taille à insérer',
    original: 'Original',
    width: 'Largeur',
    widthValue: 'Largeur en pixels',
    insert: 'Insérer',
    insertCount: (selected: number) => `Insérer ${n(selected)}`,
    preparing: 'Préparation des liens…',
    chooseOne: 'Choisissez une ressource à insérer.',
    hint: 'Les flèches déplacent, Espace sélectionne, Entrée insère.',
    inserted: (inserted: number) => count(inserted, { one: '# insérée.', other: '# insérées.' }),
    unusable: (unusable: number, names: string) =>
      unusable === 1
        ? `Cette ressource n’a pas d’adresse web utilisable et n’a pas été insérée\u00a0: ${names}.`
        : `Ces ressources n’ont pas d’adresse web utilisable et n’ont pas été insérées\u00a0: ${names}.`,
    previewOnly: 'Vous obtenez ici des liens d’aperçu\u00a0: cet accès ne permet pas de créer des liens permanents.',
  },
  upload: {
    region: 'Envoi de fichiers',
    emailLabel: 'Votre adresse e-mail',
    emailHint: 'Pour que l’équipe sache qui a envoyé ces fichiers.',
    emailInvalid: 'Saisissez une adresse e-mail comme nom@example.com.',
    useEmail: 'Utiliser cette adresse',
    uploadFiles: (files: number) => `Envoyer ${fichiers(files)}`,
    sendingAs: 'Envoi en tant que',
    dropTitle: 'Déposez des fichiers ici, collez-les, ou',
    choose: 'Choisir des fichiers',
    chooseFolder: 'Choisir un dossier',
    camera: (photo: boolean, video: boolean) =>
      photo && video ? 'Prendre une photo ou une vidéo' : photo ? 'Prendre une photo' : 'Filmer une vidéo',
    kinds: { image: 'images', video: 'vidéos', audio: 'fichiers audio', pdf: 'PDF' },
    restrictions: (kinds: string, size: string, files: number) =>
      [
        size ? `${kinds || 'fichiers'} jusqu’à ${size}` : kinds && `${kinds} uniquement`,
        files && `${fichiers(files)} au maximum`,
      ]
        .filter(Boolean)
        .join(', '),
    filesLabel: 'Fichiers',
    status: {
      waiting: 'En attente de votre adresse e-mail',
      queued: 'En attente',
      uploading: 'Envoi en cours',
      paused: 'En pause',
      done: 'Envoyé',
      failed: 'Échec',
    },
    progressOf: (done: string, total: string) => `${done} sur ${total}`,
    speed: (perSecond: string) => `${perSecond}/s`,
    timeLeft: (time: string) => `encore ${time}`,
    retrying: 'Nouvelle tentative…',
    held: 'En attente de la connexion',
    offline:
      'Pas de connexion. Les envois sont en pause et reprendront d’eux-mêmes quand vous serez de nouveau en ligne\u202f; ce qui a déjà été envoyé est conservé.',
    online: 'De nouveau en ligne\u00a0: les envois reprennent.',
    total: 'Total',
    pause: 'Pause',
    resume: 'Reprendre',
    cancel: 'Annuler',
    retry: 'Réessayer',
    pauseAll: 'Tout mettre en pause',
    resumeAll: 'Tout reprendre',
    cancelAll: 'Tout annuler',
    rejectedType: (name: string) => `${name} n’a pas été ajouté\u00a0: ce type de fichier n’est pas accepté ici.`,
    rejectedSize: (name: string, limit: string) => `${name} n’a pas été ajouté\u00a0: il dépasse ${limit}.`,
    rejectedCount: (rejected: number, limit: number) =>
      `${count(rejected, { one: '# fichier n’a pas été ajouté', many: '# de fichiers n’ont pas été ajoutés', other: '# fichiers n’ont pas été ajoutés' })}\u00a0: on peut envoyer ici ${fichiers(limit)} au maximum.`,
    folder: (name: string) => `Dossier ${name}`,
    folderProgress: (done: number, total: number) =>
      `${n(done)} sur ${count(total, { one: '# fichier envoyé', many: '# de fichiers envoyés', other: '# fichiers envoyés' })}`,
    folderUnreadable: 'Le dossier n’a pas pu être lu. Déposez-le ou choisissez-le à nouveau.',
    duplicate: (name: string) => `${name} est déjà dans la liste.`,
    started: (files: number) => `Envoi de ${fichiers(files)}.`,
    progressAnnouncement: (value: number) => `Envoi terminé à ${percent(value)}.`,
    fileFailed: (name: string, reason: string) => `Échec de ${name}\u00a0: ${reason}`,
    allDone: (files: number) =>
      `Terminé\u00a0: ${count(files, { one: '# fichier envoyé', many: '# de fichiers envoyés', other: '# fichiers envoyés' })}.`,
    cancelled: (name: string) => `${name} annulé.`,
    cancelledLeft: (name: string) =>
      `${name} annulé. Les parties déjà envoyées n’ont pas pu être supprimées pour l’instant\u202f; le stockage les effacera automatiquement plus tard.`,
    restarted: (name: string) => `${name} n’a pas pu reprendre là où il s’était arrêté et repart du début.`,
    unreadable:
      'Ce fichier a été modifié ou déplacé depuis qu’il a été choisi. Choisissez-le à nouveau pour l’envoyer.',
    chooseAgain: 'Choisir à nouveau',
    failed: 'Ce fichier n’a pas pu être envoyé. Veuillez réessayer.',
    uploaded: (files: number) =>
      count(files, { one: '# fichier envoyé', many: '# de fichiers envoyés', other: '# fichiers envoyés' }),
    sentTo: (size: string, to: string) => (to ? `${size} envoyés à «\u00a0${to}\u00a0».` : `${size} envoyés.`),
    uploadMore: 'Envoyer d’autres fichiers',
    unfinished: 'Envoi inachevé la dernière fois\u202f; choisissez à nouveau ces fichiers pour continuer\u00a0:',
    missingConfig: 'Renseignez subdomain et guest-upload (ou target="dash-social" avec brand et un jeton).',
  },
} satisfies DeepPartial<Strings>;

export const fr: Strings = withFallback(en, frTranslations);

registerLocale('fr', fr);
