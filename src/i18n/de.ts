/**
 * German UI strings, registered on import: by the all-in-one entry (`import 'dash-elements'`, the
 * CDN's dash-elements.js), and alone as `dash-elements/locale-de` or the CDN's locale-de.js for
 * pages that load single elements.
 *
 * Merged over English key by key (`withFallback`), so a string added to en.ts later shows in
 * English until it is translated instead of showing nothing; test/node/locales.test.ts lists
 * such gaps.
 */
import { en, type Strings } from './en.js';
import { registerLocale } from './index.js';
import { isRecord } from '../core/is-record.js';

/** Every key optional, at any depth; functions keep their signatures. */
export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K];
};

/** `base` with `overrides` laid over it at every depth. */
export function withFallback<T>(base: T, overrides: DeepPartial<T>): T {
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides as Record<string, unknown>)) {
    const original = result[key];
    result[key] = isRecord(original) && isRecord(value) ? withFallback(original, value) : value;
  }
  return result as T;
}

const dateien = (count: number) => `${count} ${count === 1 ? 'Datei' : 'Dateien'}`;

export const deTranslations = {
  common: {
    loading: 'Wird geladen…',
    retry: 'Erneut versuchen',
    close: 'Schließen',
    cancel: 'Abbrechen',
    empty: 'Hier ist noch nichts.',
  },
  errors: {
    title: 'Etwas ist schiefgelaufen',
    network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    timeout: 'Der Server hat zu lange gebraucht. Versuchen Sie es gleich noch einmal.',
    unauthorized: 'Ihr Zugang ist abgelaufen oder wurde nicht akzeptiert.',
    forbidden: 'Dafür fehlt Ihnen die Berechtigung.',
    'not-found': 'Das Gesuchte wurde nicht gefunden. Prüfen Sie die Adresse und versuchen Sie es erneut.',
    conflict: 'Diese Änderung kollidiert mit einer anderen. Laden Sie neu und versuchen Sie es erneut.',
    'bad-request': 'Der Server hat die Anfrage nicht angenommen.',
    'rate-limited': 'Der Server ist gerade ausgelastet. Versuchen Sie es später erneut.',
    server: 'Der Server hatte ein Problem. Versuchen Sie es gleich noch einmal.',
    'invalid-response': 'Die Antwort des Servers war unlesbar. Versuchen Sie es später erneut.',
    'invalid-config': 'Dieses Element ist nicht richtig eingerichtet.',
    'passcode-required': 'Dieses Portal braucht einen Zugangscode.',
    'wrong-passcode':
      'Dieser Zugangscode stimmt nicht oder enthält Zeichen, die so nicht gesendet werden können (etwa Emojis). Prüfen Sie ihn und geben Sie ihn erneut ein.',
    'job-failed': 'Der Server konnte den Auftrag nicht abschließen. Versuchen Sie es erneut.',
    'upload-failed': 'Der Upload ist fehlgeschlagen.',
    'file-rejected': 'Diese Datei kann hier nicht hochgeladen werden.',
  },
  gallery: {
    label: 'Galerie',
    loadingMore: 'Weitere werden geladen…',
    video: 'Video',
    file: 'Datei',
    unavailable: 'Bild nicht verfügbar',
    openItem: (name: string) => `${name} in der Großansicht öffnen`,
    openItemWithProducts: (name: string) => `${name} in der Großansicht öffnen, mit Produkten`,
    hasProducts: 'Mit Produkten',
    untitled: (position: number) => `Element ${position}`,
  },
  lightbox: {
    slideStatus: (position: number, total: number) => `${position} von ${total}`,
    close: 'Schließen (Esc)',
    previous: 'Zurück',
    next: 'Weiter',
    zoom: 'Vergrößern',
    zoomOut: 'Verkleinern',
    thumbnails: 'Miniaturansichten',
    slideError: 'Dieses Element konnte nicht geladen werden.',
    measuring: 'Wird geladen…',
    unavailable: 'Bild nicht verfügbar',
    products: 'Produkte auf diesem Foto',
    product: (title: string, price: string) => (price ? `${title}, ${price}` : title),
    viewProduct: 'Produkt ansehen',
    closeProduct: 'Produktdetails schließen',
    download: 'Herunterladen',
    downloadOriginal: 'Originaldatei',
    downloadPreparing: 'Download wird vorbereitet…',
    downloadReady: 'Ihr Download hat begonnen.',
    downloadReadyToSave: 'Ihr Download ist bereit.',
    downloadSave: 'Datei speichern',
  },
  edit: {
    toolbar: (name: string) => `${name} bearbeiten`,
    moveEarlier: 'Nach vorne',
    moveLater: 'Nach hinten',
    editCaption: 'Bildunterschrift bearbeiten',
    caption: 'Bildunterschrift',
    captionCount: (length: number, max: number) => `${length} von ${max} Zeichen`,
    save: 'Speichern',
    remove: 'Entfernen',
    confirmRemove: (name: string) => `${name} aus der Galerie entfernen?`,
    reorderHelp: 'Zum Umsortieren ziehen oder auf einer Kachel Alt + Pfeiltasten drücken.',
    moved: (name: string, position: number, total: number) =>
      `${name} an Position ${position} von ${total} verschoben.`,
    saved: 'Änderungen gespeichert.',
    removed: (name: string) => `${name} entfernt.`,
    failed: 'Ihre Änderung konnte nicht gespeichert werden und wurde rückgängig gemacht.',
  },
  portal: {
    region: 'Asset-Portal',
    passcodeTitle: 'Dieses Portal ist geschützt',
    passcodeHelp: 'Geben Sie den Zugangscode ein, den Sie erhalten haben, um die Assets zu sehen.',
    passcodeLabel: 'Zugangscode',
    passcodeSubmit: 'Portal öffnen',
    folders: 'Ordner',
    allAssets: 'Alle Assets',
    breadcrumb: 'Sie sind hier',
    filters: 'Suche und Filter',
    moreFilters: (active: number) => (active ? `Filter (${active})` : 'Filter'),
    search: 'Assets durchsuchen',
    searchButton: 'Suchen',
    fileType: 'Dateityp',
    fileTypes: {
      ALL: 'Alle Typen',
      IMAGE: 'Bilder',
      VIDEO: 'Videos',
      AUDIO: 'Audio',
      DOCUMENT: 'Dokumente',
    },
    sort: 'Sortieren nach',
    sorts: {
      newest: 'Neueste zuerst',
      oldest: 'Älteste zuerst',
      name: 'Name (A–Z)',
    },
    sortUnavailable: (sort: string) => `${sort} (hier nicht verfügbar)`,
    sortFallbackNote: (used: string) => `Dieser Server kann nicht nach Namen sortieren; angezeigt: ${used}.`,
    recentlyAdded: 'Zuletzt hinzugefügt',
    assets: 'Assets',
    resultCount: (count: string) => `${count} Assets`,
    skipped: (count: number) =>
      count === 1 ? 'Ein Asset konnte nicht angezeigt werden.' : `${count} Assets konnten nicht angezeigt werden.`,
    loadingAssets: 'Assets werden geladen…',
    loadingMore: 'Weitere Assets werden geladen…',
    loadMore: 'Mehr laden',
    noResults: 'Keine Assets passen zu Ihrer Suche. Versuchen Sie andere Wörter oder setzen Sie die Filter zurück.',
    emptyFolder: 'Dieser Ordner enthält noch keine Assets.',
    noPreview: 'Keine Vorschau',
    kinds: {
      image: 'Bild',
      video: 'Video',
      audio: 'Audio',
      pdf: 'PDF',
      document: 'Dokument',
      file: 'Datei',
    },
    durationSpoken: (hours: number, minutes: number, seconds: number) =>
      [
        hours ? `${hours} ${hours === 1 ? 'Stunde' : 'Stunden'}` : '',
        minutes ? `${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'}` : '',
        seconds ? `${seconds} ${seconds === 1 ? 'Sekunde' : 'Sekunden'}` : '',
      ]
        .filter(Boolean)
        .join(' '),
    selected: (count: number) => `${count} ausgewählt`,
    clearSelection: 'Auswahl aufheben',
    select: (name: string) => `${name} auswählen`,
    maxReached: (max: number) => `Sie können bis zu ${max} auswählen.`,
    notAccepted: 'Dieser Dateityp kann hier nicht gewählt werden.',
    back: 'Zurück zu den Assets',
    previous: 'Vorheriges Asset',
    next: 'Nächstes Asset',
    position: (index: number, total: number) => `${index} von ${total}`,
    details: 'Details',
    fileTypeLabel: 'Typ',
    size: 'Größe',
    dimensions: 'Abmessungen',
    dimensionsValue: (width: number, height: number) => `${width} × ${height} px`,
    duration: 'Dauer',
    date: 'Hinzugefügt',
    download: 'Herunterladen',
    downloadFormat: 'Format',
    original: 'Originaldatei',
    downloadSelected: (count: number) => `${count} als ZIP herunterladen`,
    downloadPreparing: 'Ihr Download wird vorbereitet…',
    downloadProgress: 'Download-Fortschritt',
    downloadReady: 'Ihr Download ist bereit.',
    downloadSave: 'Datei speichern',
    downloadCancelled: 'Download abgebrochen.',
    downloadFailed: 'Der Download konnte nicht vorbereitet werden.',
    downloadStarted: 'Ihr Download hat begonnen.',
    downloadAgain: 'Erneut speichern',
    notFoundTitle: 'Wir konnten dieses Portal nicht finden',
    notFoundHelp:
      'Der Link ist vielleicht falsch geschrieben, oder das Portal wurde umbenannt oder geschlossen. Prüfen Sie den Link, den Sie erhalten haben, oder bitten Sie die Person, die ihn geschickt hat, um einen neuen.',
  },
  picker: {
    title: 'Assets auswählen',
    dateFrom: 'Hinzugefügt ab',
    dateTo: 'Hinzugefügt bis',
    rendition: 'Einzufügende Größe',
    original: 'Original',
    width: 'Breite',
    widthValue: 'Breite in Pixeln',
    insert: 'Einfügen',
    insertCount: (count: number) => `${count} einfügen`,
    preparing: 'Links werden vorbereitet…',
    chooseOne: 'Wählen Sie ein Asset zum Einfügen.',
    hint: 'Pfeiltasten bewegen, Leertaste wählt aus, Eingabe fügt ein.',
    inserted: (count: number) => `${count} eingefügt.`,
    unusable: (count: number, names: string) =>
      `${count === 1 ? 'Dieses Asset hat' : 'Diese Assets haben'} keine verwendbare Webadresse und ${count === 1 ? 'wurde' : 'wurden'} nicht eingefügt: ${names}.`,
    previewOnly: 'Sie erhalten hier Vorschau-Links: Dieser Zugang darf keine dauerhaften Links erstellen.',
  },
  upload: {
    region: 'Datei-Upload',
    emailLabel: 'Ihre E-Mail-Adresse',
    emailHint: 'Damit weiß das Team, wer diese Dateien geschickt hat.',
    emailInvalid: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
    useEmail: 'Diese E-Mail verwenden',
    uploadFiles: (count: number) => `${dateien(count)} hochladen`,
    sendingAs: 'Gesendet als',
    dropTitle: 'Dateien hier ablegen, einfügen oder',
    choose: 'Dateien auswählen',
    chooseFolder: 'Ordner auswählen',
    camera: (photo: boolean, video: boolean) =>
      photo && video ? 'Foto oder Video aufnehmen' : photo ? 'Foto aufnehmen' : 'Video aufnehmen',
    kinds: { image: 'Bilder', video: 'Videos', audio: 'Audiodateien', pdf: 'PDFs' },
    restrictions: (kinds: string, size: string, count: number) =>
      [size ? `${kinds || 'Dateien'} bis ${size}` : kinds && `nur ${kinds}`, count && `höchstens ${dateien(count)}`]
        .filter(Boolean)
        .join(', '),
    filesLabel: 'Dateien',
    status: {
      waiting: 'Wartet auf Ihre E-Mail-Adresse',
      queued: 'Wartet',
      uploading: 'Wird hochgeladen',
      paused: 'Pausiert',
      done: 'Hochgeladen',
      failed: 'Fehlgeschlagen',
    },
    progressOf: (done: string, total: string) => `${done} von ${total}`,
    speed: (perSecond: string) => `${perSecond}/s`,
    timeLeft: (time: string) => `noch ${time}`,
    retrying: 'Neuer Versuch …',
    held: 'Wartet auf die Verbindung',
    offline:
      'Keine Verbindung. Die Uploads sind angehalten und gehen von selbst weiter, sobald Sie wieder online sind; was schon gesendet wurde, bleibt erhalten.',
    online: 'Wieder online: Die Uploads gehen weiter.',
    total: 'Gesamt',
    pause: 'Pausieren',
    resume: 'Fortsetzen',
    cancel: 'Abbrechen',
    retry: 'Erneut versuchen',
    pauseAll: 'Alle pausieren',
    resumeAll: 'Alle fortsetzen',
    cancelAll: 'Alle abbrechen',
    rejectedType: (name: string) => `${name} wurde nicht hinzugefügt: Dieser Dateityp ist hier nicht erlaubt.`,
    rejectedSize: (name: string, limit: string) =>
      `${name} wurde nicht hinzugefügt: Die Datei ist größer als ${limit}.`,
    rejectedCount: (count: number, limit: number) =>
      `${count === 1 ? '1 Datei wurde' : `${count} Dateien wurden`} nicht hinzugefügt: Höchstens ${dateien(limit)} können hier hochgeladen werden.`,
    folder: (name: string) => `Ordner ${name}`,
    folderProgress: (done: number, total: number) => `${done} von ${dateien(total)} hochgeladen`,
    folderUnreadable: 'Der Ordner ließ sich nicht lesen. Legen Sie ihn erneut ab oder wählen Sie ihn erneut aus.',
    duplicate: (name: string) => `${name} ist bereits in der Liste.`,
    started: (count: number) => `${count} ${count === 1 ? 'Datei wird' : 'Dateien werden'} hochgeladen.`,
    progressAnnouncement: (percent: number) => `Upload zu ${percent} % abgeschlossen.`,
    fileFailed: (name: string, reason: string) => `${name} fehlgeschlagen: ${reason}`,
    allDone: (count: number) => `Fertig: ${dateien(count)} hochgeladen.`,
    cancelled: (name: string) => `${name} abgebrochen.`,
    cancelledLeft: (name: string) =>
      `${name} abgebrochen. Die bereits gesendeten Teile ließen sich jetzt nicht löschen; der Speicher entfernt sie später automatisch.`,
    restarted: (name: string) =>
      `${name} konnte nicht dort weitermachen, wo es aufgehört hat, und wird noch einmal von vorn hochgeladen.`,
    unreadable:
      'Diese Datei hat sich geändert oder lässt sich nicht mehr lesen, seit sie ausgewählt wurde (bearbeitet, verschoben oder gelöscht). Wählen Sie sie erneut aus, um sie hochzuladen.',
    chooseAgain: 'Erneut auswählen',
    failed: 'Diese Datei konnte nicht gesendet werden. Bitte versuchen Sie es erneut.',
    uploaded: (count: number) => `${dateien(count)} hochgeladen`,
    sentTo: (size: string, to: string) => (to ? `${size} an „${to}“ gesendet.` : `${size} gesendet.`),
    uploadMore: 'Weitere hochladen',
    unfinished:
      'Beim letzten Mal nicht fertig geworden: Wählen Sie diese Dateien erneut aus, um dort weiterzumachen, wo sie aufgehört haben.',
    missingConfig: 'Setzen Sie subdomain und guest-upload (oder target="dash-social" mit brand und einem Token).',
  },
} satisfies DeepPartial<Strings>;

export const de: Strings = withFallback(en, deTranslations);

registerLocale('de', de);
