/**
 * Arabic UI strings, registered on import: `dash-elements/locale-ar` (npm) or the CDN's
 * locale-ar.js. The elements turn right to left for it (`textDirection` in index.ts). Merged over
 * English key by key, as German is (de.ts); test/node/locales.test.ts checks every key is
 * translated.
 *
 * Counts take Arabic's six plural categories from `Intl.PluralRules('ar')`: zero, one (ملف واحد),
 * two (the dual, ملفان / ملفين), few for 3–10 (٣ ملفات), many for 11–99 (١١ ملفًا) and other for
 * 100 and up (١٠٠ ملف). Where the counted word is the object of a verb or follows a noun, the dual
 * takes its genitive/accusative form (رفع ملفين), hence two tables per word. Numbers go through
 * `Intl.NumberFormat('ar')`, so the digits are the ones the locale's formatting uses everywhere
 * else in the element.
 */
import { en, type Strings } from './en.js';
import { registerLocale } from './index.js';
import { countsFor, withFallback, type DeepPartial } from './locale-tools.js';

const { count, countText, number: n, duration, percent } = countsFor('ar');

/** "file" counted, as the subject (nominative dual ملفان). */
const files = (value: number) =>
  count(value, { zero: '# ملف', one: 'ملف واحد', two: 'ملفان', few: '# ملفات', many: '# ملفًا', other: '# ملف' });
/** "file" counted, after a verbal noun or preposition (genitive dual ملفين). */
const filesOf = (value: number) =>
  count(value, { zero: '# ملف', one: 'ملف واحد', two: 'ملفين', few: '# ملفات', many: '# ملفًا', other: '# ملف' });
/** "asset" counted, after a verbal noun or preposition. */
const assetsOf = (value: number) =>
  count(value, { zero: '# أصل', one: 'أصل واحد', two: 'أصلين', few: '# أصول', many: '# أصلًا', other: '# أصل' });

