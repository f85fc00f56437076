import type { Strings } from '../types.js';

/**
 * Hebrew (עברית). Instructions use the gender-neutral infinitive ("יש לנסות שוב");
 * plural forms one, two and other (CLDR 42 dropped `many` for Hebrew).
 */
const he: Strings = {
  loading: 'בטעינה…',
  retry: 'לנסות שוב',
  errorNotFound: 'לא נמצא דבר בכתובת הזו (404).',
  errorUnreachable: 'לא ניתן להתחבר אל {host}. יש לבדוק את החיבור ולנסות שוב.',
  errorCors: '{host} אינו מאפשר לדף הזה לקרוא את הנתונים שלו (CORS). בעל האתר יכול לאשר את המקור הזה.',
  errorTimeout: '{host} לא הגיב בזמן.',
  errorServer: '{host} השיב בשגיאה ({status}). יש לנסות שוב בעוד רגע.',
  errorNotJson: '{host} לא החזיר נתונים שהרכיב הזה יכול לקרוא.',
  errorGone: 'התוכן הזה כבר אינו זמין.',

  postedIn: 'פורסם ב{list}',
  taggedWith: 'תגיות: {list}',
  listSeparator: ', ',
  byline: 'מאת {name}',
  publishedOn: 'פורסם בתאריך {date}',
  updatedOn: 'עודכן בתאריך {date}',
  readingTime: {
    one: 'זמן קריאה: {count} דקה',
    two: 'זמן קריאה: {count} דקות',
    other: 'זמן קריאה: {count} דקות',
  },
  continueReading: 'להמשך קריאה',
  continueReadingLabel: 'להמשך קריאת ”{title}”',
  showLess: 'להציג פחות',
  loadingPost: 'הפוסט בטעינה…',
  errorNotPost: 'הכתובת לא החזירה פוסט של בלוג.',

  aboutAuthor: 'על המחבר',
  realName: 'שם אמיתי: {name}',
  onNetwork: '{name} ב-{network}',
  website: 'האתר של {name}',
  rssFeed: 'פיד RSS של {name}',
  viewAllPosts: 'להצגת כל הפוסטים של {name}',
  loadingAuthor: 'פרטי המחבר בטעינה…',
  errorNotAuthor: 'הכתובת לא החזירה פרטי מחבר.',
  errorAuthorPrivate: '{host} אינו מציג לציבור את הפרופיל של המחבר הזה.',
};

export default he;
