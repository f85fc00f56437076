import type { Strings } from '../types.js';

/**
 * Arabic (العربية), Modern Standard Arabic. All six plural forms: zero, one, two, few (3–10),
 * many (11–99) and other (100, 1000…), with the noun each takes after a number.
 */
const ar: Strings = {
  loading: 'جارٍ التحميل…',
  retry: 'إعادة المحاولة',
  errorNotFound: 'لم يُعثر على أي شيء في هذا العنوان (404).',
  errorUnreachable: 'تعذّر الوصول إلى {host}. تحقّق من اتصالك وحاول مرة أخرى.',
  errorCors: 'لا يسمح {host} لهذه الصفحة بقراءة بياناته (CORS). يمكن لمالك الموقع السماح لهذا المصدر.',
  errorTimeout: 'استغرق {host} وقتًا طويلًا في الرد.',
  errorServer: 'ردّ {host} بخطأ ({status}). حاول مرة أخرى بعد قليل.',
  errorNotJson: 'لم يردّ {host} ببيانات يمكن لهذا العنصر قراءتها.',
  errorGone: 'لم يعد هذا المحتوى متاحًا.',

  postedIn: 'نُشر في {list}',
  taggedWith: 'الوسوم: {list}',
  listSeparator: '، ',
  byline: 'بواسطة {name}',
  publishedOn: 'نُشر بتاريخ {date}',
  updatedOn: 'حُدِّث بتاريخ {date}',
  readingTime: {
    zero: 'مدة القراءة: {count} دقيقة',
    one: 'مدة القراءة: {count} دقيقة',
    two: 'مدة القراءة: {count} دقيقتان',
    few: 'مدة القراءة: {count} دقائق',
    many: 'مدة القراءة: {count} دقيقة',
    other: 'مدة القراءة: {count} دقيقة',
  },
  continueReading: 'متابعة القراءة',
  continueReadingLabel: 'متابعة قراءة «{title}»',
  showLess: 'عرض أقل',
  loadingPost: 'جارٍ تحميل المقالة…',
  errorNotPost: 'لم يُرجع هذا العنوان مقالة مدونة.',

  aboutAuthor: 'عن الكاتب',
  realName: 'الاسم الحقيقي: {name}',
  onNetwork: '{name} على {network}',
  website: 'موقع {name} الإلكتروني',
  rssFeed: 'خلاصة RSS لمقالات {name}',
  viewAllPosts: 'عرض جميع مقالات {name}',
  loadingAuthor: 'جارٍ تحميل بيانات الكاتب…',
  errorNotAuthor: 'لم يُرجع هذا العنوان بيانات كاتب.',
  errorAuthorPrivate: 'لا يتيح {host} الملف الشخصي لهذا الكاتب للعامة.',
};

export default ar;