export const arTranslations = {
  common: {
    loading: 'جارٍ التحميل…',
    retry: 'إعادة المحاولة',
    close: 'إغلاق',
    cancel: 'إلغاء',
    empty: 'لا يوجد شيء هنا بعد.',
  },
  errors: {
    title: 'حدث خطأ ما',
    network: 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.',
    timeout: 'استغرق الخادم وقتًا طويلًا في الرد. حاول مرة أخرى بعد قليل.',
    unauthorized: 'انتهت صلاحية وصولك أو لم يُقبل.',
    forbidden: 'ليس لديك إذن للقيام بذلك.',
    'not-found': 'لم نعثر على ما طلبته. تحقّق من العنوان وحاول مرة أخرى.',
    conflict: 'يتعارض هذا التغيير مع تغيير آخر. أعد تحميل الصفحة وحاول مرة أخرى.',
    'bad-request': 'لم يقبل الخادم هذا الطلب.',
    'rate-limited': 'الخادم مشغول الآن. حاول مرة أخرى لاحقًا.',
    server: 'واجه الخادم مشكلة. حاول مرة أخرى بعد قليل.',
    'invalid-response': 'أرسل الخادم ردًا تعذّرت قراءته. حاول مرة أخرى لاحقًا.',
    'invalid-config': 'هذا العنصر غير مُعدّ بشكل صحيح.',
    'passcode-required': 'تحتاج هذه البوابة إلى رمز دخول.',
    'wrong-passcode':
      'رمز الدخول غير صحيح، أو يحتوي على أحرف لا يمكن إرسالها كما كُتبت (مثل الرموز التعبيرية). تحقّق منه واكتبه مرة أخرى.',
    'job-failed': 'تعذّر على الخادم إنهاء المهمة. حاول مرة أخرى.',
    'upload-failed': 'فشل الرفع.',
    'file-rejected': 'لا يمكن رفع هذا الملف هنا.',
  },
  gallery: {
    label: 'معرض',
    loadingMore: 'جارٍ تحميل المزيد…',
    video: 'فيديو',
    file: 'ملف',
    unavailable: 'الصورة غير متاحة',
    openItem: (name: string) => `فتح ${name} في العارض`,
    openItemWithProducts: (name: string) => `فتح ${name} في العارض، مع منتجات`,
    hasProducts: 'يتضمن منتجات',
    untitled: (position: number) => `العنصر ${n(position)}`,
  },
  lightbox: {
    slideStatus: (position: number, total: number) => `${n(position)} من ${n(total)}`,
    close: 'إغلاق (Esc)',
    previous: 'السابق',
    next: 'التالي',
    zoom: 'تكبير',
    zoomOut: 'تصغير',
    thumbnails: 'الصور المصغّرة',
    slideError: 'تعذّر تحميل هذا العنصر.',
    measuring: 'جارٍ التحميل…',
    unavailable: 'الصورة غير متاحة',
    products: 'المنتجات في هذه الصورة',
    product: (title: string, price: string) => (price ? `${title}، ${price}` : title),
    viewProduct: 'عرض المنتج',
    closeProduct: 'إغلاق تفاصيل المنتج',
    download: 'تنزيل',
    downloadOriginal: 'الملف الأصلي',
    downloadPreparing: 'جارٍ تجهيز التنزيل…',
    downloadReady: 'بدأ التنزيل.',
    downloadReadyToSave: 'التنزيل جاهز.',
    downloadSave: 'حفظ الملف',
  },
  edit: {
    toolbar: (name: string) => `تعديل ${name}`,
    moveEarlier: 'تقديم',
    moveLater: 'تأخير',
    editCaption: 'تعديل التعليق',
    caption: 'التعليق',
    captionCount: (length: number, max: number) =>
      `${n(length)} من ${count(max, { zero: '# حرف', one: 'حرف واحد', two: 'حرفين', few: '# أحرف', many: '# حرفًا', other: '# حرف' })}`,
    save: 'حفظ',
    remove: 'إزالة',
    confirmRemove: (name: string) => `هل تريد إزالة ${name} من المعرض؟`,
    reorderHelp: 'اسحب لإعادة الترتيب، أو اضغط Alt مع مفاتيح الأسهم على أحد المربعات.',
    moved: (name: string, position: number, total: number) => `نُقل ${name} إلى الموضع ${n(position)} من ${n(total)}.`,
    saved: 'تم حفظ التغييرات.',
    removed: (name: string) => `تمت إزالة ${name}.`,
    failed: 'تعذّر حفظ التغيير، فتم التراجع عنه.',
  },
  portal: {
    region: 'بوابة الأصول',
    passcodeTitle: 'هذه البوابة محمية',
    passcodeHelp: 'أدخل رمز الدخول الذي حصلت عليه لعرض أصولها.',
    passcodeLabel: 'رمز الدخول',
    passcodeSubmit: 'فتح البوابة',
    folders: 'المجلدات',
    allAssets: 'كل الأصول',
    breadcrumb: 'أنت هنا',
    filters: 'البحث والتصفية',
    moreFilters: (active: number) => (active ? `التصفية (${n(active)})` : 'التصفية'),
    search: 'البحث في الأصول',
    searchButton: 'بحث',
    fileType: 'نوع الملف',
    fileTypes: {
      ALL: 'كل الأنواع',
      IMAGE: 'الصور',
      VIDEO: 'الفيديوهات',
      AUDIO: 'الصوت',
      DOCUMENT: 'المستندات',
    },
    sort: 'الترتيب حسب',
    sorts: {
      newest: 'الأحدث أولًا',
      oldest: 'الأقدم أولًا',
      name: 'الاسم (أ–ي)',
    },
    sortUnavailable: (sort: string) => `${sort} (غير متاح هنا)`,
    sortFallbackNote: (used: string) => `لا يستطيع هذا الخادم الترتيب حسب الاسم؛ الترتيب المعروض: ${used}.`,
    recentlyAdded: 'أُضيف مؤخرًا',
    assets: 'الأصول',
    resultCount: (total: string) =>
      countText(total, {
        zero: 'لا توجد أصول',
        one: 'أصل واحد',
        two: 'أصلان',
        few: '# أصول',
        many: '# أصلًا',
        other: '# أصل',
      }),
    skipped: (skipped: number) => `تعذّر عرض ${assetsOf(skipped)}.`,
    loadingAssets: 'جارٍ تحميل الأصول…',
    loadingMore: 'جارٍ تحميل مزيد من الأصول…',
    loadMore: 'تحميل المزيد',
    noResults: 'لا توجد أصول تطابق بحثك. جرّب كلمات أخرى أو امسح عوامل التصفية.',
    emptyFolder: 'لا يحتوي هذا المجلد على أصول بعد.',
    noPreview: 'لا توجد معاينة',
    kinds: {
      image: 'صورة',
      video: 'فيديو',
      audio: 'صوت',
      pdf: 'PDF',
      document: 'مستند',
      file: 'ملف',
    },
    durationSpoken: (hours: number, minutes: number, seconds: number) => duration(hours, minutes, seconds),
    selected: (selected: number) => `المحدد: ${n(selected)}`,
    clearSelection: 'إلغاء التحديد',
    select: (name: string) => `تحديد ${name}`,
    maxReached: (max: number) => `يمكنك اختيار ${n(max)} كحد أقصى.`,
    notAccepted: 'لا يمكن اختيار هذا النوع من الملفات هنا.',
    licenceExpired: 'انتهى الترخيص',
    expiredNotSelectable: 'انتهت صلاحية ترخيصه، لذا لا يمكن اختياره.',
    licenceExpires: 'ينتهي الترخيص',
    back: 'العودة إلى الأصول',
    previous: 'الأصل السابق',
    next: 'الأصل التالي',
    position: (index: number, total: number) => `${n(index)} من ${n(total)}`,
    details: 'التفاصيل',
    fileTypeLabel: 'النوع',
    size: 'الحجم',
    dimensions: 'الأبعاد',
    dimensionsValue: (width: number, height: number) => `${n(width)} × ${n(height)} بكسل`,
    duration: 'المدة',
    date: 'تاريخ الإضافة',
    download: 'تنزيل',
    downloadFormat: 'الصيغة',
    original: 'الملف الأصلي',
    downloadSelected: (selected: number) => `تنزيل ${n(selected)} في ملف ZIP`,
    downloadPreparing: 'جارٍ تجهيز التنزيل…',
    downloadProgress: 'تقدّم التنزيل',
    downloadReady: 'التنزيل جاهز.',
    downloadSave: 'حفظ الملف',
    downloadCancelled: 'أُلغي التنزيل.',
    downloadFailed: 'تعذّر تجهيز التنزيل.',
    downloadStarted: 'بدأ التنزيل.',
    downloadAgain: 'الحفظ مرة أخرى',
    customSize: 'حجم مخصّص',
    customWidth: 'العرض (بكسل)',
    customHeight: 'الارتفاع (بكسل)',
    customFormat: 'نوع الملف',
    customHint: 'تحتفظ الصورة بتناسب أبعادها وتتّسع ضمن هذا العرض والارتفاع.',
    customWidthError: (max: string) => `أدخل العرض عددًا صحيحًا من البكسلات، من ١ إلى ${max}.`,
    customHeightError: (max: string) => `أدخل الارتفاع عددًا صحيحًا من البكسلات، من ١ إلى ${max}.`,
    termsTitle: 'شروط الاستخدام',
    termsIntro: 'يُرجى قراءة هذه الشروط والموافقة عليها قبل التنزيل.',
    termsAccept: 'الموافقة والتنزيل',
    notFoundTitle: 'لم نعثر على هذه البوابة',
    notFoundHelp:
      'ربما كُتب الرابط بشكل خاطئ، أو أُعيدت تسمية البوابة أو أُغلقت. تحقّق من الرابط الذي وصلك، أو اطلب رابطًا جديدًا من الشخص الذي أرسله.',
  },
  picker: {
    title: 'اختيار الأصول',
    dateFrom: 'أُضيف من',
    dateTo: 'أُضيف حتى',
    rendition: 'حجم الإدراج',
    original: 'الأصلي',
    width: 'العرض',
    widthValue: 'العرض بالبكسل',
    insert: 'إدراج',
    insertCount: (selected: number) => `إدراج ${n(selected)}`,
    preparing: 'جارٍ تجهيز الروابط…',
    chooseOne: 'اختر أصلًا لإدراجه.',
    hint: 'تنقّل بمفاتيح الأسهم، وحدّد بمفتاح المسافة، وأدرج بمفتاح Enter.',
    inserted: (inserted: number) => `تم إدراج ${assetsOf(inserted)}.`,
    unusable: (unusable: number, names: string) =>
      unusable === 1
        ? `لا يحتوي هذا الأصل على عنوان ويب صالح للاستخدام، ولم يُدرج: ${names}.`
        : `لا تحتوي هذه الأصول على عناوين ويب صالحة للاستخدام، ولم تُدرج: ${names}.`,
    previewOnly: 'ستحصل هنا على روابط معاينة: لا يسمح هذا الوصول بإنشاء روابط دائمة.',
  },
  upload: {
    region: 'رفع الملفات',
    emailLabel: 'بريدك الإلكتروني',
    emailHint: 'ليعرف الفريق من أرسل هذه الملفات.',
    emailInvalid: 'أدخل بريدًا إلكترونيًا مثل name@example.com.',
    useEmail: 'استخدام هذا البريد',
    uploadFiles: (count: number) => `رفع ${filesOf(count)}`,
    sendingAs: 'الإرسال باسم',
    dropTitle: 'أفلت الملفات هنا أو الصقها أو',
    choose: 'اختيار ملفات',
    chooseFolder: 'اختيار مجلد',
    camera: (photo: boolean, video: boolean) =>
      photo && video ? 'التقاط صورة أو فيديو' : photo ? 'التقاط صورة' : 'تسجيل فيديو',
    kinds: { image: 'الصور', video: 'الفيديوهات', audio: 'الملفات الصوتية', pdf: 'ملفات PDF' },
    restrictions: (kinds: string, size: string, count: number) =>
      [size ? `${kinds || 'الملفات'} حتى ${size}` : kinds && `${kinds} فقط`, count && `${files(count)} كحد أقصى`]
        .filter(Boolean)
        .join('، '),
    filesLabel: 'الملفات',
    status: {
      waiting: 'بانتظار بريدك الإلكتروني',
      queued: 'في الانتظار',
      uploading: 'جارٍ الرفع',
      paused: 'متوقف مؤقتًا',
      done: 'تم الرفع',
      failed: 'فشل',
    },
    progressOf: (done: string, total: string) => `${done} من ${total}`,
    speed: (perSecond: string) => `${perSecond}/ث`,
    timeLeft: (time: string) => `المتبقي ${time}`,
    retrying: 'جارٍ إعادة المحاولة…',
    held: 'بانتظار الاتصال',
    offline: 'لا يوجد اتصال. توقّف الرفع مؤقتًا وسيُستأنف تلقائيًا عند عودة الاتصال، وما أُرسل بالفعل يبقى محفوظًا.',
    online: 'عاد الاتصال: يُستأنف الرفع.',
    total: 'الإجمالي',
    pause: 'إيقاف مؤقت',
    resume: 'استئناف',
    cancel: 'إلغاء',
    retry: 'إعادة المحاولة',
    pauseAll: 'إيقاف الكل مؤقتًا',
    resumeAll: 'استئناف الكل',
    cancelAll: 'إلغاء الكل',
    rejectedType: (name: string) => `لم يُضف الملف ${name}: هذا النوع من الملفات غير مقبول هنا.`,
    rejectedSize: (name: string, limit: string) => `لم يُضف الملف ${name}: حجمه أكبر من ${limit}.`,
    rejectedCount: (count: number, limit: number) => `لم يُضف ${files(count)}: يمكن رفع ${filesOf(limit)} كحد أقصى هنا.`,
    folder: (name: string) => `مجلد ${name}`,
    folderProgress: (done: number, total: number) => `تم رفع ${n(done)} من ${filesOf(total)}`,
    folderUnreadable: 'تعذّرت قراءة المجلد. أفلته أو اختره مرة أخرى.',
    duplicate: (name: string) => `${name} موجود في القائمة بالفعل.`,
    started: (count: number) => `جارٍ رفع ${filesOf(count)}.`,
    progressAnnouncement: (value: number) => `اكتمل الرفع بنسبة ${percent(value)}.`,
    fileFailed: (name: string, reason: string) => `فشل ${name}: ${reason}`,
    allDone: (count: number) => `اكتمل كل شيء: تم رفع ${filesOf(count)}.`,
    cancelled: (name: string) => `أُلغي ${name}.`,
    cancelledLeft: (name: string) =>
      `أُلغي ${name}. تعذّر حذف الأجزاء المُرسلة الآن، وستُزيلها وحدة التخزين تلقائيًا لاحقًا.`,
    restarted: (name: string) => `تعذّرت متابعة ${name} من حيث توقف، لذا سيبدأ رفعه من جديد.`,
    unreadable: 'تغيّر هذا الملف أو نُقل منذ اختياره. اختره مرة أخرى لرفعه.',
    chooseAgain: 'الاختيار مرة أخرى',
    failed: 'تعذّر إرسال هذا الملف. يُرجى المحاولة مرة أخرى.',
    uploaded: (count: number) => `تم رفع ${filesOf(count)}`,
    sentTo: (size: string, to: string) => (to ? `أُرسل ${size} إلى «${to}».` : `أُرسل ${size}.`),
    uploadMore: 'رفع المزيد',
    unfinished: 'لم يكتمل في المرة السابقة؛ اختر هذه الملفات مرة أخرى للمتابعة:',
    missingConfig: 'اضبط subdomain وguest-upload (أو target="dash-social" مع brand ورمز مميز).',
  },
} satisfies DeepPartial<Strings>;

export const ar: Strings = withFallback(en, arTranslations);

registerLocale('ar', ar);
